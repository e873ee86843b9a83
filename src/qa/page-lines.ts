import type { EntryType } from './entries';
import type { Lang } from './knowledge-base';
import type { Vocabulary } from './vocabulary';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';

/** One sentence or list item of the page, with what it says and what it is said about. */
export interface PageLine {
  /** The entry it belongs to (a person's role is said of the person). */
  id: string;
  lang: Lang;
  type: EntryType;
  /** As the page says it ("Reduserte pasienttransportkostnader", "Elise B. Vesterhus. Telefon: 952 63 567"). */
  text: string;
  /** Its own terms, and the figures it gives with their digit groups joined ("952 63 567": 95263567). */
  own: Set<string>;
  numbers: Set<string>;
  /** Every term of it, the small words too ("ikke", "om"). */
  all: Set<string>;
  /** It gives a date: a month beside a figure ("29. august") or a date in figures ("01.10.2018"). */
  dated: boolean;
  /** It tells of what is still to come: a decision not yet made, a plan in the making. */
  planned: boolean;
  /** It says what the platform brings (the benefits the municipalities can expect). */
  ofPlatform: boolean;
  /** Terms one of which the question must name for the line to answer it (whose phone number it is). */
  named?: Set<string>;
  /** Of a decision: the terms of who makes or made it ("Trondheim bystyre"), in every language. */
  doers?: Set<string>;
  /**
   * The terms of what it is said about: its entry's names, aliases and keywords and those of the entries it belongs
   * to ("Reduserte pasienttransportkostnader" is one of the municipalities' expected benefits, «Økonomi»).
   */
  about: Set<string>;
  /** Its own and its about terms together, for the parts of compounds (see sentence-checked.ts). */
  words: string[];
  known: Set<string>;
  /**
   * The own terms of the same sentence in the entry's other languages (when each language has as many sentences):
   * "Is it true that bystyret decides on 29 August whether the kommune …?" says in Norwegian words what the English
   * sentence says in English ones.
   */
  twin: Set<string>;
  /**
   * Every term of its entry's sentences and of the entries it belongs to: what a question may say to point out what
   * the line is about ("lederen av det rådet som ivaretar opsjonskommunene").
   */
  told: Set<string>;
}

const LANGS: Lang[] = ['nb', 'nn', 'en'];

/** The terms of an entry's names and aliases that name no other entry ("comms" of the communications lead). */
export function ownNames(vocab: Vocabulary, id: string): Set<string> {
  return OWN_NAMES(vocab).get(id) ?? new Set();
}

/** Per vocabulary, per entry, its own names (see ownNames). */
const OWN_NAMES = perVocabulary((vocab: Vocabulary) => {
  const count = new Map<string, number>();
  for (const names of vocab.entryNames.values()) for (const t of names) count.set(t, (count.get(t) ?? 0) + 1);
  return new Map(
    [...vocab.entryNames].map(([id, names]) => [id, new Set([...names].filter((t) => count.get(t) === 1))]),
  );
});

/** What a text of an entry says, per language: prose (split into sentences) and list items. */
interface Said {
  prose?: Partial<Record<Lang, string[]>>;
  items?: Partial<Record<Lang, string[]>>;
  /** It says what the platform brings: a claim of the platform by name need not find its name in it. */
  ofPlatform?: boolean;
  /** How a line is shown ("Arne Ingebrigtsen: Rådmann i Kristiansund kommune, …"). */
  shown?: (sentence: string) => string;
  /** Terms the line has besides its own words (the words for a phone number, of its phone line). */
  also?: string[];
  /** See PageLine.named. */
  named?: Set<string>;
  doers?: Set<string>;
  planned?: boolean;
}
/**
 * A sentence ends at . ! or ? before a capital or a figure, not after an initial ("Elise B. Vesterhus"); after a short
 * form it does ("… og i Helse Midt-Norge RHF. For RHF skal denne legges fram …").
 */
const SENTENCE_END = /(?<=(?:[^\p{Lu}\s]|\p{Lu}{2})[.!?])\s+(?=[\p{Lu}\d«])/u;
/** Figures with their digit groups ("40 000", "952 63 567"). */
export const FIGURE = /\d+(?:[ \u00a0]\d+)*/g;

