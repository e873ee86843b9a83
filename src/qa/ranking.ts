import type { Intent } from './language-data';
import { type Entry, type Field, STRONG_FIELDS } from './entries';
import { plausibleTypo } from './spelling';
import type { Vocabulary } from './vocabulary';

const FIELD_WEIGHT: Record<Field, number> = { names: 3, aliases: 3.2, org: 2, keywords: 1.5, body: 0.6 };
const FUZZY_FACTOR = 0.7;
/** A child entry (a council member, a subproject) gains this share of its parent's score when both match. */
const PARENT_BONUS = 0.6;
/** The weight left to an organisation match when the question asks for no person. */
const ORG_WITHOUT_PERSON = 0.5;

export interface Candidate {
  entry: Entry;
  score: number;
  strong: boolean;
  /** Question terms that matched this entry. */
  terms: Set<string>;
  /** Question terms that matched this entry's names, aliases, organisation or keywords. */
  strongTerms: Set<string>;
  /** True when a name or alias matched: the question names this entry. */
  named: boolean;
  /** Question terms that matched this entry's names or aliases. */
  nameTerms: Set<string>;
  /** Question terms that matched this entry's own name (a person's, a subproject's), not a common word for it. */
  properTerms: Set<string>;
}

/** Scores entries by the question's terms: field weight, how specific the term is, exact or fuzzy. */
export function rank(
  vocab: Vocabulary,
  known: string[],
  intents: Set<Intent>,
  present: Set<string>,
): Candidate[] {
  const byId = new Map<string, Candidate>();
  const asksPerson = (['who', 'lead', 'contact', 'phone', 'email', 'list'] as Intent[]).some((i) =>
    intents.has(i),
  );
  for (const term of new Set(known)) {
    const results = vocab.search(term);
    const strongCount = results.filter((r) =>
      Object.values(r.match).some((fs) => fs.some((f) => STRONG_FIELDS.has(f as Field))),
    ).length;
    const specificity = 1 / (1 + Math.log(Math.max(1, strongCount || results.length)));
    for (const r of results) {
      const entry = vocab.entries.get(String(r.id));
      if (!entry) continue;
      let best = 0;
      let strong = false;
      let named = false;
      let proper = false;
      for (const [docTerm, fields] of Object.entries(r.match)) {
        if (!plausibleTypo(docTerm, term)) continue;
        // A word the knowledge base itself uses ("omgang") is less likely a misspelling of another ("omfang").
        const factor = docTerm === term ? 1 : vocab.vocabulary.has(term) ? FUZZY_FACTOR / 2 : FUZZY_FACTOR;
        for (const matched of fields as Field[]) {
          // One word of an alias of several ("helse" of "helse og velferd") names nothing: it counts as prose.
          const f =
            matched === 'aliases' && partialAlias(vocab, entry.id, docTerm, present) ? 'body' : matched;
          // A person's organisation ("Har Molde kommune opsjonsavtale?") points at the person only when a person
          // is asked for, or when it is all the question says ("Verdal").
          const orgOnly = f === 'org' && !asksPerson && known.length > 1 ? ORG_WITHOUT_PERSON : 1;
          best = Math.max(best, FIELD_WEIGHT[f] * factor * orgOnly);
          if (STRONG_FIELDS.has(f)) strong = true;
          if (f === 'names' || f === 'aliases') named = true;
          if (f === 'names') proper = true;
        }
      }
      const c = byId.get(entry.id) ?? {
        entry,
        score: 0,
        strong: false,
        named: false,
        terms: new Set<string>(),
        strongTerms: new Set<string>(),
        nameTerms: new Set<string>(),
        properTerms: new Set<string>(),
      };
      c.score += best * specificity;
      c.strong ||= strong;
      c.named ||= named;
      c.terms.add(term);
      if (strong) c.strongTerms.add(term);
      if (named) c.nameTerms.add(term);
      if (proper) c.properTerms.add(term);
      byId.set(entry.id, c);
    }
  }
  const base = new Map([...byId].map(([id, c]) => [id, c]));
  for (const c of byId.values()) {
    for (const parentId of c.entry.parents) {
      const parent = base.get(parentId);
      const ownStrong = parent ? [...c.strongTerms].some((t) => !parent.terms.has(t)) : false;
      if (parent && ownStrong) c.score += PARENT_BONUS * parent.score;
    }
    c.score *= intentFit(c.entry, intents);
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}

/** Favours entries that can answer what is asked: a person for "who leads", a decision for "when". */
function intentFit({ type, dated }: Entry, intents: Set<Intent>): number {
  const hasPeople = type === 'person' || type === 'subproject' || type === 'unit' || type === 'body';
  if ((intents.has('lead') || intents.has('who')) && hasPeople) return 1.2;
  if (intents.has('when') && dated) return 1.2;
  if (intents.has('count') && type === 'fact') return 1.2;
  if (
    intents.has('list') &&
    (type === 'subprojects' || type === 'contacts' || type === 'decisions' || type === 'body')
  )
    return 1.3;
  if (intents.has('where') && (type === 'location' || type === 'unit')) return 1.2;
  if ((intents.has('phone') || intents.has('email')) && (type === 'person' || type === 'unit')) return 1.2;
  return 1;
}

/** True when the word is in the entry's aliases only as part of aliases of several words, none of them whole. */
function partialAlias(vocab: Vocabulary, id: string, word: string, present: Set<string>): boolean {
  const aliases = vocab.aliasPhrases.get(id);
  if (!aliases || aliases.singles.has(word)) return false;
  const holding = aliases.phrases.filter((p) => p.includes(word));
  return holding.length > 0 && holding.every((p) => p.some((w) => w !== word && !present.has(w)));
}

/** How many different things the recognised words point at (words for the same entry count once). */
export function conceptCount(known: string[], candidates: Candidate[]): number {
  const owners = new Set<string>();
  for (const term of new Set(known)) {
    const owner = candidates.find((c) => c.terms.has(term));
    if (owner) owners.add(owner.entry.id);
  }
  return owners.size;
}
