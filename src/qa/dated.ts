import type { Candidate } from './ranking';

/**
 * Whether a candidate answers "when": a decision or milestone does (its date, or that the page gives none). A fact
 * the page dates does when the question names it and nothing else: "Når ble gruppebildet av opsjonskommunene tatt?",
 * "What date is on the group photo?" ask the photo's date; "When was the project office photo taken?" and "Når ble
 * bildet av Bispegata tatt?" name another thing, whose date the page does not give, and "Når ble samarbeidsrådet
 * etablert?" asks about the council, which is only a word of the photo's entry.
 */
export function answersWhen(c: Candidate, candidates: Candidate[]): boolean {
  if (!c.entry.dated) return false;
  if (c.entry.type !== 'fact') return true;
  const namesOther = (o: Candidate) => o !== c && o.named && [...o.nameTerms].some((t) => !c.terms.has(t));
  return c.named && !candidates.some(namesOther);
}
