/**
 * "Kan du gi meg e-postadressene til både prosjektlederen og lederen for prosjektkontoret?", "What are the phone
 * numbers of the head of the project office and the communications lead?": one contact detail asked of several
 * people or offices at once is a question for each of them ("… e-postadressene til lederen for prosjektkontoret").
 */
import type { LanguageData } from './language-data';
import { perVocabulary } from './per-vocabulary';
import { MAX_PARTS } from './question-parts';
import { tokenize } from './text';

/**
 * The one-word names of a phone number or an e-mail address ("telefonnummeret", "e-postadressene", "numbers"), worked
 * out once per language.
 */
export const detailsOf = perVocabulary((language: LanguageData): Set<string> => {
  const one = language.intentPhrases.filter(
    (p) => (p.intent === 'phone' || p.intent === 'email') && p.words.length === 1,
  );
  return new Set([...one.map((p) => p.raw), ...language.questionShape.contactDetails]);
});

/**
 * The questions of a message that asks for a phone number or e-mail address "til"/"of" several people or offices
 * joined by "og"/"and" or commas, one for each, as written; undefined when it asks it of one. The answerer decides
 * whether each names someone the page has (not "… til representanten fra Møre og Romsdal").
 */
export function sharedDetailParts(question: string, language: LanguageData): string[] | undefined {
  const chunks = [...question.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: tokenize(m[0]).join(' '),
    comma: /,$/u.test(m[0]),
  }));
  const details = detailsOf(language);
  const shape = language.questionShape;
  const at = chunks.findIndex(
    (c, k) => details.has(c.word) && shape.qualifiers.has(chunks[k + 1]?.word ?? ''),
  );
  if (at < 0) return undefined;
  const tail = chunks.slice(at + 2);
  // ("the project leader, Ola Skorstad": a comma alone sets off one person's name; it lists only before "og"/"and".)
  const lastJoin = tail.map((c) => language.focus.joins.has(c.word)).lastIndexOf(true);
  if (lastJoin < 0) return undefined;
  const conjuncts: (typeof chunks)[] = [[]];
  for (const chunk of tail) {
    const last = conjuncts[conjuncts.length - 1]!;
    // ("Ola, Elise og Tone": the comma before "og" has opened the next already.)
    if (language.focus.joins.has(chunk.word)) {
      if (last.length > 0) conjuncts.push([]);
    } else {
      last.push(chunk);
      if (chunk.comma && tail.indexOf(chunk) < lastJoin) conjuncts.push([]);
    }
  }
  const named = conjuncts.filter((c) => c.length > 0);
  if (named.length < 2 || named.length > MAX_PARTS || named.length !== conjuncts.length) return undefined;
  const head = question.slice(0, tail[0]!.start);
  return named.map(
    (c) => `${head}${question.slice(c[0]!.start, c[c.length - 1]!.end).replace(/[?.!,]+$/u, '')}?`,
  );
}
