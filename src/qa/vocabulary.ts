import { LRUCache } from 'lru-cache';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Intent, LanguageData } from './language-data';
import type {
  Body,
  Decision,
  Fact,
  KnowledgeBase,
  Location,
  Person,
  Subproject,
  Unit,
} from './knowledge-base';
import { expandCoordinated, stem, stripEnding, terms, tokenize } from './text';
import { nameCasings } from './recasing';
import { type Entry, FIELDS, type Field, STRONG_FIELDS, all, buildEntries, figureSentences } from './entries';
import { listOf } from './lists';
import { maxTypos } from './spelling';

/** Cached answers and search steps are worked out again after this long, whatever the traffic. */
export const CACHE_TTL_MS = 30 * 60 * 1000;

/**
 * The knowledge base's words, built once from it and the language data: the search index, what every entry can be
 * called, the stop words, and what typo correction compares against. Shared by every step of answering a question.
 */
export class Vocabulary {
  readonly entries = new Map<string, Entry>();
  private readonly index: MiniSearch<Entry>;
  readonly vocabulary = new Set<string>();
  /** Every word of the knowledge base as written (folded, not stemmed). */
  readonly writtenWords = new Set<string>();
  /** The same words, sorted: which words a word cut short may be the start of. */
  readonly sortedWords: string[];
  /** The knowledge base's words as written (folded), by stem: which words a question word's stem may be. */
  readonly writtenByStem = new Map<string, Set<string>>();
  /**
   * A part of a hyphenated name ("Midt-Norge") the knowledge base never uses alone, with the other part it stands
   * beside: "Norge" by itself ("Hvor mange fylker har Norge?", "Helsenorge") is not Midt-Norge.
   */
  readonly boundParts = new Map<string, Set<string>>();
  /** Words of names, aliases and keywords as written (folded), with their stems and bases: for typo correction. */
  readonly strongWords = new Map<string, { stem: string; base: string }>();
  // Search steps are pure functions of the knowledge base too, kept for reuse like the answers (see
  // QuestionAnswerer), and bounded the same way.
  readonly searches = new LRUCache<string, SearchResult[]>({
    max: 5000,
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (results, key) => 2 * key.length + 64 * (results.length + 1),
    ttl: CACHE_TTL_MS,
  });
  /** Words of the organisations people work for ("Trondheim", "Molde", "KS Trøndelag"), "kommune" left out. */
  readonly employers = new Set<string>();
  /** Words of the places and organisations people work at and that decide ("Molde", "Helse Midt-Norge RHF"). */
  readonly orgWords = new Set<string>();
  /** The terms of the words for a kind of place ("kommune", "fylke", "county"): they say where, not what. */
  readonly placeKindTerms: Set<string>;
  /** The terms of every entry's own names and aliases: what the knowledge base has under a name of its own. */
  readonly namedTerms = new Set<string>();
  /** Per entry: the terms of its own names and aliases. */
  readonly entryNames = new Map<string, Set<string>>();
  /** The terms of the names and aliases of the project as a whole (`projectOffice.contactFor`): "prosjektet". */
  readonly projectTerms = new Set<string>();
  /** The sentences of each entry's text, with their terms. */
  readonly sentences = new Map<string, { text: string; terms: Set<string> }[]>();
  /** In how many entries' texts each term stands. */
  readonly termSpread = new Map<string, number>();
  /** The terms of the names and aliases of the units (the local project, the project office). */
  readonly unitTerms = new Set<string>();
  /**
   * Per fact with figures: each sentence that gives one, as what the figure counts (the word right after it, in every
   * language the fact is written in) and the sentence's words ("720 000 innbyggere" in a sentence about Midt-Norge).
   */
  readonly figures = new Map<string, { counts: Set<string>; words: Set<string> }[]>();
  /** Per person: the words of their own name, aliases and role (see ownTerms). */
  readonly personTerms = new Map<string, Set<string>>();
  /** How many typing errors a word may carry (see maxTypos), bounded like the other caches. */
  readonly typoBudget = new LRUCache<string, number>({ max: 5000 });
  /** Words found to be (or not to be) misspelt filler, bounded like the other caches. */
  readonly fillerTypos = new LRUCache<string, boolean>({ max: 5000 });
  /** The count phrases of several words ("hvor mange", "how many"): what a counted noun follows. */
  readonly countPhrases: LanguageData['intentPhrases'];
  /** How many entries are called by a term (see strongEntries), bounded like the other caches. */
  readonly strongCounts = new LRUCache<string, number>({ max: 5000 });
  readonly typos = new LRUCache<string, { correction?: { term: string; intent?: Intent } }>({
    max: 5000,
    maxSize: 2 * 1024 * 1024,
    sizeCalculation: (_, key) => 2 * key.length + 64,
    ttl: CACHE_TTL_MS,
  });
  /** Single-word question words as written (folded), five letters or more: for typo correction. */
  readonly intentWords = new Map<string, Intent>();
  /** Words of names (folded), for genitives such as "Olas". */
  readonly nameWords = new Set<string>();
  /** The stems of people's names: another form of one in lower case ("helgen", the weekend) is not the name. */
  readonly personNameStems = new Set<string>();
  /** Words that carry no topic: the curated list plus general stop words that are not knowledge-base names. */
  readonly stopwords: Set<string>;
  /** The knowledge base's people, units, places, subprojects, bodies, decisions and facts, each by id. */
  readonly people: Map<string, Person>;
  readonly units: Map<string, Unit>;
  readonly locations: Map<string, Location>;
  readonly subprojects: Map<string, Subproject>;
  readonly bodies: Map<string, Body>;
  readonly decisions: Map<string, Decision>;
  readonly facts: Map<string, Fact>;
  /** Per entry: its aliases of several words (stems, filler left out), and its one-word aliases. */
  readonly aliasPhrases = new Map<string, { phrases: string[][]; singles: Set<string> }>();
  /** Stems of every name, alias, organisation and keyword: what an entry can be called. */
  readonly strongVocabulary = new Set<string>();
  /** Per entry: the words of its list's items (see holds). */
  readonly listTerms = new Map<string, Set<string>>();
  /** The curated filler words of five letters or more, as written (folded): for misspelt filler. */
  readonly fillerWords: string[];
  /** An item of a list named without the list's own word ("fysioterapi" for "fysioterapitjenester"): its term. */
  readonly itemShortNames = new Map<string, string>();
  /** The knowledge base's names as it writes them, by the word in lower case (see recasing.ts). */
  readonly nameCasing: Map<string, string>;

