import type { Answer } from './answer';
import { type Decision, countAsked } from './decision';
import { answerWith } from './items';
import type { Lang } from './knowledge-base';
import { pageLines } from './page-lines';
import { phraseAt, stem, tokenize } from './text';

/**
 * "Kor mange av kommunane i Møre og Romsdal og Trøndelag har opsjonsavtale?", "How many of the municipalities in
 * Trøndelag have an option agreement?": how many of a group named by where it is have something, where a sentence of
 * the page says that all of the group have it ("Alle kommunene i Møre og Romsdal og Trøndelag har opsjonsavtale …"):
 * all of them. Only a part of a group («av», "of") whose every place the sentence names: "Hvor mange kommuner i
 * Trøndelag har opsjonsavtale?" asks a number the page does not give, and "Hvor mange av kommunene har
 * opsjonsavtale?" asks of all the municipalities, of which the page says no such thing.
 */
export function answerAllOfGroup(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  const noun = analysis.askedNoun;
  if (!countAsked(analysis) || analysis.yesNo || noun === undefined) return undefined;
  if (analysis.unknown.length > 0 || analysis.everydayPositions.length > 0) return undefined;
  const { tokens } = analysis;
  const { all, partOf } = vocab.language.asker;
  // ("Kor mange av kommunane …", "How many of the municipalities …": «av» between the count and what is counted.)
  const at = analysis.positions.get(noun) ?? -1;
  let k = at - 1;
  while (k > 0 && !analysis.intentPositions.includes(k) && !partOf.has(tokens[k]!)) k--;
  if (k <= 0 || !partOf.has(tokens[k]!)) return undefined;
  // ("Kor mange av kommunane i Trøndelag har ikkje opsjonsavtale?": not of those that do not.)
  const negation = vocab.language.questionShape.negation;
  if (tokens.some((_, j) => negation.some((p) => phraseAt(tokens, j, p)))) return undefined;
  const places = analysis.known.filter((t) => t !== noun && vocab.orgWords.has(t));
  if (places.length === 0) return undefined;
  const order: Lang[] = [analysis.lang, 'nb', 'en', 'nn'];
  const lines = pageLines(vocab)
    .filter((line) => {
      const words = tokenize(line.text);
      return all.has(words[0] ?? '') && stem(words[1] ?? '') === noun;
    })
    .filter((line) => analysis.known.every((t) => line.all.has(t)))
    .sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang));
  const line = lines[0];
  const entry = line ? vocab.entries.get(line.id) : undefined;
  if (!line || !entry) return undefined;
  return answerWith(vocab, fallback, entry, { type: 'allSaid', sentence: line.text });
}
