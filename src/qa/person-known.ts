import type { Person } from './knowledge-base';
import { perVocabulary } from './per-vocabulary';
import { ownTerms, roleTerms, worksAtTerms } from './refusals';
import { terms } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * What a yes/no question about a person (see person-checked.ts) compares of each person of the page: their own words,
 * their titles and roles, worked out once per vocabulary (see ownPlus, titlesOf, hasTitle).
 */
export interface Known {
  /** The person's own words (name, aliases, role) and where they work. */
  plus: Set<string>;
  /** The words of the names of what the role names (see namedInRole). */
  named: Set<string>;
  /** Each title of the person (an alias) as its terms. */
  titles: string[][];
  /** Each written form of the role, as its terms joined by spaces and padded with one. */
  roles: string[];
}
/** Per vocabulary, what is known of each person of the page (see Known). */
const KNOWN = perVocabulary(
  (vocab: Vocabulary) => new Map(vocab.kb.people.map((person) => [person.id, knownOf(vocab, person)])),
);

/** What is known of the person (see Known). */
export function known(vocab: Vocabulary, person: Person): Known {
  return KNOWN(vocab).get(person.id) ?? knownOf(vocab, person);
}

function knownOf(vocab: Vocabulary, person: Person): Known {
  const name = new Set(terms(person.name));
  const own = ownTerms(vocab, person);
  const named = new Set(namedInRole(vocab, own));
  return {
    plus: new Set([...own, ...worksAtTerms(person)]),
    named,
    titles: person.aliases.map((a) => terms(a)).filter((a) => a.length > 0 && !a.every((t) => name.has(t))),
    roles: Object.values(person.role ?? {}).map((role) => ` ${terms(role).join(' ')} `),
  };
}

/**
 * "Er Helge Garåsen med på bildet av samarbeidsrådet for opsjonskommuner?": a body the person's role names by a word
 * only it is called by («med på bildet av Samarbeidsrådet») is named by every other word of its name too.
 */
function namedInRole(vocab: Vocabulary, own: Set<string>): string[] {
  const called = new Map<string, string[]>();
  for (const [id, names] of vocab.entryNames)
    if (vocab.entries.get(id)?.type === 'body')
      for (const t of names) called.set(t, [...(called.get(t) ?? []), id]);
  const { generalStopwords } = vocab.language;
  const named = [...own].flatMap((t) => {
    const ids = called.get(t) ?? [];
    return ids.length === 1 && t.length >= 4 && !generalStopwords.has(t) ? ids : [];
  });
  // (In every language it is named in: "the photo of the option municipalities".)
  return named.flatMap((id) => [
    ...(vocab.entryNames.get(id) ?? []),
    ...Object.values(vocab.kb.bodies.find((b) => b.id === id)?.name ?? {})
      .flatMap((n) => terms(n))
      .filter((t) => !generalStopwords.has(t)),
  ]);
}

/** The person's own words (name, aliases, role) and where they work. */
export function ownPlus(vocab: Vocabulary, person: Person): Set<string> {
  return known(vocab, person).plus;
}

/** Each title of the person (an alias) as its terms. */
export function titlesOf(vocab: Vocabulary, person: Person): string[][] {
  return known(vocab, person).titles;
}

/**
 * The person has the title: as a title of their own, or written out in their role ("Prosjektleder SSIKT"): the words
 * one after another, not scattered ("Communications lead of … project" is no "project lead"). A title is written out
 * in any of its synonyms, the other titles of one who has it ("Is Evelyn Haram Larsen a project manager for SSIKT?":
 * «project manager» is one of the project lead's titles, and her role says «Project lead SSIKT»).
 */
export function hasTitle(vocab: Vocabulary, person: Person, title: string[]): boolean {
  const written = title.join(' ');
  if (titlesOf(vocab, person).some((own) => own.join(' ') === written)) return true;
  const { roles } = known(vocab, person);
  return (TITLE_SYNONYMS(vocab).get(written) ?? [written]).some((synonym) =>
    roles.some((role) => role.includes(` ${synonym} `)),
  );
}

/** Per title of someone (its terms joined by spaces), the titles of everyone who has it: its synonyms, itself among them. */
export const TITLE_SYNONYMS = perVocabulary((vocab: Vocabulary) => {
  const synonyms = new Map<string, string[]>();
  for (const p of vocab.kb.people) {
    const titles = titlesOf(vocab, p).map((title) => title.join(' '));
    for (const title of titles)
      synonyms.set(title, [...new Set([...(synonyms.get(title) ?? []), ...titles])]);
  }
  return synonyms;
});

/** Per word of a role on the page, who has it in their role: worked out once per knowledge base. */
export const ROLE_HOLDERS = perVocabulary((vocab: Vocabulary) => {
  const holders = new Map<string, Set<string>>();
  for (const p of vocab.kb.people)
    for (const t of roleTerms(p)) holders.set(t, (holders.get(t) ?? new Set<string>()).add(p.id));
  return holders;
});