  constructor(
    readonly kb: KnowledgeBase,
    readonly language: LanguageData,
  ) {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    this.people = byId(kb.people);
    this.units = byId(kb.units);
    this.locations = byId(kb.locations);
    this.subprojects = byId(kb.subprojects);
    this.bodies = byId(kb.bodies);
    this.decisions = byId(kb.decisions);
    this.facts = byId(kb.facts);
    this.nameCasing = nameCasings(kb, language.everyday);
    const places = [
      ...kb.people.map((p) => `${p.organisation ?? ''} ${p.unit ?? ''}`),
      ...kb.decisions.map((d) => all(d.decidedBy)),
    ];
    for (const t of places.flatMap((p) => terms(p))) this.orgWords.add(t);
    this.placeKindTerms = new Set([...language.questionShape.placeNouns].flatMap((w) => terms(w)));
    for (const fact of kb.facts) this.figures.set(fact.id, figureSentences(fact.text));
    for (const p of kb.people)
      for (const t of terms(p.organisation?.replace(/\s+kommune$/i, '') ?? '')) this.employers.add(t);
    this.countPhrases = language.intentPhrases.filter((p) => p.intent === 'count' && p.words.length > 1);
    const items = new Map(
      [...kb.facts, ...kb.gains.categories].map((e) => [
        e.id,
        [e.items?.nb, e.items?.nn, e.items?.en].flat().filter((t) => t !== undefined),
      ]),
    );
    // "ergo- og fysioterapitjenester" holds ergoterapitjenester as well as fysioterapitjenester.
    for (const entry of buildEntries(kb)) {
      for (const f of FIELDS) entry[f] = this.writeOut(entry[f]);
      this.entries.set(entry.id, entry);
      const named = new Set(terms(`${entry.names} ${entry.aliases}`));
      this.entryNames.set(entry.id, named);
      for (const t of named) this.namedTerms.add(t);
      if (this.isProject(entry.id)) for (const t of named) this.projectTerms.add(t);
      if (entry.type === 'unit') for (const t of named) this.unitTerms.add(t);
      // (The items of a list are sentences of it too.)
      const sentences = [entry.body, ...(items.get(entry.id) ?? [])]
        .flatMap((text) => text.split(/(?<=[.!?])\s+|\n/))
        .filter((text) => text.trim())
        .map((text) => ({ text: text.trim(), terms: new Set(terms(text)) }));
      this.sentences.set(entry.id, sentences);
      for (const t of new Set(sentences.flatMap((x) => [...x.terms])))
        this.termSpread.set(t, (this.termSpread.get(t) ?? 0) + 1);
    }
    for (const phrase of language.intentPhrases) {
      const word = phrase.raw;
      if (phrase.words.length === 1 && word.length >= 5 && !this.intentWords.has(word))
        this.intentWords.set(word, phrase.intent);
    }
    this.index = new MiniSearch<Entry>({
      fields: FIELDS,
      storeFields: [],
      tokenize: (text) => tokenize(text),
      processTerm: (term) => stem(term),
    });
    this.index.addAll([...this.entries.values()]);
    for (const entry of this.entries.values()) {
      for (const f of FIELDS) {
        for (const t of tokenize(entry[f])) {
          this.vocabulary.add(stem(t));
          this.writtenWords.add(t);
          const written = this.writtenByStem.get(stem(t)) ?? new Set<string>();
          this.writtenByStem.set(stem(t), written.add(t));
          if (STRONG_FIELDS.has(f) && t.length >= 5)
            this.strongWords.set(t, { stem: stem(t), base: stripEnding(t) });
          if (f === 'names') this.nameWords.add(t);
          if (STRONG_FIELDS.has(f)) this.strongVocabulary.add(stem(t));
        }
      }
    }
    this.sortedWords = [...this.writtenWords].sort();
    this.findBoundParts();
    for (const p of kb.people) for (const t of terms(p.name)) this.personNameStems.add(t);
    // General stop words (from a maintained list) never hide a word the knowledge base uses in a name or alias.
    const strongStems = new Set<string>();
    for (const entry of this.entries.values())
      for (const t of tokenize(`${entry.names} ${entry.aliases}`)) strongStems.add(stem(t));
    this.stopwords = new Set([
      ...language.stopwords,
      ...[...language.generalStopwords].filter((w) => !strongStems.has(w)),
    ]);
    this.fillerWords = [...language.fillerWords].filter((w) => w.length >= 5 && !this.strongWords.has(w));
    for (const entry of this.entries.values()) {
      const phrases: string[][] = [];
      const singles = new Set<string>();
      for (const alias of entry.aliases.split(' \n ')) {
        const words = terms(alias).filter((w) => !this.stopwords.has(w));
        if (words.length === 1) singles.add(words[0]!);
        else if (words.length > 1) phrases.push(words);
      }
      this.aliasPhrases.set(entry.id, { phrases, singles });
    }
    this.findItemShortNames();
  }