/** A figure as one number, its digit groups joined and without leading zeros ("952 63 567", "01" of "01.10.2018"). */
export function figureOf(written: string): string {
  return written.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

/** A date in figures ("01.10.2018"). */
const DATE_IN_FIGURES = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

/** A month's name beside a figure ("29. august", "august 29"). */
const MONTH_IN_DATE = /(?<=\d\.?\s)\p{L}+|\p{L}+(?=\s\d)/gu;

/** The numbers of the months a text names in a date ("29. august": 8), as a date written in figures has them. */
function monthsIn(vocab: Vocabulary, text: string): string[] {
  const months = vocab.language.claims.months;
  return [...text.matchAll(MONTH_IN_DATE)].flatMap((m) => terms(m[0]).flatMap((t) => months.get(t) ?? []));
}

/** Every term of every line (see PageLine.told), once each: what a question's word is compared with. */
export const pageTerms = perVocabulary((vocab: Vocabulary): string[] => [
  ...new Set(pageLines(vocab).flatMap((l) => [...l.told])),
]);

/** Gives each line the terms of the same sentence in the other languages, when every language has as many. */
function twinLines(lines: PageLine[]): void {
  const byLang = LANGS.map((lang) => lines.filter((l) => l.lang === lang)).filter((ls) => ls.length > 0);
  if (byLang.some((ls) => ls.length !== byLang[0]!.length)) return;
  for (const ls of byLang)
    ls.forEach((line, i) => {
      for (const other of byLang) if (other !== ls) for (const t of other[i]!.own) line.twin.add(t);
    });
}

/** The lines of the same entry in other languages that say what the line says (see PageLine.twin). */
export function twinsOf(vocab: Vocabulary, line: PageLine): PageLine[] {
  if (line.twin.size === 0) return [];
  return pageLines(vocab).filter(
    (l) => l.id === line.id && l.lang !== line.lang && [...l.own].every((t) => line.twin.has(t)),
  );
}

/** Per term of the project's or the platform's names, all the names of that one (see namesProject). */
const projectNames = perVocabulary((vocab: Vocabulary) => {
  const names = new Map<string, Set<string>>();
  for (const id of vocab.entries.keys())
    if (vocab.isProject(id))
      for (const t of vocab.entryNames.get(id) ?? []) names.set(t, vocab.entryNames.get(id)!);
  return names;
});

/**
 * Whether the line names what the term names, the project or the platform, by this or another of its names: «HP» or
 * «Helseplattformen» of «… koble seg på løsningen».
 */
export function namesProject(vocab: Vocabulary, term: string, line: PageLine): boolean {
  const names = projectNames(vocab).get(term);
  return names !== undefined && [...names].some((t) => line.known.has(t));
}

/**
 * The terms of the project's and the platform's own names, those their titles call them by ("Om Helseplattformen"),
 * not their other words ("journal").
 */
export const platformNames = perVocabulary((vocab: Vocabulary) => {
  const titled = vocab.kb.facts.filter((f) => vocab.isProject(f.id));
  const named = (id: string) => vocab.entryNames.get(id) ?? new Set<string>();
  return new Set(
    titled.flatMap((f) => terms(Object.values(f.title).join(' ')).filter((t) => named(f.id).has(t))),
  );
});

/** Every sentence and list item of the knowledge base's page texts, built once per vocabulary. */
export const pageLines = perVocabulary((vocab: Vocabulary): PageLine[] => buildLines(vocab));

function buildLines(vocab: Vocabulary): PageLine[] {
  const { kb } = vocab;
  const lines: PageLine[] = [];
  const add = (id: string, names: string, said: Said) => {
    const entry = vocab.entries.get(id);
    if (!entry) return;
    const about = new Set(
      [
        ...(vocab.entryNames.get(id) ?? []),
        ...terms(names),
        ...entry.parents.flatMap((p) => [
          ...(vocab.entryNames.get(p) ?? []),
          ...terms(vocab.entries.get(p)?.keywords ?? ''),
        ]),
      ].filter((t) => !vocab.stopwords.has(t)),
    );
    const added = lines.length;
    for (const lang of LANGS) {
      const prose = said.prose?.[lang] ?? [];
      const sentences = [...prose.flatMap((t) => t.split(SENTENCE_END)), ...(said.items?.[lang] ?? [])];
      for (const sentence of sentences.map((s) => s.trim()).filter(Boolean)) {
        const text = said.shown ? said.shown(sentence) : sentence;
        const months = monthsIn(vocab, text);
        const numbers = new Set([...[...text.matchAll(FIGURE)].map((m) => figureOf(m[0])), ...months]);
        const dated = months.length > 0 || DATE_IN_FIGURES.test(text);
        // (The words of an e-mail address say nothing: «kommune.no» is no «no».)
        const prose = vocab.writeOut(text.replace(/\S+@\S+/g, ' '));
        const all = new Set([...terms(prose), ...(said.also ?? []), ...numbers]);
        const own = new Set([...all].filter((t) => !vocab.stopwords.has(t)));
        const words = [...own, ...about];
        const planned = said.planned ?? false;
        const { named, doers } = said;
        const known = new Set(words);
        lines.push({
          id,
          lang,
          type: entry.type,
          text,
          own,
          numbers,
          dated,
          all,
          planned,
          ofPlatform: said.ofPlatform ?? false,
          named,
          doers,
          about,
          words,
          known,
          twin: new Set(),
          told: new Set(),
        });
      }
    }
    twinLines(lines.slice(added));
  };
  const one = (v: { nb: string; nn?: string; en?: string } | undefined) =>
    v
      ? { nb: [v.nb], nn: v.nn === undefined ? [] : [v.nn], en: v.en === undefined ? [] : [v.en] }
      : undefined;
  const names = (v: { nb: string; nn?: string; en?: string } | undefined, keywords: string[] = []) =>
    [v?.nb, v?.nn, v?.en, ...keywords].filter(Boolean).join(' ');
  for (const f of kb.facts) add(f.id, names(f.title, f.keywords), { prose: one(f.text), items: f.items });
  for (const d of kb.decisions) {
    const doers = new Set(terms(names(d.decidedBy)));
    add(d.id, names(d.title, d.keywords), { prose: one(d.text), planned: d.status !== 'done', doers });
  }
  for (const b of kb.bodies) add(b.id, names(b.name, b.keywords), { prose: one(b.description) });
  for (const s of kb.subprojects) {
    add(s.id, names(s.name, s.keywords), { prose: one(s.purpose) });
    // ("Is follow-up one of the stated aims of the benefits strategy?": an item is what its list's title calls it.)
    if (s.list) add(s.id, `${names(s.name, s.keywords)} ${names(s.list.title)}`, { items: s.list.items });
  }
  for (const u of kb.units) add(u.id, names(u.name), { prose: one(u.summary) });
  // ("Ligger prosjektkontoret i andre etasje?": a place's lines are said of the units that are there too.)
  const there = (id: string) =>
    kb.units.filter((u) => u.location === id).map((u) => names(u.name, u.aliases));
  for (const l of kb.locations)
    add(l.id, [l.address, ...there(l.id)].join(' '), { prose: one(l.description) });
  // ("Blir det meir tid på meldingar med Helseplattformen?": the benefits the municipalities can expect are the
  // platform's.)
  for (const c of kb.gains.categories) add(c.id, names(c.name), { items: c.items, ofPlatform: true });
  const asked = (...intents: string[]) =>
    vocab.language.intentPhrases
      .filter((w) => intents.includes(w.intent) && w.words.length === 1)
      .map((w) => w.words[0]!);
  for (const p of kb.people) {
    add(p.id, p.name, { items: one(p.role), shown: (role) => `${p.name}: ${role}` });
    // "Is it true that Elise B. Vesterhus can be reached by phone on 952 63 567?": her number, as the page gives it,
    // with every word the language has for a phone number or for reaching someone.
    // Only of the person named, by name or by a name of hers no one else has ("Is the comms lead's phone number …?"):
    // "Finnes det en fellesadresse for e-post …?" is not asked of her.
    // (In every language, as the page gives it: "Can Elise Vesterhus be reached by e-mail?" is answered by her own
    // address, not by the office she heads, which can be reached by e-mail too.)
    const named = new Set([...terms(p.name), ...ownNames(vocab, p.id)]);
    const everywhere = (line: string) => ({ nb: [line], nn: [line], en: [line] });
    const phone = everywhere(`${p.name}. Telefon: ${p.phone}.`);
    if (p.phone) add(p.id, p.name, { items: phone, also: asked('phone', 'contact'), named });
    const email = everywhere(`${p.name}. Epost: ${p.email}`);
    if (p.email) add(p.id, p.name, { items: email, also: asked('email', 'contact'), named });
  }
  const byEntry = new Map<string, Set<string>>();
  for (const line of lines)
    for (const t of line.words) byEntry.set(line.id, (byEntry.get(line.id) ?? new Set()).add(t));
  for (const line of lines) {
    const parents = vocab.entries.get(line.id)?.parents ?? [];
    line.told = new Set([line.id, ...parents].flatMap((id) => [...(byEntry.get(id) ?? [])]));
  }
  return lines;
}
