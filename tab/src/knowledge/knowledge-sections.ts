import type { EditableKnowledgeBase } from '../../../src/knowledge/knowledge-api-types';

/** The lists of the knowledge base an editor works on. */
export type EntrySection = 'people' | 'units' | 'subprojects' | 'bodies' | 'decisions' | 'facts';

/** How a field is edited. */
export type FieldKind = 'text' | 'localized' | 'longLocalized' | 'words' | 'person' | 'people' | 'status';

/** One field of an entry's form. */
export interface FieldSpec {
  key: string;
  kind: FieldKind;
  /** Optional fields are removed from the entry when left empty. */
  optional?: boolean;
}

/** An entry of any list, as the form edits it. */
export type Entry = Record<string, unknown> & { id: string };

const words = (key: 'aliases' | 'keywords'): FieldSpec => ({ key, kind: 'words' });

/** The fields of each list, in the order the form shows them. */
export const FIELDS: Record<EntrySection, FieldSpec[]> = {
  people: [
    { key: 'id', kind: 'text' },
    { key: 'name', kind: 'text' },
    { key: 'role', kind: 'localized' },
    { key: 'unit', kind: 'text', optional: true },
    { key: 'organisation', kind: 'text', optional: true },
    { key: 'email', kind: 'text', optional: true },
    { key: 'phone', kind: 'text', optional: true },
    words('aliases'),
  ],
  units: [
    { key: 'id', kind: 'text' },
    { key: 'name', kind: 'localized' },
    { key: 'summary', kind: 'longLocalized' },
    { key: 'lead', kind: 'person', optional: true },
    words('aliases'),
  ],
  subprojects: [
    { key: 'id', kind: 'text' },
    { key: 'name', kind: 'localized' },
    { key: 'purpose', kind: 'longLocalized' },
    { key: 'lead', kind: 'person' },
    words('aliases'),
    words('keywords'),
  ],
  bodies: [
    { key: 'id', kind: 'text' },
    { key: 'name', kind: 'localized' },
    { key: 'description', kind: 'longLocalized' },
    { key: 'leader', kind: 'person', optional: true },
    { key: 'members', kind: 'people' },
    words('aliases'),
    words('keywords'),
  ],
  decisions: [
    { key: 'id', kind: 'text' },
    { key: 'title', kind: 'localized' },
    { key: 'date', kind: 'text', optional: true },
    { key: 'dateEn', kind: 'text', optional: true },
    { key: 'status', kind: 'status' },
    { key: 'decidedBy', kind: 'localized' },
    { key: 'text', kind: 'longLocalized' },
    words('aliases'),
    words('keywords'),
  ],
  facts: [
    { key: 'id', kind: 'text' },
    { key: 'title', kind: 'localized' },
    { key: 'text', kind: 'longLocalized' },
    words('aliases'),
    words('keywords'),
  ],
};

/** The sections in the order of the view's tabs. */
export const ENTRY_SECTIONS: EntrySection[] = [
  'people',
  'units',
  'subprojects',
  'bodies',
  'decisions',
  'facts',
];

/** A new, empty entry of a list (the server tells what is still missing). */
export function blankEntry(section: EntrySection, id: string): Entry {
  const loc = { nb: '' };
  switch (section) {
    case 'people':
      return { id, name: '', role: loc, aliases: [] };
    case 'units':
      return { id, name: loc, summary: loc, aliases: [] };
    case 'subprojects':
      return { id, name: loc, purpose: loc, lead: '', aliases: [], keywords: [] };
    case 'bodies':
      return { id, name: loc, description: loc, members: [], aliases: [], keywords: [] };
    case 'decisions':
      return { id, title: loc, decidedBy: loc, text: loc, status: 'planned', aliases: [], keywords: [] };
    case 'facts':
      return { id, title: loc, text: loc, aliases: [], keywords: [] };
  }
}

/** The name an entry is listed under. */
export function entryTitle(entry: Entry): string {
  const value = entry.name ?? entry.title;
  if (typeof value === 'string') return value || entry.id;
  if (value && typeof value === 'object' && 'nb' in value)
    return String((value as { nb: string }).nb) || entry.id;
  return entry.id;
}

/** The entries of a list. */
export function entriesOf(kb: EditableKnowledgeBase, section: EntrySection): Entry[] {
  return kb[section] as unknown as Entry[];
}

/** A copy of the knowledge base with one list replaced. */
export function withEntries(
  kb: EditableKnowledgeBase,
  section: EntrySection,
  entries: Entry[],
): EditableKnowledgeBase {
  return { ...kb, [section]: entries } as EditableKnowledgeBase;
}

/** An id made from a text: lower case letters, digits and hyphens, unique among `taken`. */
export function idFrom(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'ny';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Every id in use in the lists the editor changes. */
export function allIds(kb: EditableKnowledgeBase): Set<string> {
  return new Set(ENTRY_SECTIONS.flatMap((s) => entriesOf(kb, s).map((e) => e.id)));
}
