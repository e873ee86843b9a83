import type { Answer } from './answer';
import type { Decision } from './decision';
import { PROMOTE_RATIO } from './decision';
import { composeAnswer } from './compose';
import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Når skal opplæringsressursene fristilles?", "Kor lenge skal oppfølginga av gevinstane gå?": when, or for how long,
 * something is done that the page dates by no date but by a period it is done in ("… fristille opplæringsressurser i
 * innføringsperioden", "… oppfølging både i programperioden og etter"): answered by the sentence that says so, when
 * every word the question knows stands in it and one of them stands in the clause that ends with the period. Nothing
 * the bot does not know may be asked beside it ("Når starter opplæringen?" names nothing the period is said of), nor a
 * deadline or a date, which a period is not.
 */
export function answerWhenByPeriod(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top } = d;
  if (analysis.yesNo || analysis.unknown.length > 0) return undefined;
  const spans = vocab.language.timeSpans;
  const howLong = spans.howLong.some((p) => startsWith(analysis.tokens, p));
  if (!analysis.intents.has('when') && !howLong) return undefined;
  // ("Hva er fristen for opplæringsplanen?": a deadline or a date asked for is no period.)
  const { dateWords, questionShape } = vocab.language;
  if (analysis.tokens.some((t) => dateWords.has(t) || questionShape.deadline.has(t))) return undefined;
  const period = (t: string) => spans.periods.some((p) => t.endsWith(p));
  const telling = [...new Set(analysis.known)].filter((t) => !period(t) && !vocab.projectTerms.has(t));
  if (telling.length === 0) return undefined;
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    const names = vocab.entryNames.get(c.entry.id) ?? new Set<string>();
    const sentences = vocab.sentences.get(c.entry.id) ?? [];
    const i = sentences.findIndex((s) => {
      if (!telling.every((t) => s.terms.has(t) || names.has(t))) return false;
      const clause = clauseOfPeriod(vocab, s.text, period);
      return clause !== undefined && telling.some((t) => !names.has(t) && clause.has(t));
    });
    if (i < 0) continue;
    d.top = c;
    d.told = sentences[i]!.text;
    return composeAnswer(d);
  }
  return undefined;
}

/** The tokens open with the phrase, given as its folded words. */
function startsWith(tokens: string[], phrase: string[]): boolean {
  return phrase.length > 0 && phrase.every((w, k) => tokens[k] === w);
}

/**
 * The stems of the clause a period ends ("å fristille opplæringsressurser i innføringsperioden"): from the comma or
 * joining word before it up to the word for the period; undefined when the sentence names no period.
 */
function clauseOfPeriod(
  vocab: Vocabulary,
  text: string,
  period: (t: string) => boolean,
): Set<string> | undefined {
  const joins = vocab.language.focus.joins;
  for (const part of text.split(/[,;:()–]/u)) {
    const words = tokenize(part);
    const stems = words.map(stem);
    const at = stems.findIndex(period);
    if (at < 0) continue;
    const start = words.slice(0, at).reduce((s, w, k) => (joins.has(w) ? k + 1 : s), 0);
    return new Set(stems.slice(start, at));
  }
  return undefined;
}
