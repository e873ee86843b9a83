import type { Person } from './knowledge-base';
import { perVocabulary } from './per-vocabulary';
import { roleTerms, worksAtTerms } from './refusals';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Er lederen for prosjektkontoret fra Rådmannens fagstab?", "Er Elise B. Vesterhus fra IT-tjenesten?": a unit asked
 * of someone the page gives no unit of, in the organisation that unit is in, is one the page says neither yes nor no
 * to. (Arne Ingebrigtsen, rådmann in Kristiansund, is from no unit of Trondheim kommune's: that is a no.)
 */
export function unitNotGiven(vocab: Vocabulary, person: Person, said: string[]): boolean {
  if (person.unit !== undefined) return false;
  const own = new Set([...worksAtTerms(person), ...roleTerms(person)]);
  return said.some(
    (t) =>
      !own.has(t) &&
      (unitsOf(vocab)
        .get(t)
        ?.has(person.organisation ?? '') ??
        false),
  );
}

/** Per word of a unit people on the page work in ("IT-tjenesten", "Rådmannens fagstab"), the organisations it is in. */
const unitsOf = perVocabulary((vocab: Vocabulary) => {
  const units = new Map<string, Set<string>>();
  for (const p of vocab.people.values())
    for (const t of terms(p.unit ?? '')) units.set(t, (units.get(t) ?? new Set()).add(p.organisation ?? ''));
  return units;
});
