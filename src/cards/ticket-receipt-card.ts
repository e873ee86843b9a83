import type { Lang } from '../qa/knowledge-base';
import type { PersonalDataKind } from '../privacy/redactor';
import { type AdaptiveCard, card, type CardElement, escapeMarkdown, heading, textBlock } from './adaptive';
import { personalDataText } from './personal-data-text';
import { formatTicketDate, ticketNumber, ticketText } from './ticket-strings';

/** What the receipt that replaces the compose card says. */
export type ReceiptInput =
  | {
      kind: 'sent';
      lang: Lang;
      ticketId: string;
      question: string;
      sentAt: Date;
      /** Kinds of personal data removed from the question before it was sent. */
      removed: readonly PersonalDataKind[];
    }
  | { kind: 'cancelled'; lang: Lang };

/** The card that replaces the compose card: "Sendt til prosjektkontoret" with the question as sent, or "Ikke sendt". */
export function createTicketReceiptCard(input: ReceiptInput): AdaptiveCard {
  const { lang } = input;
  if (input.kind === 'cancelled') {
    return card([heading(ticketText('cancelledTitle', lang)), textBlock(ticketText('cancelledText', lang))]);
  }
  const body: CardElement[] = [
    heading(`✅ ${ticketText('sentTitle', lang)}`),
    textBlock(`«${escapeMarkdown(input.question)}»`, { isSubtle: true }),
  ];
  if (input.removed.length > 0) {
    body.push(
      textBlock(ticketText('removedNotice', lang, { kinds: personalDataText(input.removed, lang) }), {
        color: 'Warning',
      }),
    );
  }
  body.push(
    textBlock(ticketText('sentText', lang)),
    textBlock(`#${ticketNumber(input.ticketId)} · ${formatTicketDate(input.sentAt, lang)}`, {
      isSubtle: true,
      size: 'Small',
    }),
  );
  return card(body);
}
