import type { Direct } from './answer';
import { type Entry, byLang, collectionOf } from './entries';
import { type Body, type Lang, type Person, pick } from './knowledge-base';
import { perVocabulary } from './per-vocabulary';
import type { Candidate } from './ranking';
import { maxTypos, plausibleTypo } from './spelling';
import { editDistance, hasPhrase, terms } from './text';
import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/** The items of the entry's list in every language, in the same order, or undefined when it has none. */
export function listOf(
  vocab: Vocabulary,
  entry: Entry,
): { nb: string[]; nn?: string[]; en?: string[] } | undefined {
  const kb = vocab.kb;
  switch (entry.type) {
    case 'fact':
      return vocab.facts.get(entry.id)?.items;
    case 'body': {
      const b = vocab.bodies.get(entry.id)!;
      if (b.members.length === 0) return undefined;
      const names = b.members
        .map((m) => vocab.people.get(m)!)
        .map((p) => `${p.name} (${p.organisation ?? ''})`);
      return { nb: names };
    }
    case 'subproject':
      return vocab.subprojects.get(entry.id)?.list?.items;
    case 'subprojects':
      return byLang(kb.subprojects.map((s) => s.name));
    case 'decisions':
      return byLang(kb.decisions.map((d) => d.title));
    case 'gains':
      return byLang(kb.gains.categories.map((c) => c.name));
    case 'gainCategory':
      return kb.gains.categories.find((c) => c.id === entry.id)?.items;
    case 'contacts':
      return { nb: keyContacts(vocab).map((p) => p.name) };
    default:
      return undefined;
  }
}

/** The body an entry is, when the page lists its members ("Hvem fra Trondheim sitter i samarbeidsrådet?"). */
export function bodyWithMembers(vocab: Vocabulary, entry: Entry): Body | undefined {
  const body = entry.type === 'body' ? vocab.bodies.get(entry.id) : undefined;
  return body && body.members.length > 0 ? body : undefined;
}

/** The entry's name as the heading of its list. */
export function listName(vocab: Vocabulary, entry: Entry, lang: Lang): string {
  const kb = vocab.kb;
  switch (entry.type) {
    case 'fact':
      return pick(vocab.facts.get(entry.id)!.title, lang);
    case 'body':
      return pick(vocab.bodies.get(entry.id)!.name, lang);
    case 'subproject': {
      const sp = vocab.subprojects.get(entry.id)!;
      return pick(sp.list?.title ?? sp.name, lang);
    }
    case 'gains':
      return pick(kb.gains.title, lang);
    case 'gainCategory':
      return `${pick(kb.gains.title, lang)}: ${pick(kb.gains.categories.find((c) => c.id === entry.id)!.name, lang)}`;
    default:
      return entry.aliases.split(' \n ')[0] ?? entry.id;
  }
}

/**
 * How many the entry's list holds (or the groups its items are in, counted by their word), or that the page gives no
 * total; undefined when it has no list. The benefits are listed under their categories: counted by a word for the
 * categories (`groupsAsked`), the categories are the number, otherwise every benefit under them.
 */
export function countOf(
  vocab: Vocabulary,
  entry: Entry,
  lang: Lang,
  noun?: string,
  groupsAsked = false,
): Direct | undefined {
  const list = listOf(vocab, entry);
  if (!list) return undefined;
  const subject = listName(vocab, entry, lang);
  // "Kor mange kommunale gevinstar er nemnde til saman?": ten benefits, three of quality, three of efficiency and four
  // of economy.
  if (entry.type === 'gains' && !groupsAsked) {
    const categories = vocab.kb.gains.categories;
    const each = categories.map((c) => `${pick(c.name, lang)}: ${c.items.nb.length}`);
    return {
      type: 'count',
      count: categories.reduce((n, c) => n + c.items.nb.length, 0),
      subject: `${subject} – ${each.join(', ')}`,
    };
  }
  const fact = entry.type === 'fact' ? vocab.facts.get(entry.id) : undefined;
  // "Fra hvor mange fylker kommer kommunene?": the page gives no number of municipalities, but names their counties.
  const groups = fact?.groups;
  if (groups && noun !== undefined && groups.words.some((w) => terms(w).includes(noun)))
    return {
      type: 'count',
      count: groups.names.length,
      subject: `${pick(groups.title, lang)}: ${groups.names.join(', ')}`,
    };
  if (fact?.total === 'not-given') return { type: 'countNotGiven', subject };
  return {
    type: 'count',
    count: list.nb.length,
    subject,
    collection: collectionOf(entry.type),
    ...(entry.type === 'body' ? { counted: 'members' as const } : {}),
    ...(entry.type === 'subprojects' ? { counted: 'subprojects' as const } : {}),
  };
}

/**
 * "Hvor mange kategorier er gevinstene delt inn i?", "Into how many groups are the benefits sorted?", "Kor mange
 * gevinstområde …", "How many benefit areas …": a count of the groups a list is divided into, said by a word for them
 * before the words that name the list (or as the last part of that word, or right after it in English), or by a word
 * for dividing it. A word for them after («… alle
 * kategoriane medrekna») says what the count takes in, not what is counted.
 */
