import type { OfficeNotice } from '../cards/ticket-card';
import { MAX_TICKET_ANSWER_LENGTH } from '../cards/ticket-card';
import { MAX_TICKET_QUESTION_LENGTH } from '../cards/ticket-compose-card';
import type {
  KnowledgeSuggestionRepository,
  Ticket,
  RateLimitRepository,
  TicketRepository,
  TicketStatus,
} from '../data/repositories';
import type { Logger } from '../logger';
import { ownCopy } from '../security/plain-text';
import { type PersonalDataKind, redact } from '../privacy/redactor';

/** Where tickets are shown to the project office: post a new ticket card, or rewrite it after a change. */
export interface TicketBoard {
  /** Posts the ticket card; resolves with the message id. */
  post(ticket: Ticket): Promise<string | undefined>;
  /** Rewrites the ticket's card with its current state (and a note for the office). */
  refresh(ticket: Ticket, options?: { notice?: OfficeNotice; draftAnswer?: string }): Promise<void>;
}

/** The asker's chat with the bot, where the answer is delivered. */
export interface AskerInbox {
  deliver(ticket: Ticket): Promise<void>;
}

/** The office member who acts on a ticket. */
export interface Officer {
  pseudonym: string;
  /** Display name, shown on the ticket card and to the asker as "Svart av". */
  name: string;
}

/** What became of a question sent to the project office. */
export type SubmitResult =
  | { kind: 'sent'; ticket: Ticket; removed: PersonalDataKind[] }
  | { kind: 'empty' }
  | { kind: 'too-many' }
  | { kind: 'failed' };

/** What became of an office member's action on a ticket; `ticket` is its state afterwards. */
export type TicketActionResult =
  | { kind: 'changed'; ticket: Ticket; notice?: OfficeNotice }
  | { kind: 'unchanged'; ticket: Ticket; reason: OfficeNotice; draftAnswer?: string }
  | { kind: 'not-found' };

/** At most this many questions per asker per clock hour (SUBMIT_WINDOW_MS), so one user cannot flood the office channel. */
export const MAX_TICKETS_PER_WINDOW = 5;
const SUBMIT_WINDOW_MS = 60 * 60 * 1000;

/** What ProjectOffice needs. */
export interface ProjectOfficeDependencies {
  tickets: TicketRepository;
  /** Where the per-asker limit is counted (shared by every instance on the store). */
  rateLimits: RateLimitRepository;
  suggestions: KnowledgeSuggestionRepository;
  logger: Logger;
  now?: () => Date;
}

/**
 * The project office's question desk: questions the bot could not answer become tickets (redacted, the asker
 * known only by pseudonym), an office member takes and answers them, the answer goes back to the asker, and an
 * answered ticket can be proposed for the knowledge base. No Teams types here: the board and the inbox are ports.
 */
export class ProjectOffice {
  private readonly now: () => Date;

