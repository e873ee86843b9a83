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
  const places = listPlaces(vocab).get(top.entry.id);
  if (places === undefined) return undefined;
  const other = analysis.known.some((t) => vocab.employers.has(t) && !places.has(t));
  return other ? fallback : undefined;
}