export function groupsCounted(vocab: Vocabulary, analysis: Analysis, c: Candidate): boolean {
  const shape = vocab.language.questionShape;
  const { tokens } = analysis;
  if (hasPhrase(tokens, shape.listDivided)) return true;
  const named = Math.min(...[...c.strongTerms].map((t) => analysis.positions.get(t) ?? Infinity));
  if (!Number.isFinite(named)) return false;
  const group = (token: string) =>
    shape.listGroups.has(token) ||
    [...shape.listGroups].some((w) => token.length > w.length + 2 && token.endsWith(w));
  // (English puts the word for them right after: "How many benefit areas are there?")
  return tokens.slice(0, named + 1).some(group) || (analysis.lang === 'en' && group(tokens[named + 1] ?? ''));
}

/**
 * True when the noun asked for names the candidate or what its list is made of: the members of a council are
 * from municipalities ("Hvilke kommuner er representert i samarbeidsrådet?"). So it does when it names the list the
 * candidate is one of ("Which benefit category is 'fewer unnecessary admissions' listed under?": Economy).
 */
export function holds(vocab: Vocabulary, c: Candidate, noun: string): boolean {
  const ofList = c.entry.parents.some((p) => vocab.entryNames.get(p)?.has(noun));
  return c.strongTerms.has(noun) || listHolds(vocab, c.entry, noun) || ofList;
}

/** Per vocabulary: the words of the items of every list (see anyListHolds). */
const allListTerms = perVocabulary((vocab: Vocabulary): Set<string> => {
  const words = new Set<string>();
  for (const entry of vocab.entries.values()) {
    listHolds(vocab, entry, '');
    for (const w of vocab.listTerms.get(entry.id) ?? []) words.add(w);
  }
  return words;
});

/**
 * True when an item of any entry's list has the word ("helsetjenesten i fengselet": see unfolded-compounds.ts). The
 * words of all lists are gathered once per vocabulary, not scanned entry by entry for each question.
 */
export function anyListHolds(vocab: Vocabulary, word: string): boolean {
  return allListTerms(vocab).has(word);
}

/** True when an item of the entry's list has the word. */
export function listHolds(vocab: Vocabulary, entry: Entry, word: string): boolean {
  let words = vocab.listTerms.get(entry.id);
  if (!words) {
    const list = listOf(vocab, entry);
    words = new Set(list ? [list.nb, list.nn ?? [], list.en ?? []].flat().flatMap((x) => terms(x)) : []);
    vocab.listTerms.set(entry.id, words);
  }
  return words.has(word);
}

/** The terms of each item of a list, in every language it is written in. */
export function itemTermSets(
  vocab: Vocabulary,
  list: { nb: string[]; nn?: string[]; en?: string[] },
): Set<string>[] {
  return list.nb.map(
    (_, i) =>
      new Set([list.nb[i], list.nn?.[i], list.en?.[i]].flatMap((x) => (x ? terms(vocab.writeOut(x)) : []))),
  );
}

/**
 * The one item of the entry's list that a word of the question names ("legevakt", "Bindal"), in the answer's
 * language; undefined when no word names exactly one item (a word every item has, such as "kommune", names none).
 */
export function itemNamed(
  vocab: Vocabulary,
  entry: Entry,
  known: string[],
  lang: Lang,
): [string, number, string] | undefined {
  const list = listOf(vocab, entry);
  if (!list) return undefined;
  const itemTerms = itemTermSets(vocab, list);
  for (const t of new Set(known)) {
    // A word many entries are called by ("Trondheim") is context, not the thing asked about.
    if (vocab.strongEntries(t) > 2) continue;
    // A word the knowledge base does not have may be a near spelling of an item ("skolehelsetenesta").
    const max = vocab.vocabulary.has(t) ? 0 : maxTypos(vocab, t);
    const names = (set: Set<string>) =>
      set.has(t) || (max > 0 && [...set].some((x) => plausibleTypo(x, t) && editDistance(x, t, max) <= max));
    const hits = itemTerms.flatMap((set, i) => (names(set) ? [i] : []));
    const i = hits[0]!;
    if (hits.length === 1) return [(list[lang] ?? list.nb)[i] ?? list.nb[i]!, i, t];
  }
  return undefined;
}

/** The people of the local project: its lead, the office, communications and the subproject leads. */
export function keyContacts(vocab: Vocabulary): Person[] {
  const ids = [
    ...vocab.kb.units.map((u) => u.lead),
    ...vocab.kb.people.filter((p) => p.email || p.phone).map((p) => p.id),
    ...vocab.kb.subprojects.map((s) => s.lead),
  ].filter((id): id is string => Boolean(id));
  return [...new Set(ids)].map((id) => vocab.people.get(id)!).filter(Boolean);
}
