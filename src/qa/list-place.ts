import type { Answer } from './answer';
import type { Decision } from './decision';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/** Per vocabulary: for each fact with a list whose title names a place ("Tjenester i Trondheim kommune …"), that place. */
const listPlaces = perVocabulary(
  (vocab: Vocabulary) =>
    new Map(
      vocab.kb.facts
        .filter((f) => f.items !== undefined)
        .map((f) => [
          f.id,
          new Set(terms(Object.values(f.title).join(' ')).filter((t) => vocab.employers.has(t))),
        ])
        .filter(([, places]) => (places as Set<string>).size > 0) as [string, Set<string>][],
    ),
);

/**
 * "Hvilke tjenester er med i Molde?", "Er legevakten i Molde med?": a list of one place's things (the services in
 * Trondheim kommune) says nothing of another place the question names (Molde, whose services the page does not list);
 * neither the list nor a «Ja» from it answers that.
 */
export function refuseListOfOtherPlace(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  return namesOtherPlace(vocab, top.entry.id, analysis.known) ? fallback : undefined;
}

/** True when the terms name a place other than the one whose things the entry lists (see refuseListOfOtherPlace). */
export function namesOtherPlace(vocab: Vocabulary, entryId: string, known: string[]): boolean {
  const places = listPlaces(vocab).get(entryId);
  return places !== undefined && known.some((t) => vocab.employers.has(t) && !places.has(t));
}
