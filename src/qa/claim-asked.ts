import type { Analysis } from './analysis';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * Whether the question asks whether something is so: a yes/no question, or one that opens with «kan» or «må» ("Kan
 * fastlegene … koble seg på …?", "Må kommunane rekne med auka kostnader …?") when no one is asked to do something.
 */
export function claimAsked(vocab: Vocabulary, analysis: Analysis): boolean {
  const shape = vocab.language.questionShape;
  const [first = '', second = '', third = ''] = analysis.tokens;
  const opens = shape.may.has(first) || vocab.language.claims.obligation.has(stem(first));
  // ("Har dere e-postadressen til lederen av prosjektkontoret?", "Do you have the e-mail of …?": what the one asked is
  // said to have is what is asked for, not a claim.)
  const held = shape.someone.has(second) && (shape.possess.has(first) || shape.possess.has(third));
  return !held && (analysis.yesNo || (opens && !shape.someone.has(second)));
}