  /** Whether an entry is the project as a whole (`projectOffice.contactFor`): the project, the platform. */
  isProject(id: string): boolean {
    return this.kb.projectOffice.contactFor.includes(id);
  }

  findBoundParts(): void {
    // Also with a short word between ("out-of-hours"): the outer parts are bound to each other.
    const hyphenatedName = /(\p{L}{3,})-(?:\p{L}{1,2}-)?(\p{L}{3,})/gu;
    const alone = new Set<string>();
    for (const entry of this.entries.values())
      for (const f of FIELDS) {
        const text = entry[f];
        for (const [, a, b] of text.matchAll(hyphenatedName)) {
          const [sa, sb] = [stem(tokenize(a!)[0]!), stem(tokenize(b!)[0]!)];
          this.boundParts.set(sa, (this.boundParts.get(sa) ?? new Set()).add(sb));
          this.boundParts.set(sb, (this.boundParts.get(sb) ?? new Set()).add(sa));
        }
        for (const t of terms(text.replace(hyphenatedName, ' '))) alone.add(t);
      }
    for (const t of alone) this.boundParts.delete(t);
  }

  /** Writes out the coordinated compounds of knowledge-base text ("helse- og velferdskontor"). */
  writeOut(text: string): string {
    const words = this.language.everyday;
    // A shared part of two words has a first part of four letters or more ("terapi" + "tjenester"), not "tet" + "s".
    const isShared = (w: string) => words.hasWordOrCompound(w, 4);
    // The first part stays too: "helse- og velferdstjenesten" is also about "helse og velferd".
    return expandCoordinated(text, isShared, (w) => words.hasWordOrCompound(w), undefined, true);
  }

  /**
   * "Er fysioterapi med?": in a list of services, an item whose word ends in the list's own word
   * ("fysioterapitjenester") is also named without it; the same for every list.
   */
  findItemShortNames(): void {
    for (const entry of this.entries.values()) {
      const list = listOf(this, entry);
      if (!list) continue;
      const kinds = [...(this.aliasPhrases.get(entry.id)?.singles ?? [])].filter((a) => a.length >= 4);
      const items = [...list.nb, ...(list.nn ?? []), ...(list.en ?? [])];
      for (const term of items.flatMap((x) => terms(this.writeOut(x))))
        for (const kind of kinds) {
          if (!term.endsWith(kind) || term.length - kind.length < 4) continue;
          const short = term.slice(0, -kind.length);
          for (const s of [short, short.replace(/s$/, '')])
            if (s.length >= 4 && !this.vocabulary.has(stem(s))) this.itemShortNames.set(stem(s), term);
        }
    }
  }

  intentOf(term: string): Intent | undefined {
    return this.language.intentPhrases.find((p) => p.words.length === 1 && p.words[0] === term)?.intent;
  }

  search(term: string): SearchResult[] {
    const cached = this.searches.get(term);
    if (cached) return cached;
    const results = this.index.search(term, {
      fuzzy: maxTypos(this, term),
      prefix: false,
      tokenize: (t) => [t],
      processTerm: (t) => t,
    });
    this.searches.set(term, results);
    return results;
  }

  /** How many entries have the term (or a near spelling) in a name, alias, organisation or keyword. */
  strongEntries(term: string): number {
    const known = this.strongCounts.get(term);
    if (known !== undefined) return known;
    const count = this.search(term).filter((r) =>
      Object.values(r.match).some((fs) => fs.some((f) => STRONG_FIELDS.has(f as Field))),
    ).length;
    this.strongCounts.set(term, count);
    return count;
  }
}
