import type { Ticket, TicketStatus } from '../data/repositories';
import {
  type AdaptiveCard,
  card,
  type CardElement,
  container,
  escapeMarkdown,
  factSet,
  heading,
  textBlock,
} from './adaptive';
import { formatTicketDate, ticketNumber } from './ticket-strings';

/** Action.Execute verbs of the ticket card in the project-office channel. */
export const OFFICE_VERBS = {
  assign: 'office.assign',
  answer: 'office.answer',
  suggest: 'office.suggest',
} as const;

/** Id of the answer input on the ticket card (its value arrives in the invoke data under this name). */
export const ANSWER_INPUT_ID = 'answer';
/** Longest answer the project office can send. */
export const MAX_TICKET_ANSWER_LENGTH = 4000;

/** Data carried by every button on the ticket card. */
export interface TicketButtonData {
  ticketId: string;
}

/** Options for the ticket card. */
export interface TicketCardOptions {
  /** A note for the office shown on the card, e.g. that the answer could not be delivered. */
  notice?: string;
  /** Text to put back in the answer field (an answer that could not be delivered). */
  draftAnswer?: string;
}

const STATUS_TITLE: Record<TicketStatus, string> = {
  open: 'Nytt spørsmål til prosjektkontoret',
  assigned: 'Spørsmål under arbeid',
  answered: 'Spørsmål besvart',
  closed: 'Spørsmål lukket',
};

const WHERE: Record<string, string> = {
  personal: 'personlig chat med boten',
  groupChat: 'en gruppechat',
  channel: 'en kanal',
};

function statusText(ticket: Ticket): string {
  switch (ticket.status) {
    case 'open':
      return '🟡 Åpen – ingen har tatt saken';
    case 'assigned':
      return `🔵 Tatt av ${ticket.assigneeName ?? 'en i prosjektkontoret'}`;
    case 'answered':
      return `🟢 Besvart av ${ticket.assigneeName ?? 'prosjektkontoret'}`;
    case 'closed':
      return '⚪ Lukket';
  }
}

function askedFrom(ticket: Ticket): string {
  const conversation = ticket.askerReference.conversation as { conversationType?: unknown } | undefined;
  const type =
    typeof conversation?.conversationType === 'string' ? conversation.conversationType : 'personal';
  return WHERE[type] ?? WHERE.personal!;
}

/**
 * The card in the project-office channel for one question: the question, its status and who has it, and the
 * actions the status allows ("Ta saken", an answer field with "Svar", "Foreslå som fast svar"). The same card is
 * returned to the officer who acted and written over the channel message, so everyone sees the same state.
 */
export function createTicketCard(ticket: Ticket, options: TicketCardOptions = {}): AdaptiveCard {
  const data: TicketButtonData = { ticketId: ticket.id };
  const open = ticket.status === 'open' || ticket.status === 'assigned';
  const body: CardElement[] = [
    heading(STATUS_TITLE[ticket.status]),
    container([textBlock(escapeMarkdown(ticket.question), { size: 'Medium' })], {
      style: 'emphasis',
      bleed: false,
    }),
    factSet([
      ['Status', statusText(ticket)],
      ['Sak', `#${ticketNumber(ticket.id)}`],
      ['Mottatt', formatTicketDate(ticket.createdAt, 'nb')],
      ['Spurt i', askedFrom(ticket)],
    ]),
  ].filter((e): e is CardElement => e !== undefined);

  if (ticket.answer) {
    body.push(
      container([textBlock('**Svar**'), textBlock(escapeMarkdown(ticket.answer))], {
        separator: true,
        spacing: 'Medium',
      }),
    );
  }
  if (ticket.suggestedForKnowledgeBase) {
    body.push(textBlock('📚 Foreslått som fast svar i kunnskapsbasen.', { isSubtle: true, size: 'Small' }));
  }
  if (options.notice) body.push(textBlock(options.notice, { color: 'Attention', weight: 'Bolder' }));

  const actions: CardElement[] = [];
  if (open) {
    body.push({
      type: 'Input.Text',
      id: ANSWER_INPUT_ID,
      label: 'Svar til den som spurte',
      placeholder: 'Skriv svaret. Det sendes til den som spurte i chatten med boten.',
      ...(options.draftAnswer ? { value: options.draftAnswer.slice(0, MAX_TICKET_ANSWER_LENGTH) } : {}),
      isMultiline: true,
      maxLength: MAX_TICKET_ANSWER_LENGTH,
      isRequired: true,
      errorMessage: 'Skriv et svar før du sender.',
      separator: true,
    });
    actions.push({
      type: 'Action.Execute',
      title: 'Svar',
      verb: OFFICE_VERBS.answer,
      data,
      associatedInputs: 'auto',
      style: 'positive',
    });
    actions.push({
      type: 'Action.Execute',
      title: ticket.status === 'open' ? 'Ta saken' : 'Ta over saken',
      verb: OFFICE_VERBS.assign,
      data,
      associatedInputs: 'none',
    });
  } else if (ticket.status === 'answered' && !ticket.suggestedForKnowledgeBase) {
    actions.push({
      type: 'Action.Execute',
      title: 'Foreslå som fast svar',
      verb: OFFICE_VERBS.suggest,
      data,
      associatedInputs: 'none',
    });
  }
  body.push(
    textBlock('Navnet til den som spør vises ikke. Personopplysninger er fjernet fra spørsmålet.', {
      isSubtle: true,
      size: 'Small',
      separator: true,
    }),
  );
  return card(body, actions);
}

/** The one-line text shown with the ticket card in notifications. */
export function ticketCardSummary(ticket: Ticket): string {
  return `${STATUS_TITLE[ticket.status]}: ${ticket.question.slice(0, 120)}`;
}
