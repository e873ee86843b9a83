import type { Answer } from './answer';
import { bodyWithMembers } from './lists';
import type { Decision } from './decision';
import { namedPerson, roleAnswer, titledPerson } from './person-checked';
import { roleTerms } from './refusals';
import { terms } from './text';

/**
 * "Er Helge Garåsen medlem av samarbeidsrådet?", "Sitter Helge Garåsen i samarbeidsrådet?", "Is Ole Gunnar Kjøsnes a member
 * of the cooperation council?": whether one person the question names is a member of a body the page lists the members
 * of. Yes or no, with the person's role as the page gives it (both are in the council's photo, not among its members).
 * A body without a list, more than one person named, or another word said of them, is left to the stages after.
 */
export function answerMemberChecked(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = d;
  if (!analysis.yesNo) return undefined;
  // ("Is Helge Garåsen pictured with the council?": being in its photo is no membership; see person-checked.ts.)
  const { photos } = vocab.language.questionShape;
  if (analysis.tokens.some((token) => [...photos].some((p) => token.endsWith(p)))) return undefined;
  const bodies = candidates.filter((c) => c.entry.type === 'body' && c.named);
  const body = bodies.length === 1 ? bodyWithMembers(vocab, bodies[0]!.entry) : undefined;
  if (!body) return undefined;
  const byName = namedPerson(d);
  const person = byName ?? titledPerson(d);
  const titled = byName === undefined;
  if (!person?.role) return undefined;
  // Besides the person's name, only the body's name ("Sitter Helge Garåsen i samarbeidsrådet?"; a word for membership
  // is no word of the page); a role asked of them too is for person-checked.ts.
  // (Or by a title only they have: "Er KS med i samarbeidsrådet?" names Ole Gunnar Kjøsnes by his organisation's.)
  const name = new Set(
    [person.name, ...person.aliases, ...(titled ? [person.organisation ?? ''] : [])].flatMap((n) => terms(n)),
  );
  // ("Kommunaldirektør Helge Garåsen er medlem av samarbeidsrådet?": a title of their own before the name says who is
  // meant.)
  const at = (t: string) => analysis.positions.get(t) ?? -1;
  const named = Math.min(...[...name].map((t) => (at(t) < 0 ? Infinity : at(t))));
  const own = roleTerms(person);
  const rest = analysis.known.filter((t) => !name.has(t) && !(own.has(t) && at(t) < named));
  if (rest.length === 0 || !rest.every((t) => bodies[0]!.nameTerms.has(t))) return undefined;
  return roleAnswer(fallback, analysis.lang, person, person.role, body.members.includes(person.id));
}
