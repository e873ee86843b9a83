import type { Ticket } from '../data/repositories';
import type { Lang } from '../qa/knowledge-base';
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
import { formatTicketDate, ticketNumber, ticketStatusText, ticketText } from './ticket-strings';

const QUESTION_PREVIEW = 200;
const ANSWER_PREVIEW = 400;

function preview(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "Mine spørsmål": the asker's questions to the project office, newest first, each with its status and answer. */
export function createTicketListCard(tickets: Ticket[], lang: Lang): AdaptiveCard {
  const body: CardElement[] = [heading(ticketText('myQuestionsTitle', lang), 'Large')];
  if (tickets.length === 0) {
    body.push(textBlock(ticketText('myQuestionsEmpty', lang)));
    return card(body);
  }
  tickets.forEach((ticket, i) => {
    body.push(
      container(
        [
          textBlock(`«${escapeMarkdown(preview(ticket.question, QUESTION_PREVIEW))}»`, { weight: 'Bolder' }),
          factSet([
            ['Status', ticketStatusText(ticket.status, lang)],
            [ticketText('sentOn', lang), formatTicketDate(ticket.createdAt, lang)],
            ['#', ticketNumber(ticket.id)],
          ]),
          ticket.answer
            ? textBlock(
                `${ticketText('answer', lang)}: ${escapeMarkdown(preview(ticket.answer, ANSWER_PREVIEW))}`,
              )
            : undefined,
        ],
        i === 0 ? {} : { separator: true, spacing: 'Medium' },
      ),
    );
  });
  return card(body);
}
