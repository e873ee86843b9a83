import type { Intent } from './language-data';
import type { QuestionShape } from './question-shape';

/**
 * Whether a word for leading at `at` asks what something does, not who leads it: "Hva driver fagrådet med?", a verb for
 * leading with "med" after it, is busy with something; "Kva har rådet ansvar for?", "What is the council responsible
 * for?", a word for being responsible after a question word for what, with nothing after its preposition, asks what
 * it answers for.
 */
export function asksWhatBusy(
  shape: QuestionShape,
  tokens: string[],
  at: number,
  intents: Set<Intent>,
): boolean {
  const { busy, charge } = shape;
  if (busy.words.has(tokens[at]!) && tokens.slice(at + 1).some((t) => busy.then.has(t))) return true;
  return intents.has('what') && charge.words.has(tokens[at]!) && charge.then.has(tokens[tokens.length - 1]!);
}