  constructor(private readonly deps: ProjectOfficeDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Stores a question (with personal data removed) and posts it to the office's board. */
  async submit(
    input: { question: string; askerPseudonym: string; askerReference: Record<string, unknown> },
    board: TicketBoard,
  ): Promise<SubmitResult> {
    const trimmed = ownCopy(input.question.trim().slice(0, MAX_TICKET_QUESTION_LENGTH));
    const { text: question, found } = redact(trimmed);
    if (!question.trim()) return { kind: 'empty' };
    // One atomic take per question (a unique slot in the store), so concurrent questions from one asker, on one
    // instance or several, never get past the limit together.
    const use = await this.deps.rateLimits.take(
      `office:${input.askerPseudonym}`,
      MAX_TICKETS_PER_WINDOW,
      SUBMIT_WINDOW_MS,
      this.now(),
    );
    if (!use.taken) return { kind: 'too-many' };
    const created = await this.deps.tickets.create({
      question,
      askerPseudonym: input.askerPseudonym,
      askerReference: input.askerReference,
    });
    let activityId: string | undefined;
    try {
      activityId = await board.post(created);
    } catch (err) {
      this.deps.logger.error(
        { err, ticketId: created.id },
        'could not post the ticket to the project-office channel',
      );
      // Closed, so it does not show as waiting in the asker's list; the asker is told to try again.
      await this.deps.tickets.update(created.id, { status: 'closed' });
      return { kind: 'failed' };
    }
    const ticket = (await this.deps.tickets.update(created.id, { channelActivityId: activityId })) ?? created;
    this.deps.logger.info(
      { ticketId: ticket.id, redacted: found, channelActivityId: activityId },
      'question sent to the project office',
    );
    return { kind: 'sent', ticket, removed: found };
  }

  /** The officer takes the ticket (also from a colleague); answered and closed tickets stay as they are. */
  async assign(ticketId: string, officer: Officer, board: TicketBoard): Promise<TicketActionResult> {
    const current = await this.deps.tickets.get(ticketId);
    if (!current) return { kind: 'not-found' };
    if (current.assigneePseudonym === officer.pseudonym && current.status === 'assigned') {
      return { kind: 'unchanged', ticket: current, reason: { key: 'officeChannel.alreadyYours' } };
    }
    const assigned = await this.deps.tickets.update(
      ticketId,
      { status: 'assigned', assigneeName: officer.name, assigneePseudonym: officer.pseudonym },
      ['open', 'assigned'],
    );
    if (!assigned) return this.closedFor(ticketId);
    this.deps.logger.info({ ticketId, assignee: officer.pseudonym }, 'ticket assigned');
    await this.refreshBoard(board, assigned);
    return { kind: 'changed', ticket: assigned };
  }

  /**
   * Stores the answer and delivers it to the asker. Only one answer wins (the status must still be open or
   * assigned); when delivery fails the ticket goes back to "assigned" so the officer can try again.
   */
  async answer(
    ticketId: string,
    officer: Officer,
    answerText: string,
    board: TicketBoard,
    inbox: AskerInbox,
  ): Promise<TicketActionResult> {
    const current = await this.deps.tickets.get(ticketId);
    if (!current) return { kind: 'not-found' };
    const answer = answerText.trim();
    if (!answer)
      return { kind: 'unchanged', ticket: current, reason: { key: 'officeChannel.answerMissing' } };
    if (answer.length > MAX_TICKET_ANSWER_LENGTH) {
      return {
        kind: 'unchanged',
        ticket: current,
        reason: { key: 'officeChannel.answerTooLong', vars: { max: MAX_TICKET_ANSWER_LENGTH } },
        draftAnswer: answer,
      };
    }
    const answered = await this.deps.tickets.update(
      ticketId,
      { status: 'answered', answer, assigneeName: officer.name, assigneePseudonym: officer.pseudonym },
      ['open', 'assigned'],
    );
    if (!answered) return this.closedFor(ticketId);
    try {
      await inbox.deliver(answered);
    } catch (err) {
      this.deps.logger.error({ err, ticketId }, 'could not deliver the answer to the asker');
      const reverted =
        (await this.deps.tickets.update(ticketId, { status: 'assigned', answer: undefined }, ['answered'])) ??
        answered;
      const notice: OfficeNotice = { key: 'officeChannel.notDelivered' };
      await this.refreshBoard(board, reverted, { notice, draftAnswer: answer });
      return { kind: 'unchanged', ticket: reverted, reason: notice, draftAnswer: answer };
    }
    this.deps.logger.info({ ticketId, assignee: officer.pseudonym }, 'ticket answered and delivered');
    await this.refreshBoard(board, answered);
    return { kind: 'changed', ticket: answered };
  }

  /** Proposes an answered ticket as a knowledge-base answer, once, for the office to review. */
  async suggest(ticketId: string, board: TicketBoard): Promise<TicketActionResult> {
    const current = await this.deps.tickets.get(ticketId);
    if (!current) return { kind: 'not-found' };
    if (current.status !== 'answered' || !current.answer) {
      return {
        kind: 'unchanged',
        ticket: current,
        reason: { key: 'officeChannel.onlyAnsweredSuggested' },
      };
    }
    if (current.suggestedForKnowledgeBase) {
      return { kind: 'unchanged', ticket: current, reason: { key: 'officeChannel.alreadySuggested' } };
    }
    const suggestion = await this.deps.suggestions.add({
      ticketId,
      question: current.question,
      answer: current.answer,
    });
    const updated =
      (await this.deps.tickets.update(ticketId, { suggestedForKnowledgeBase: true }, ['answered'])) ??
      current;
    this.deps.logger.info(
      { ticketId, suggestionId: suggestion.id },
      'answer suggested for the knowledge base',
    );
    await this.refreshBoard(board, updated);
    return { kind: 'changed', ticket: updated };
  }

  /** The asker's questions, newest first. */
  async ticketsOf(askerPseudonym: string, limit = 10): Promise<Ticket[]> {
    return this.deps.tickets.listByAsker(askerPseudonym, limit);
  }

  /** A ticket by id. */
  async get(ticketId: string): Promise<Ticket | null> {
    return this.deps.tickets.get(ticketId);
  }

  private async closedFor(ticketId: string): Promise<TicketActionResult> {
    const now = await this.deps.tickets.get(ticketId);
    if (!now) return { kind: 'not-found' };
    const name = now.assigneeName ?? '';
    const reason: Record<TicketStatus, OfficeNotice> = {
      open: { key: 'officeChannel.alreadyOpen' },
      assigned: { key: 'officeChannel.alreadyAssigned', vars: { name } },
      answered: { key: 'officeChannel.alreadyAnswered', vars: { name } },
      closed: { key: 'officeChannel.alreadyClosed' },
    };
    return { kind: 'unchanged', ticket: now, reason: reason[now.status] };
  }

  /** The card in the channel is a view: when rewriting it fails, the ticket is still right, so this only logs. */
  private async refreshBoard(
    board: TicketBoard,
    ticket: Ticket,
    options?: { notice?: OfficeNotice; draftAnswer?: string },
  ): Promise<void> {
    try {
      await board.refresh(ticket, options);
    } catch (err) {
      this.deps.logger.warn({ err, ticketId: ticket.id }, 'could not update the ticket card in the channel');
    }
  }
}
