import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/**
 * "Can you recommend a hotel near Trondheim Central Station for a project visit?", "Kan du anbefale en
 * lunsjrestaurant i nærheten av Bispegata 9?", "Hvilket kurs anbefaler du?": the page recommends nothing, so a
 * recommendation asked for is refused, whatever place or project word of the page the question names.
 */
export function asksRecommendation(vocab: Vocabulary, analysis: Analysis): boolean {
  const recommend = vocab.language.questionShape.recommend;
  return analysis.tokens.some((t) => recommend.has(t));
}
