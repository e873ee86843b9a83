import type { Analysis } from './analysis';
import type { Person } from './knowledge-base';
import { workplaceNames } from './refusals';
import { stem, terms } from './text';

/**
 * The person's role only names where they work, besides remarks in brackets ("Kommunenes Sentralforbund (KS)
 * Trøndelag (med på bildet av Samarbeidsrådet)"): the page gives no title of theirs.
 */
export function untitled(person: Person): boolean {
  const role = person.role?.nb.replace(/\([^()]*\)/gu, ' ');
  if (role === undefined) return false;
  const at = workplaceNames(person);
  return terms(role).every((t) => at.has(t));
}

/**
 * "Who represents KS Møre og Romsdal on the council?": the person's organisation (KS Trøndelag) named with another name
 * right after it than its own is another branch of it, which the page names no one from. A name of the project or
 * platform the page is about (`project`) is none: "the comms lead for the Trondheim Helseplattformen project".
 */
export function otherBranchOf(
  person: Person,
  analysis: Analysis,
  question: string,
  project: ReadonlySet<string>,
): boolean {
  const org = new Set(terms(person.organisation ?? ''));
  const at = workplaceNames(person);
  const written = analysis.words();
  return analysis.tokens.some((t, k) => {
    const next = written[k + 1] ?? '';
    if (!org.has(stem(t)) || !/^\p{Lu}/u.test(next) || analysis.intentPositions.includes(k + 1)) return false;
    // ("Trondheims Helseplattform-prosjekt", "Trondheim kommunes prosjekt": a name in the genitive says whose the
    // next is, not which branch.)
    if (t.endsWith('s') && org.has(stem(t.slice(0, -1)))) return false;
    // (One space apart: not "Trondheim's director", nor "Kristiansund, Molde".)
    return (
      question.includes(`${written[k]} ${next}`) && terms(next).some((n) => !at.has(n) && !project.has(n))
    );
  });
}
