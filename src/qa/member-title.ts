import type { Answer } from './answer';
import type { Analysis } from './analysis';
import { type Decision, PROMOTE_RATIO } from './decision';
import type { Entry } from './entries';
import { bodyWithMembers, itemNamed } from './lists';
import { perVocabulary } from './per-vocabulary';
import { roleAnswer } from './person-checked';
import { ownTerms } from './refusals';
import { terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** See memberOfOtherTitle: of the best match or a close runner-up whose list of members the question names an item of. */
export function answerMemberOfOtherTitle(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  if (!analysis.yesNo) return undefined;
  for (const c of candidates) {
    if (c.score < PROMOTE_RATIO * top.score) break;
    const named = bodyWithMembers(vocab, c.entry) && itemNamed(vocab, c.entry, analysis.known, analysis.lang);
    if (named) return memberOfOtherTitle(vocab, analysis, c.entry, named, fallback);
  }
  return undefined;
}

/**
 * "Er det rådmannen i Verdal som sit i samarbeidsrådet?": a yes/no question that names a member of a body by where
 * they are from («Ragnhild Holmberg Aunsmo (Verdal kommune)») and gives them a title only other people on the page
 * have («rådmann»; she is kommuneoverlege) says no, with her role as the page gives it. Undefined when the item named
 * is no member, or every title the question gives is hers.
 */
function memberOfOtherTitle(
  vocab: Vocabulary,
  analysis: Analysis,
  entry: Entry,
  named: [string, number, string],
  fallback: Answer,
): Answer | undefined {
  const id = bodyWithMembers(vocab, entry)?.members[named[1]];
  const person = id === undefined ? undefined : vocab.people.get(id);
  if (!person?.role) return undefined;
  const own = ownTerms(vocab, person);
  // (A title as a title, not the genitive in the name of a unit: «Rådmannens fagstab».)
  const holders = (t: string) => [...(TITLE_HOLDERS(vocab).get(t) ?? [])];
  const title = (t: string, k: number) =>
    !/s$/u.test(analysis.tokens[analysis.knownPositions[k] ?? -1] ?? 's') &&
    holders(t).some((holder) => holder !== person.id) &&
    !own.has(t);
  const titles = analysis.known.filter(title);
  if (titles.length === 0) return undefined;
  // A title only one person has names that person: asked of first ("Er kommuneoverlegen i samarbeidsrådet frå
  // Steinkjer?"), it is that person whose place is checked (see person-checked.ts); asked of after the place ("Er det
  // korrekt at Steinkjer kommune representeres i Samarbeidsrådet ved kommuneoverlegen?"), that person is shown too.
  const at = (t: string) => analysis.positions.get(t) ?? -1;
  const only = titles.map((t) => holders(t)).find((h) => h.length === 1)?.[0];
  if (only !== undefined && titles.some((t) => at(t) < at(named[2]))) return undefined;
  const holder = only === undefined ? undefined : vocab.people.get(only);
  return roleAnswer(fallback, analysis.lang, person, person.role, false, holder);
}

/** Words that end the title at the start of a role ("Rådmann i Malvik kommune", "Chief … of …", "Leder SiO, …"). */
const TITLE_END = new Set(['i', 'in', 'of', 'for', 'av', 'pa', 'at']);

/**
 * Per word of the title a role opens with (up to «i», "of" or a comma: «Rådmann», «Kommuneoverlege», "Chief municipal
 * executive (rådmann)"), who has it; not the words after it («med på bildet av Samarbeidsrådet» is no title).
 */
const TITLE_HOLDERS = perVocabulary((vocab: Vocabulary) => {
  const holders = new Map<string, Set<string>>();
  for (const p of vocab.kb.people)
    for (const role of Object.values(p.role ?? {})) {
      const head = role.split(',')[0] ?? '';
      const words = tokenize(head);
      const end = words.findIndex((t) => TITLE_END.has(t));
      for (const t of terms((end < 0 ? words : words.slice(0, end)).join(' ')))
        holders.set(t, (holders.get(t) ?? new Set<string>()).add(p.id));
    }
  return holders;
});
