import { formatPercent } from '../i18n/format';
import type { Lang } from '../qa/knowledge-base';
import {
  type AdaptiveCard,
  bullets,
  card,
  type CardElement,
  escapeMarkdown,
  factSet,
  heading,
  textBlock,
} from './adaptive';
import { feedbackText } from './feedback-strings';

/** Longest question shown on the card; the rest is cut with an ellipsis. */
const MAX_QUESTION_SHOWN = 200;

/** The figures on the statistics card: ratings, free feedback, weakest topics and most frequent unanswered questions. */
export interface StatsCardData {
  /** Answers rated Ja or Nei. */
  rated: number;
  helpful: number;
  notHelpful: number;
  /** Feedback without a rating (`tilbakemelding <tekst>`). */
  free: number;
  /** Topics with the most "Nei" (display names), most first. */
  topNotHelpful: { topic: string; count: number }[];
  /** Unanswered questions (already redacted), most frequent first. */
  topUnanswered: { question: string; count: number }[];
}

/** The statistics card for the communications lead. */
export function createStatsCard(data: StatsCardData, lang: Lang): AdaptiveCard {
  const share =
    data.rated > 0
      ? feedbackText('statsShare', lang, {
          percent: formatPercent(data.helpful, data.rated, lang),
          count: data.helpful,
          total: data.rated,
        })
      : feedbackText('statsNoRatings', lang);
  const body: (CardElement | undefined)[] = [
    heading(feedbackText('statsTitle', lang), 'Large'),
    factSet([
      [feedbackText('statsRated', lang), String(data.rated)],
      [feedbackText('statsHelpfulShare', lang), share],
      [feedbackText('statsNotHelpful', lang), String(data.notHelpful)],
      [feedbackText('statsFree', lang), String(data.free)],
    ]),
    heading(feedbackText('statsTopNo', lang)),
    list(
      data.topNotHelpful.map((t) => `${escapeMarkdown(t.topic)}: ${t.count}`),
      lang,
    ),
    heading(feedbackText('statsTopUnanswered', lang)),
    list(
      data.topUnanswered.map((q) => `«${escapeMarkdown(shorten(q.question))}»: ${times(q.count, lang)}`),
      lang,
    ),
    textBlock(feedbackText('statsRetention', lang), { isSubtle: true, size: 'Small', separator: true }),
  ];
  return card(body.filter((e): e is CardElement => e !== undefined));
}

/** A plain-text summary of the card (notification preview, screen readers). */
export function statsSummary(data: StatsCardData, lang: Lang): string {
  return `${feedbackText('statsTitle', lang)}: ${feedbackText('statsRated', lang).toLowerCase()} ${data.rated}`;
}

function list(lines: string[], lang: Lang): CardElement {
  return lines.length > 0 ? bullets(lines) : textBlock(feedbackText('statsNone', lang), { isSubtle: true });
}

function times(count: number, lang: Lang): string {
  return feedbackText('statsTimes', lang, { count });
}

function shorten(text: string): string {
  return text.length > MAX_QUESTION_SHOWN ? `${text.slice(0, MAX_QUESTION_SHOWN - 1)}…` : text;
}
