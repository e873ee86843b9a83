import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/** How long the first part of a law's name is at least ("ferie|loven"). */
const MIN_FIRST_PART = 4;

/**
 * "What is the notice period for employees under Norwegian law?", "Hva sier pasientjournalloven om hvem som kan lese
 * journalen?", "Kva seier lova om ferie for tilsette?": what a law says, or a rule under it, the page says nothing of,
 * whatever words of the page (employees, the patient record) the question shares. A law is named by a word for it
 * ("loven", "law") or as the last part of its name ("arbeidsmiljøloven", "ferielova").
 */
export function asksLaw(vocab: Vocabulary, analysis: Analysis): boolean {
  const laws = vocab.language.questionShape.laws;
  // (Only the Norwegian words end a name: "pasientjournal|loven".)
  const ends = [...laws].filter((w) => w.startsWith('lov'));
  const named = (t: string) => ends.some((w) => t.endsWith(w) && t.length >= w.length + MIN_FIRST_PART);
  return analysis.tokens.some((t) => laws.has(t) || named(t));
}
