import type { Answer, Direct } from './answer';
import type { Decision } from './decision';
import { pick } from './knowledge-base';
import { answerWith } from './items';
import { stem, terms } from './text';

/** A token that is a number as written ("5000", or "500" and "000" of "500 000"). */
const NUMBER = /^\d+$/;
/** A figure in the page's text, its digit groups included ("40 000"), and the word after it. */
const FIGURE = /(\d+(?:\s\d{3})*)\s(\p{L}+)/gu;

/**
 * "Får 5000 ansatte i Trondheim kommune nytt arbeidsverktøy?", "Er det 500 000 innbyggere som berøres?", "Stemmer det
 * at omtrent 5000 kommuneansatte i Trondheim får nytt arbeidsverktøy?", "Stemmer det at om lag 30 000 tilsette vert
 * råka av det nye journalsystemet?": a yes/no question that gives a figure of something a sentence of the topic counts,
 * and names nothing that sentence does not, is answered with the topic: the page's own figure says whether it is so
 * ("rundt 7000"), in words when the bot can tell (see figureLine). The only words the bot does not know are the figure
 * asked about. What is counted may be the last part of a compound («kommuneansatte») or a word the topic has for it
 * in another language («tilsette» for «ansatte»).
 */
export function answerOtherFigure(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  const { tokens, unknown, unknownPositions } = analysis;
  // ("Stemmer det at det er snakk om titusenvis av ansatte …?": an amount in words is a figure within its bounds.)
  const amount = amountAt(d);
  const inAmount = (p: number) => amount !== undefined && p >= amount.start && p <= amount.end;
  const figured = (t: string, k: number) => NUMBER.test(t) || inAmount(unknownPositions[k]!);
  if (!analysis.yesNo || top.entry.type !== 'fact' || !unknown.every(figured)) return undefined;
  // ("Får rundt 7000 ansatte i Trondheim nytt verktøy?": the figure may be the page's own, then a word it knows.)
  const start = amount?.start ?? unknownPositions[0] ?? tokens.findIndex((t) => NUMBER.test(t));
  if (start < 0) return undefined;
  // What the figure counts: the word right after it (after every group of its digits; after «av»/"of" of an amount).
  let end = amount?.end ?? start;
  while (NUMBER.test(tokens[end + 1] ?? '')) end++;
  if (amount && vocab.language.questionShape.qualifiers.has(tokens[end + 1] ?? '')) end++;
  // ("… rundt 5000 i Trondheim kommune som får nytt verktøy?": no word after the figure says what it counts; the
  // sentence's one figure is what it is asked of.)
  const uncounted = vocab.stopwords.has(stem(tokens[end + 1] ?? ''));
  const counted = uncounted ? [] : countedAt(d, end + 1);
  // (Another word the topic has for the same thing: «tilsette», «ansatte», "staff" are all names of it.)
  const other = counted.filter((t) => top.strongTerms.has(t));
  const said = analysis.known.filter((t) => !NUMBER.test(t) && !counted.includes(t));
  const figures = vocab.figures.get(top.entry.id) ?? [];
  const counts = (f: { counts: Set<string> }) => counted.some((t) => f.counts.has(t));
  // Each other word is in the sentence, or names the topic in a form of its own ("affected" of "affects").
  const inside = (words: Set<string>) => said.every((t) => words.has(t) || top.nameTerms.has(t));
  const figure =
    figures.find((f) => counts(f) && inside(f.words)) ??
    (other.length > 0 || uncounted ? figures.find((f) => inside(f.words)) : undefined);
  if (!figure) return undefined;
  const asked = tokens.slice(start, end + 1).join('');
  const matches = amount
    ? (n: string) => Number(n) >= amount.min && Number(n) <= amount.max
    : (n: string) => n === asked;
  return answerWith(vocab, fallback, top.entry, figureLine(d, matches, counted, said));
}

/** The amount in words the question claims (see ClaimWords.amounts): where its words stand, and its bounds. */
function amountAt(d: Decision): { start: number; end: number; min: number; max: number } | undefined {
  const { tokens } = d.analysis;
  for (const { phrases, min, max } of d.vocab.language.claims.amounts)
    for (const phrase of phrases) {
      const start = tokens.findIndex((_, k) => phrase.every((w, j) => tokens[k + j] === w));
      if (start >= 0) return { start, end: start + phrase.length - 1, min, max };
    }
  return undefined;
}

/** The terms of the word after the figure: the word's own, or those the bot found in it («kommuneansatte»). */
function countedAt(d: Decision, at: number): string[] {
  const { analysis } = d;
  const found = analysis.known.filter((_, j) => analysis.knownPositions[j] === at);
  return [...new Set([stem(analysis.tokens[at] ?? ''), ...found])];
}

/**
 * "Nei. Siden sier: «Rundt 7000 ansatte i Trondheim kommune vil få …»": the first sentence of the topic with a figure
 * and every other word asked says yes when its figure of what is counted is the one asked, no when it is another
 * ("40 000 innbyggere": the page counts 720 000). What is counted in other words than the page's («tilsette») is
 * the sentence's one figure; of several, the line says no only when none is the figure asked, and else nothing
 * ("720 000 tilsette": 720 000 counts the inhabitants).
 */
function figureLine(
  d: Decision,
  matches: (figure: string) => boolean,
  counted: string[],
  said: string[],
): Direct | undefined {
  const { vocab, analysis, top } = d;
  const fact = vocab.facts.get(top.entry.id);
  const text = fact ? pick(fact.text, analysis.lang) : '';
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const figures = [...sentence.matchAll(FIGURE)].map((m) => ({
      number: m[1]!.replace(/\s/g, ''),
      counts: terms(m[2]!),
    }));
    const own = new Set(terms(sentence));
    if (figures.length === 0 || !said.every((t) => own.has(t) || top.nameTerms.has(t))) continue;
    // The figures of what is counted: by its own word, or the sentence's one figure ("medarbeidere" of "ansatte").
    const counting = figures.filter((f) => f.counts.some((t) => counted.includes(t)));
    // (Nothing counted: "Er det 40 000 som blir berørt?" is so of either of the sentence's figures.)
    const of = counting.length > 0 ? counting : figures.length === 1 || counted.length === 0 ? figures : [];
    if (of.length > 0) return { type: 'figureSaid', yes: of.some((f) => matches(f.number)), sentence };
    return figures.every((f) => !matches(f.number))
      ? { type: 'figureSaid', yes: false, sentence }
      : undefined;
  }
  return undefined;
}
