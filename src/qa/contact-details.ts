import type { Analysis } from './analysis';
import type { Candidate } from './ranking';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Kan eg skrive personnummer i tilbakemeldinga på sida?", "can I write my phone number in the feedback field?": a
 * question that does not open by asking what or where, about a fact whose own text speaks of phone numbers or e-mail
 * (what not to send in feedback), asks about writing those details, not for the fact's own: the fact answers it.
 * "Hva er telefonnummeret til tilbakemeldingsskjemaet?" still asks for a number, which the page does not give.
 */
export function writesDetailsTopicNames(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  if (analysis.opening !== undefined || top.entry.type !== 'fact') return false;
  const details = vocab.language.intentPhrases.filter(
    (p) => (p.intent === 'phone' || p.intent === 'email') && p.words.length === 1,
  );
  const sentences = vocab.sentences.get(top.entry.id) ?? [];
  return sentences.some((s) => details.some((p) => s.terms.has(p.words[0]!)));
}

/** True when what contact details are asked of ("the phone number of the IT support") ends in a word the topic lacks. */
export function contactOfOther(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  const { tokens } = analysis;
  const qualifiers = vocab.language.questionShape.qualifiers;
  const of = tokens.findIndex((t, k) => qualifiers.has(t) && analysis.intentPositions.includes(k - 1));
  if (of < 0) return false;
  let k = of + 1;
  while (k < tokens.length && vocab.stopwords.has(stem(tokens[k]!)) && !qualifiers.has(tokens[k]!)) k++;
  let last: string | undefined;
  for (; k < tokens.length; k++) {
    const here = analysis.known.filter((_, j) => analysis.knownPositions[j] === k);
    if (here.length === 0) break;
    last = here[here.length - 1];
  }
  return last !== undefined && !top.terms.has(last);
}
