import type { KnowledgeBase } from './knowledge-base';
import { terms } from './text';

export type EntryType =
  | 'person'
  | 'unit'
  | 'location'
  | 'subproject'
  | 'body'
  | 'decision'
  | 'fact'
  | 'gains'
  | 'gainCategory'
  | 'subprojects'
  | 'contacts'
  | 'decisions';

/** One searchable knowledge-base entry with its text per field. */
export interface Entry {
  id: string;
  type: EntryType;
  /** Entry whose match makes this one more likely (a subproject's list, a member's council). */
  parents: string[];
  /** Answers "when": a decision or milestone (which may still lack a date), or a fact the page dates. */
  dated: boolean;
  names: string;
  aliases: string;
  org: string;
  keywords: string;
  body: string;
}

export type Field = 'names' | 'aliases' | 'org' | 'keywords' | 'body';
export const FIELDS: Field[] = ['names', 'aliases', 'org', 'keywords', 'body'];
export const STRONG_FIELDS = new Set<Field>(['names', 'aliases', 'org', 'keywords']);
/** Entry types that have a lead (or are people). */
export const LEADABLE = new Set<EntryType>([
  'person',
  'subproject',
  'unit',
  'body',
  'subprojects',
  'contacts',
]);
/** Entry types that have a date (decisions and milestones); a fact has one when the page gives it. */
const DATED = new Set<EntryType>(['decision', 'decisions']);
/** Entry types that can answer "how many": figures (facts) and lists. */
export const COUNTABLE = new Set<EntryType>([
  'fact',
  'body',
  'gains',
  'gainCategory',
  'subprojects',
  'contacts',
  'decisions',
]);
/** Entries that list a whole kind of thing rather than one thing. */
export const COLLECTIONS = new Set<EntryType>(['subprojects', 'contacts', 'decisions']);

/** Whether two entry types may be answered side by side: people, subprojects and units all answer "who". */
export function compatible(a: EntryType, b: EntryType): boolean {
  const group = (t: EntryType) => (t === 'person' || t === 'subproject' || t === 'unit' ? 'who' : t);
  return group(a) === group(b);
}

/** Which overview list an entry type is, if any. */
export function collectionOf(type: EntryType): 'subprojects' | 'decisions' | 'contacts' | undefined {
  return type === 'subprojects' || type === 'decisions' || type === 'contacts' ? type : undefined;
}

/** Localised names as one list per language. */
export function byLang(names: { nb: string; nn?: string; en?: string }[]): {
  nb: string[];
  nn: string[];
  en: string[];
} {
  return {
    nb: names.map((n) => n.nb),
    nn: names.map((n) => n.nn ?? n.nb),
    en: names.map((n) => n.en ?? n.nb),
  };
}

export const all = (v: { nb: string; nn?: string; en?: string } | undefined) =>
  v ? [v.nb, v.nn, v.en].filter(Boolean).join(' \n ') : '';
export const list = (words: string[]) => words.join(' \n ');

/** The sentences of a text that give a figure: what the figure counts (the word after it) and the sentence's words. */
export function figureSentences(text: { nb: string; nn?: string; en?: string }) {
  return [text.nb, text.nn, text.en]
    .flatMap((t) => (t ?? '').split(/(?<=[.!?])\s+/))
    .map((sentence) => ({
      counts: new Set([...sentence.matchAll(/\d[\d\s]*\s(\p{L}+)/gu)].flatMap((m) => terms(m[1]!))),
      words: new Set(terms(sentence)),
    }))
    .filter((f) => f.counts.size > 0);
}

/** Flattens the knowledge base into searchable entries. */
export function buildEntries(kb: KnowledgeBase): Entry[] {
  const entries: Entry[] = [];
  const add = (e: Partial<Entry> & Pick<Entry, 'id' | 'type'>) =>
    entries.push({
      parents: [],
      dated: DATED.has(e.type),
      names: '',
      aliases: '',
      org: '',
      keywords: '',
      body: '',
      ...e,
    });
  const memberOf = new Map<string, string[]>();
  for (const b of kb.bodies) for (const m of b.members) memberOf.set(m, [...(memberOf.get(m) ?? []), b.id]);
  for (const p of kb.people) {
    add({
      id: p.id,
      type: 'person',
      parents: memberOf.get(p.id) ?? [],
      names: p.name,
      aliases: list(p.aliases),
      org: [p.organisation?.replace(/\s+kommune$/i, ''), p.unit].filter(Boolean).join(' \n '),
      body: all(p.role),
    });
  }
  for (const u of kb.units)
    add({ id: u.id, type: 'unit', keywords: all(u.name), aliases: list(u.aliases), body: all(u.summary) });
  for (const l of kb.locations)
    add({ id: l.id, type: 'location', names: l.address, aliases: list(l.aliases), body: all(l.description) });
  for (const s of kb.subprojects) {
    add({
      id: s.id,
      type: 'subproject',
      parents: ['delprosjekter'],
      names: all(s.name),
      aliases: list(s.aliases),
      keywords: list(s.keywords),
      // "What are the aims of the benefits realisation work?": the words the section's list is counted by are words
      // of its text ("Formålet vil blant annet være å: …").
      body: [all(s.purpose), list(s.list?.counted ?? [])].filter(Boolean).join(' \n '),
    });
  }
  for (const b of kb.bodies) {
    add({
      id: b.id,
      type: 'body',
      aliases: list(b.aliases),
      keywords: [all(b.name), ...b.keywords].join(' \n '),
      body: all(b.description),
    });
  }
  for (const d of kb.decisions) {
    add({
      id: d.id,
      type: 'decision',
      parents: ['beslutninger'],
      aliases: list(d.aliases),
      keywords: [all(d.title), ...d.keywords].join(' \n '),
      body: [all(d.text), all(d.decidedBy), d.date ?? '', d.dateEn ?? ''].join(' \n '),
    });
  }
  for (const f of kb.facts) {
    add({
      id: f.id,
      type: 'fact',
      dated: f.date !== undefined,
      aliases: list(f.aliases),
      // What a list names (a service, a county) is looked up like a keyword of the list.
      // (in English only as prose, as for the benefits: English names there are descriptions, not names).
      // So are the words for what its items are for ("tjenester for barn og unge").
      keywords: [
        all(f.title),
        ...f.keywords,
        ...(f.items?.nb ?? []),
        ...(f.items?.nn ?? []),
        ...f.kinds.flatMap((k) => [...k.serves, ...k.are]),
      ].join(' \n '),
      body: [all(f.text), ...(f.items?.en ?? [])].join(' \n '),
    });
  }
  add({ id: kb.gains.id, type: 'gains', aliases: list(kb.gains.aliases), keywords: all(kb.gains.title) });
  for (const c of kb.gains.categories) {
    add({
      id: c.id,
      type: 'gainCategory',
      parents: [kb.gains.id],
      names: all(c.name),
      aliases: list(c.aliases),
      keywords: [...c.items.nb, ...(c.items.nn ?? [])].join(' \n '),
      body: (c.items.en ?? []).join(' \n '),
    });
  }
  add({ id: 'delprosjekter', type: 'subprojects', aliases: list(kb.collections.subprojects.aliases) });
  add({ id: 'kontakter', type: 'contacts', aliases: list(kb.collections.contacts.aliases) });
  add({ id: 'beslutninger', type: 'decisions', aliases: list(kb.collections.decisions.aliases) });
  return entries;
}
