import type { Ticket } from '../data/repositories';
import type { Lang } from '../qa/knowledge-base';
import { type AdaptiveCard, card, container, escapeMarkdown, factSet, heading, textBlock } from './adaptive';
import type { FeedbackButtonData } from './answer-card';
import { formatTicketDate, ticketNumber, ticketText } from './ticket-strings';

/** The feedback topic of a project-office answer, so its Ja/Nei can be told apart from knowledge-base answers. */
export function ticketTopicId(ticketId: string): string {
  return `ticket:${ticketId}`;
}

/**
 * The project office's answer as the asker gets it in the bot chat: their question, the answer, who answered,
 * and "Fant du det du lette etter?" with the same Ja / Nei buttons as knowledge-base answers.
 */
export function createTicketAnswerCard(ticket: Ticket, lang: Lang, answeredAt: Date): AdaptiveCard {
  const data = (helpful: boolean): FeedbackButtonData => ({
    action: 'feedback',
    helpful,
    topicId: ticketTopicId(ticket.id),
    question: ticket.question.slice(0, 500),
  });
  const facts = factSet([
    [ticketText('answeredBy', lang), ticket.assigneeName],
    ['#', ticketNumber(ticket.id)],
    [ticketText('sentOn', lang), formatTicketDate(answeredAt, lang)],
  ]);
  return card([
    heading(`💬 ${ticketText('answerTitle', lang)}`, 'Large'),
    textBlock(`${ticketText('youAsked', lang)}: «${escapeMarkdown(ticket.question)}»`, { isSubtle: true }),
    textBlock(escapeMarkdown(ticket.answer ?? '')),
    ...(facts ? [facts] : []),
    container(
      [
        textBlock(ticketText('feedbackQuestion', lang), { isSubtle: true, size: 'Small' }),
        {
          type: 'ActionSet',
          actions: [
            { type: 'Action.Submit', title: ticketText('yes', lang), data: data(true) },
            { type: 'Action.Submit', title: ticketText('no', lang), data: data(false) },
          ],
        },
      ],
      { separator: true, spacing: 'Medium' },
    ),
  ]);
}
