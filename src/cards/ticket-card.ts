import { type MessageKey, t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
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
  notice?: OfficeNotice;
  /** The channel's language (the office works in bokmål unless told otherwise). */
  lang?: Lang;
  /** Text to put back in the answer field (an answer that could not be delivered). */
  draftAnswer?: string;
}

const STATUS_TITLE: Record<TicketStatus, MessageKey> = {
  open: 'officeChannel.titleOpen',
  assigned: 'officeChannel.titleAssigned',
  answered: 'officeChannel.titleAnswered',
  closed: 'officeChannel.titleClosed',
};

const WHERE: Record<string, MessageKey> = {
  personal: 'officeChannel.wherePersonal',
  groupChat: 'officeChannel.whereGroupChat',
  channel: 'officeChannel.whereChannel',
};

function statusText(ticket: Ticket, lang: Lang): string {
  switch (ticket.status) {
    case 'open':
      return t(lang, 'officeChannel.statusOpen');
    case 'assigned':
      return t(lang, 'officeChannel.statusAssigned', {
        name: ticket.assigneeName ?? t(lang, 'officeChannel.someoneInOffice'),
      });
    case 'answered':
      return t(lang, 'officeChannel.statusAnswered', {
        name: ticket.assigneeName ?? t(lang, 'officeChannel.theOffice'),
      });
    case 'closed':
      return t(lang, 'officeChannel.statusClosed');
  }
}

function askedFrom(ticket: Ticket, lang: Lang): string {
  const conversation = ticket.askerReference.conversation as { conversationType?: unknown } | undefined;
  const type =
    typeof conversation?.conversationType === 'string' ? conversation.conversationType : 'personal';
  return t(lang, WHERE[type] ?? WHERE.personal!);
}

/**
 * The card in the project-office channel for one question: the question, its status and who has it, and the
 * actions the status allows ("Ta saken", an answer field with "Svar", "Foreslå som fast svar"). The same card is
 * returned to the officer who acted and written over the channel message, so everyone sees the same state.
 */
export function createTicketCard(ticket: Ticket, options: TicketCardOptions = {}): AdaptiveCard {
  const lang = options.lang ?? 'nb';
  const data: TicketButtonData = { ticketId: ticket.id };
  const open = ticket.status === 'open' || ticket.status === 'assigned';
  const body: CardElement[] = [
    heading(t(lang, STATUS_TITLE[ticket.status])),
    container([textBlock(escapeMarkdown(ticket.question), { size: 'Medium' })], {
      style: 'emphasis',
      bleed: false,
    }),
    factSet([
      [t(lang, 'officeChannel.factStatus'), statusText(ticket, lang)],
      [t(lang, 'officeChannel.factCase'), `#${ticketNumber(ticket.id)}`],
      [t(lang, 'officeChannel.factReceived'), formatTicketDate(ticket.createdAt, lang)],
      [t(lang, 'officeChannel.factAskedIn'), askedFrom(ticket, lang)],
    ]),
  ].filter((e): e is CardElement => e !== undefined);

  if (ticket.answer) {
    body.push(
      container(
        [
          textBlock(`**${t(lang, 'officeChannel.answerHeading')}**`),
          textBlock(escapeMarkdown(ticket.answer)),
        ],
        {
          separator: true,
          spacing: 'Medium',
        },
      ),
    );
  }
  if (ticket.suggestedForKnowledgeBase) {
    body.push(textBlock(t(lang, 'officeChannel.suggested'), { isSubtle: true, size: 'Small' }));
  }
  if (options.notice)
    body.push(textBlock(noticeText(options.notice, lang), { color: 'Attention', weight: 'Bolder' }));

  const actions: CardElement[] = [];
  if (open) {
    body.push({
      type: 'Input.Text',
      id: ANSWER_INPUT_ID,
      label: t(lang, 'officeChannel.answerLabel'),
      placeholder: t(lang, 'officeChannel.answerPlaceholder'),
      ...(options.draftAnswer ? { value: options.draftAnswer.slice(0, MAX_TICKET_ANSWER_LENGTH) } : {}),
      isMultiline: true,
      maxLength: MAX_TICKET_ANSWER_LENGTH,
      isRequired: true,
      errorMessage: t(lang, 'officeChannel.answerRequired'),
      separator: true,
    });
    actions.push({
      type: 'Action.Execute',
      title: t(lang, 'officeChannel.answerButton'),
      verb: OFFICE_VERBS.answer,
      data,
      associatedInputs: 'auto',
      style: 'positive',
    });
    actions.push({
      type: 'Action.Execute',
      title: t(lang, ticket.status === 'open' ? 'officeChannel.take' : 'officeChannel.takeOver'),
      verb: OFFICE_VERBS.assign,
      data,
      associatedInputs: 'none',
    });
  } else if (ticket.status === 'answered' && !ticket.suggestedForKnowledgeBase) {
    actions.push({
      type: 'Action.Execute',
      title: t(lang, 'officeChannel.suggest'),
      verb: OFFICE_VERBS.suggest,
      data,
      associatedInputs: 'none',
    });
  }
  body.push(
    textBlock(t(lang, 'officeChannel.privacy'), {
      isSubtle: true,
      size: 'Small',
      separator: true,
    }),
  );
  return card(body, actions);
}

/** The one-line text shown with the ticket card in notifications. */
export function ticketCardSummary(ticket: Ticket, lang: Lang = 'nb'): string {
  return `${t(lang, STATUS_TITLE[ticket.status])}: ${ticket.question.slice(0, 120)}`;
}

/** A note for the office (a code and its values) as text. */
export interface OfficeNotice {
  key: Extract<MessageKey, `officeChannel.${string}`>;
  vars?: Record<string, string | number>;
}

/** The text of a note for the office in a language. */
export function noticeText(notice: OfficeNotice, lang: Lang): string {
  return t(lang, notice.key, notice.vars);
}
