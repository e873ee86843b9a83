import type { LanguageData } from './language-data';
import { fold, stem } from './text';

/** Words the subject between a question's opening verb and the rest of a split phrase may have. */
const MAX_SUBJECT_WORDS = 6;

/**
 * "Får fastlegane lov til å kople seg på?", "Are GPs allowed to connect to the solution?": a phrase the question's
 * opening verb starts and the words after its subject end («får … lov til å», "are … allowed to") is read as the one
 * word it means, in the verb's place ("Kan fastlegane kople seg på?"), or as the words it means around the subject
 * ("Har Hareid ein representant i rådet?": «Er Hareid representert i rådet?»). Not when the words between say more than who
 * («… at …», «… som …»): "Har kommunen bestemt at fastlegene får lov til å …?" claims what was decided.
 */
export function withSplitSynonymsJoined(text: string, language: LanguageData): string {
  const phrases = language.splitSynonyms;
  if (phrases.length === 0) return text;
  const words = [...text.matchAll(/\p{L}+/gu)];
  const clause = new Set([
    ...language.claims.that,
    ...language.claims.undecided,
    ...language.focus.relatives,
  ]);
  for (let i = 0; i < words.length; i++) {
    const opening = words[i]!;
    if (!/(^|[.?!:]\s*)$/.test(text.slice(0, opening.index).trimEnd())) continue;
    for (const phrase of phrases) {
      if (fold(opening[0]) !== phrase.opener) continue;
      for (let n = 1; n <= MAX_SUBJECT_WORDS && i + n + phrase.after.length < words.length; n++) {
        const subject = words.slice(i + 1, i + 1 + n);
        const rest = words.slice(i + 1 + n, i + 1 + n + phrase.after.length);
        const end = rest[rest.length - 1]!;
        const between = text.slice(opening.index + opening[0].length, rest[0]!.index);
        if (/[.?!:;]/.test(between) || subject.some((w) => clause.has(stem(fold(w[0]))))) break;
        const saidRest = text.slice(rest[0]!.index, end.index + end[0].length);
        if (!/^[\p{L}\s]+$/u.test(saidRest) || rest.some((w, k) => fold(w[0]) !== phrase.after[k])) continue;
        const { head, tail } = phrase;
        const word = /^\p{Lu}/u.test(opening[0]) ? head[0]!.toUpperCase() + head.slice(1) : head;
        const after = text.slice(end.index + end[0].length).replace(/^\s+/, tail === '' ? '' : ' ');
        return withSplitSynonymsJoined(
          `${text.slice(0, opening.index)}${word}${between}${tail}${after}`,
          language,
        );
      }
    }
  }
  return text;
}
