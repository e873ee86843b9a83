import type { Answer } from './answer';
import type { Question } from './decision';

/**
 * "Is that right?", «Stemmer det?», «Er det rett?» alone: words that ask whether what was said before is so say nothing
 * of their own, whatever a word of them matches ("right" of the technical subproject's "access rights"); alone they are
 * refused, and after a claim the claim is what is asked.
 */
export function refuseBareTag(q: Question): Answer | undefined {
  const { tokens } = q.analysis;
  const { confirmAfter } = q.vocab.language.questionShape;
  const tag = confirmAfter.some((p) => p.length === tokens.length && p.every((w, k) => w === tokens[k]));
  return tag ? q.fallback : undefined;
}
