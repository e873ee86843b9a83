import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, type CardElement, heading, textBlock } from './adaptive';
import { ticketText } from './ticket-strings';

/** Card submit (Action.Submit `action`) under a fallback answer that opens the compose card. */
export const OFFICE_COMPOSE_ACTION = 'office.compose';
/** Action.Execute verb of the compose card's Send button. */
export const OFFICE_SEND_VERB = 'office.send';
/** Action.Execute verb of the compose card's Cancel button. */
export const OFFICE_CANCEL_VERB = 'office.cancel';
/** Id of the compose card's question input (its value arrives in the invoke data under this name). */
export const QUESTION_INPUT_ID = 'question';
/** Longest question the project office takes. */
export const MAX_TICKET_QUESTION_LENGTH = 1000;

/** Data of the button under a fallback answer. */
export interface ComposeButtonData {
  action: typeof OFFICE_COMPOSE_ACTION;
  question: string;
}

/** The "Send spørsmålet til prosjektkontoret" button under a fallback answer; it opens the compose card. */
export function createAskOfficeAction(question: string, lang: Lang): CardElement {
  const data: ComposeButtonData = {
    action: OFFICE_COMPOSE_ACTION,
    question: question.slice(0, MAX_TICKET_QUESTION_LENGTH),
  };
  return { type: 'Action.Submit', title: ticketText('askOffice', lang), data };
}

/** What the compose card shows. */
export interface ComposeCardInput {
  question: string;
  lang: Lang;
  /** Identifies this draft, so a second click on Send does not send it twice. */
  draftId: string;
  /** A problem with the last attempt, shown above the input. */
  error?: string;
}

/**
 * The card where the asker checks and edits the question before it goes to the project office, with the
 * personal-data notice and Send / Avbryt (Action.Execute, so the card is replaced by the receipt).
 */
export function createTicketComposeCard(input: ComposeCardInput): AdaptiveCard {
  const { lang } = input;
  const body: CardElement[] = [
    heading(ticketText('composeTitle', lang), 'Large'),
    textBlock(ticketText('composeIntro', lang)),
  ];
  if (input.error) body.push(textBlock(input.error, { color: 'Attention', weight: 'Bolder' }));
  body.push(
    {
      type: 'Input.Text',
      id: QUESTION_INPUT_ID,
      label: ticketText('questionLabel', lang),
      placeholder: ticketText('questionPlaceholder', lang),
      value: input.question.slice(0, MAX_TICKET_QUESTION_LENGTH),
      isMultiline: true,
      maxLength: MAX_TICKET_QUESTION_LENGTH,
      isRequired: true,
      errorMessage: ticketText('questionRequired', lang),
    },
    textBlock(ticketText('personalDataNotice', lang), { color: 'Warning', size: 'Small' }),
  );
  return card(body, [
    {
      type: 'Action.Execute',
      title: ticketText('send', lang),
      verb: OFFICE_SEND_VERB,
      data: { draftId: input.draftId },
      associatedInputs: 'auto',
      style: 'positive',
    },
    {
      type: 'Action.Execute',
      title: ticketText('cancel', lang),
      verb: OFFICE_CANCEL_VERB,
      data: { draftId: input.draftId },
      associatedInputs: 'none',
    },
  ]);
}
