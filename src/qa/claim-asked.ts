import type { Analysis } from './analysis';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Whether the question asks whether something is so: a yes/no question, or one that opens with «kan» or «må» ("Kan
 * fastlegene … koble seg på …?", "Må kommunane rekne med auka kostnader …?") when no one is asked to do something.
 */
export function claimAsked(vocab: Vocabulary, analysis: Analysis): boolean {
  const shape = vocab.language.questionShape;
  const first = analysis.tokens[0] ?? '';
  const opens = shape.may.has(first) || vocab.language.claims.obligation.has(stem(first));
  return analysis.yesNo || (opens && !shape.someone.has(analysis.tokens[1] ?? ''));
}
