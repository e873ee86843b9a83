import type { Analysis } from './analysis';
import { presentVerb } from './refusals';
import { verbAt } from './told';
import { pastForm } from './word-forms';
import type { Vocabulary } from './vocabulary';

/**
 * How many things the words the bot does not know name: "a journalist or student", "sykepleiere og leger" are one
 * (who the question is for, said two ways), so two such words joined by «or»/«and» count once.
 */
export function unknownThings(vocab: Vocabulary, analysis: Analysis): number {
  const joined = (p: number) =>
    joiner(vocab, analysis.tokens[p - 1] ?? '') && analysis.unknownPositions.includes(p - 2);
  return analysis.unknownPositions.filter((p) => !joined(p)).length;
}

/** «eller», «og», "or", "and": a word that joins two others (never a verb, «eller» though it ends as one). */
function joiner(vocab: Vocabulary, token: string): boolean {
  const { alternatives, joins } = vocab.language.focus;
  return alternatives.has(token) || joins.has(token);
}

/**
 * "Hvor mange ansatte jobber deltid?", "Hvilke kommuner har eiendomsskatt?", "Hvilken kommune er størst?": whether the
 * word the bot does not know at p stands right after a verb for being, having or doing, said of the noun asked for at
 * nounAt: which of those things is asked, by a property the page does not give. (Not a verb itself: "… skal lære seg
 * det", "… are covered by".)
 */
export function saidOfAsked(vocab: Vocabulary, analysis: Analysis, nounAt: number, p: number): boolean {
  const before = analysis.tokens[p - 1] ?? '';
  // (Right after «har», "has", a word in -er is no verb in the present, whatever the dictionary has of its stem:
  // «Hvilke kommuner har bompenger?» asks of toll; "har lov å …" still has a verb after.)
  const having =
    vocab.language.questionShape.possess.has(before) &&
    analysis.tokens[p + 1] !== (analysis.lang === 'en' ? 'to' : 'a');
  const verbBefore =
    vocab.language.roleQuestion.copulas.has(before) ||
    vocab.language.questionShape.possess.has(before) ||
    (presentVerb(vocab, before, analysis.lang) && !joiner(vocab, before));
  // (Nor a past form, "… har flyttet inn i", "… er kreditert"; nor the subject where a preposition ends the question and
  // the noun asked for is its object, «Kva etasje er kontorlokala i?».)
  const { tokens } = analysis;
  const stranded = vocab.language.questionShape.qualifiers.has(tokens[tokens.length - 1] ?? '');
  return (
    nounAt >= 0 &&
    p - 1 > nounAt &&
    verbBefore &&
    !stranded &&
    (having || !verbAt(vocab, analysis, p)) &&
    !pastForm(vocab, tokens[p]!, analysis.lang)
  );
}
