import { LRUCache } from 'lru-cache';
import { ownCopy } from '../security/plain-text';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Answer, AnswerItem, Direct } from './answer';
import type { Intent, LanguageData } from './language-data';
import { type KnowledgeBase, type Lang, type Person, pick } from './knowledge-base';
import {
  allowedTypos,
  editDistance,
  expandClipped,
  expandCoordinated,
  fold,
  stem,
  stripEnding,
  terms,
  tokenize,
} from './text';
import {
  COLLECTIONS,
  COUNTABLE,
  DATED,
  type Entry,
  type EntryType,
  FIELDS,
  type Field,
  LEADABLE,
  STRONG_FIELDS,
  all,
  buildEntries,
  byLang,
  collectionOf,
  compatible,
  figureSentences,
} from './entries';

const FIELD_WEIGHT: Record<Field, number> = { names: 3, aliases: 3.2, org: 2, keywords: 1.5, body: 0.6 };
const FUZZY_FACTOR = 0.7;
/** A child entry (a council member, a subproject) gains this share of its parent's score when both match. */
const PARENT_BONUS = 0.6;
/** A runner-up of the kind the question asks for (something with a lead, a date) wins from this share of the best. */
const PROMOTE_RATIO = 0.4;
/** The last sentence's topic must score at least this share of the whole message's best to be answered alone. */
const FOCUS_RATIO = 0.3;
/** The weight left to an organisation match when the question asks for no person. */
const ORG_WITHOUT_PERSON = 0.5;
/** Below this the best match is too weak to be an answer. */
const MIN_SCORE = 1.2;
/** A second entry is answered too when it scores this close to the first, on words of its own. */
const SECOND_RATIO = 0.75;

interface Candidate {
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

/** The analysed question: its language, intents, and which words were recognised. */
interface Analysis {
  lang: Lang;
  intents: Set<Intent>;
  known: string[];
  unknown: string[];
  /** Where each known term first stands in the question (token index). */
  positions: Map<string, number>;
  /** Where each unknown word stands. */
  unknownPositions: number[];
  /** Where each recognised word stands. */
  knownPositions: number[];
  /** The question's words, folded. */
  tokens: string[];
  /** What the question word that opens the question asks ("Hvor ligger …": where; "Hvor mange …": count). */
  opening?: Intent;
  /** Where a compound stands of which only the first part is known ("sykehjemsplasser"): it is something else. */
  headOnly: number[];
  /** Where the general words of the language stand that the knowledge base does not have ("anyone", "won"). */
  generalPositions: number[];
  /**
   * Where the unknown words stand that are everyday words of the language ("skriveren", "kaffimaskina", "plants"):
   * topics of their own the knowledge base does not hold, unlike names and jargon it cannot place ("VPN").
   */
  everydayPositions: number[];
  /** Where the words of the question's intent phrases stand ("hvem", "e-post", "address"). */
  intentPositions: number[];
  /** "Hvem er <word the bot does not know> ...": a role it has no one for (nestleder, administrerende direktør). */
  unknownRoleAsked: boolean;
  /** Every stem of the question, filler included: what a several-word alias needs all of. */
  stems: Set<string>;
  /** The word as written (trimmed of punctuation) behind each token: for naming what was asked. */
  words: () => string[];
  /** Opens with a verb ("Er legevakt med?", "Ble Trondheim deleier?"), and whether that verb is in the past. */
  yesNo: boolean;
  past: boolean;
  /** Asks about the user's own workplace ("sjefen min", "my manager"). */
  own: boolean;
  /**
   * Where a name stands that the bot does not know: an unknown word written with a capital letter inside a sentence
   * ("Bergen", "Stavanger", "Helse Vest"), or one of which only the first part is known ("Helsedirektoratet"): another
   * place or organisation than those the page is about.
   */
  otherNames: number[];
  /** Asks how the asker does something ("Hvordan oppretter jeg …", "How do I share …"). */
  howTo: boolean;
  /** The asker does an everyday thing the bot knows nothing of ("Where can I park …", "Kan jeg spise lunsj …"). */
  selfActivity: boolean;
  /** Token index right after the first word that asks who leads (-1 without one): the led thing follows it. */
  leadEnd: number;
  /** Opens with "Hvem er"/"Who is": the word after it is a role asked for (not "Hva er", what a thing is). */
  roleQuestionWho: boolean;
  /** "Hvem er <role> …": the role as a recognised term, and as written. */
  roleTerm?: string;
  roleAt: number;
  /** The role was recognised only as a near spelling of a knowledge-base word. */
  roleGuessed: boolean;
  /** "Who is the data protection officer …": the recognised words of a role of several words. */
  rolePhrase: string[];
  /** Token index right after the role's last word. */
  roleStop: number;
  /** "Hvilken <noun> ...": the noun is a word the knowledge base only has in running text, no entry is one. */
  whichNounUnheld: boolean;
  /** "Hvilke journalsystemer …": the recognised word after the which-word, when it is a plural (several asked for). */
  whichPlural?: string;
  /** The first recognised word after "hvor mange"/"how many" or "hvilke"/"which": what is counted or listed. */
  askedNoun?: string;
  /**
   * Where the word asked for right after "hvilke"/"which" or "hvor mange"/"how many" stands, when it is an everyday
   * word the knowledge base does not have ("Hvilket parti …", "Kor mange sjukehus …"): nothing the bot holds is one.
   */
  askedEveryday?: number;
}

/** Questions are answered from their first MAX_QUESTION_CHARS characters; the rest is ignored (the bot logs it). */
export const MAX_QUESTION_CHARS = 1000;
/** Cached answers and search steps are worked out again after this long, whatever the traffic. */
const CACHE_TTL_MS = 30 * 60 * 1000;
/** What an answer holds besides its question (items, sources), roughly, in bytes. */
const ANSWER_OVERHEAD_BYTES = 4096;

/** Answers questions about the project from the knowledge base: pure, synchronous and fast. */
export class QuestionAnswerer {
  private readonly entries = new Map<string, Entry>();
  private readonly index: MiniSearch<Entry>;
  private readonly vocabulary = new Set<string>();
  /** Every word of the knowledge base as written (folded, not stemmed). */
  private readonly writtenWords = new Set<string>();
  /** The knowledge base's words as written (folded), by stem: which words a question word's stem may be. */
  private readonly writtenByStem = new Map<string, Set<string>>();
  /**
   * A part of a hyphenated name ("Midt-Norge") the knowledge base never uses alone, with the other part it stands
   * beside: "Norge" by itself ("Hvor mange fylker har Norge?", "Helsenorge") is not Midt-Norge.
   */
  private readonly boundParts = new Map<string, Set<string>>();
  /** Words of names, aliases and keywords as written (folded), with their stems and bases: for typo correction. */
  private readonly strongWords = new Map<string, { stem: string; base: string }>();
  // Answers and the steps behind them are pure functions of the knowledge base, so they are kept for reuse:
  // after an announcement many people ask the same few questions.
  // Bounded by count, by size and by age, so distinct long questions cannot fill the heap (BENCHMARKS.md, soak).
  private readonly answers = new LRUCache<string, Answer>({
    max: 2000,
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (answer, key) => 2 * (key.length + answer.question.length) + ANSWER_OVERHEAD_BYTES,
    ttl: CACHE_TTL_MS,
  });
  private readonly searches = new LRUCache<string, SearchResult[]>({
    max: 5000,
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (results, key) => 2 * key.length + 64 * (results.length + 1),
    ttl: CACHE_TTL_MS,
  });
  /** Words of the organisations people work for ("Trondheim", "Molde", "KS Trøndelag"), "kommune" left out. */
  private readonly employers = new Set<string>();
  /** Words of the places and organisations people work at and that decide ("Molde", "Helse Midt-Norge RHF"). */
  private readonly orgWords = new Set<string>();
  /** The terms of every entry's own names and aliases: what the knowledge base has under a name of its own. */
  private readonly namedTerms = new Set<string>();
  /**
   * Per fact with figures: each sentence that gives one, as what the figure counts (the word right after it, in every
   * language the fact is written in) and the sentence's words ("720 000 innbyggere" in a sentence about Midt-Norge).
   */
  private readonly figures = new Map<string, { counts: Set<string>; words: Set<string> }[]>();
  /** Per person: the words of their own name, aliases and role (see ownTerms). */
  private readonly personTerms = new Map<string, Set<string>>();
  /** How many typing errors a word may carry (see maxTypos), bounded like the other caches. */
  private readonly typoBudget = new LRUCache<string, number>({ max: 5000 });
  /** Words found to be (or not to be) misspelt filler, bounded like the other caches. */
  private readonly fillerTypos = new LRUCache<string, boolean>({ max: 5000 });
  /** The count phrases of several words ("hvor mange", "how many"): what a counted noun follows. */
  private readonly countPhrases: LanguageData['intentPhrases'];
  /** How many entries are called by a term (see strongEntries), bounded like the other caches. */
  private readonly strongCounts = new LRUCache<string, number>({ max: 5000 });
  private readonly typos = new LRUCache<string, { correction?: { term: string; intent?: Intent } }>({
    max: 5000,
    maxSize: 2 * 1024 * 1024,
    sizeCalculation: (_, key) => 2 * key.length + 64,
    ttl: CACHE_TTL_MS,
  });
  /** Single-word question words as written (folded), five letters or more: for typo correction. */
  private readonly intentWords = new Map<string, Intent>();
  /** Words of names (folded), for genitives such as "Olas". */
  private readonly nameWords = new Set<string>();
  /** The stems of people's names: another form of one in lower case ("helgen", the weekend) is not the name. */
  private readonly personNameStems = new Set<string>();
  /** Words that carry no topic: the curated list plus general stop words that are not knowledge-base names. */
  private readonly stopwords: Set<string>;
  private readonly people: Map<string, Person>;
  /** Per entry: its aliases of several words (stems, filler left out), and its one-word aliases. */
  private readonly aliasPhrases = new Map<string, { phrases: string[][]; singles: Set<string> }>();
  /** Stems of every name, alias, organisation and keyword: what an entry can be called. */
  private readonly strongVocabulary = new Set<string>();
  /** Per entry: the words of its list's items (see holds). */
  private readonly listTerms = new Map<string, Set<string>>();
  /** The curated filler words of five letters or more, as written (folded): for misspelt filler. */
  private readonly fillerWords: string[];
  /** An item of a list named without the list's own word ("fysioterapi" for "fysioterapitjenester"): its term. */
  private readonly itemShortNames = new Map<string, string>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly language: LanguageData,
  ) {
    this.people = new Map(kb.people.map((p) => [p.id, p]));
    const places = [
      ...kb.people.map((p) => `${p.organisation ?? ''} ${p.unit ?? ''}`),
      ...kb.decisions.map((d) => all(d.decidedBy)),
    ];
    for (const t of places.flatMap((p) => terms(p))) this.orgWords.add(t);
    for (const fact of kb.facts) this.figures.set(fact.id, figureSentences(fact.text));
    for (const p of kb.people)
      for (const t of terms(p.organisation?.replace(/\s+kommune$/i, '') ?? '')) this.employers.add(t);
    this.countPhrases = language.intentPhrases.filter((p) => p.intent === 'count' && p.words.length > 1);
    // "ergo- og fysioterapitjenester" holds ergoterapitjenester as well as fysioterapitjenester.
    for (const entry of buildEntries(kb)) {
      for (const f of FIELDS) entry[f] = this.writeOut(entry[f]);
      this.entries.set(entry.id, entry);
      for (const t of terms(`${entry.names} ${entry.aliases}`)) this.namedTerms.add(t);
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

  /** Answers one question; never throws on any input. `reuse: false` works it out again (benchmarks). */
  answer(asked: string, options: { reuse?: boolean } = {}): Answer {
    // A copy, not a slice: the answer and its cache key must not keep a 200 kB message alive.
    const question = asked.length > MAX_QUESTION_CHARS ? ownCopy(asked.slice(0, MAX_QUESTION_CHARS)) : asked;
    const cached = options.reuse === false ? undefined : this.answers.get(question);
    if (cached) return cached;
    const answer = this.answerUncached(question);
    this.answers.set(question, answer);
    return answer;
  }

  /**
   * A chatty message puts its question last ("Hei! Jeg jobber på et sykehjem og lurer på opplæringen. Hvem leder
   * prosjektkontoret?"): when that last sentence names a topic and can be answered on its own, it is answered
   * alone, so the small talk before it does not pull the answer elsewhere. Otherwise the whole message counts.
   */
  private answerUncached(question: string): Answer {
    const sentences = question
      .trim()
      // A colon or a dash between words also ends what comes before ("Min leder lurer: hvem …", "… i morgen – hvor …").
      // A full stop after a number is a date or an ordinal ("29. august", "3. etasje"), not the end of a sentence.
      .split(/(?<=[!?:]|(?<!\d)\.)\s+|\s+[–—-]\s+/)
      .filter((s) => /\p{L}/u.test(s));
    const last = sentences.length >= 2 ? sentences[sentences.length - 1]! : undefined;
    const onlyLastAsks = last?.endsWith('?') && sentences.slice(0, -1).every((s) => !s.includes('?'));
    if (last !== undefined && onlyLastAsks && this.analyse(last).known.length > 0) {
      const focused = this.answerAnalysed(last);
      // Only when it names something specific ("Hvem leder det delprosjektet?" needs the sentence before it) that
      // the whole message is also about ("Which council is that?" after naming a person is about that person).
      const specific =
        focused.topicId !== undefined && !COLLECTIONS.has(this.entries.get(focused.topicId)!.type);
      if (focused.kind === 'answer' && specific) {
        const whole = this.analyse(question);
        const candidates = this.rank(whole.known, whole.intents, whole.stems);
        const best = candidates[0]?.score ?? 0;
        const alsoWhole = candidates.some(
          (c) => c.entry.id === focused.topicId && c.score >= FOCUS_RATIO * best,
        );
        if (alsoWhole) return { ...focused, question };
      }
    }
    return this.answerAnalysed(question);
  }

  private answerAnalysed(question: string): Answer {
    const analysis = this.analyse(question);
    const candidates = this.rank(analysis.known, analysis.intents, analysis.stems);
    const fallback: Answer = { kind: 'fallback', lang: analysis.lang, question, items: [] };
    // "Hvem kan jeg kontakte?" names no topic: the contact list is the answer.
    const bare =
      analysis.known.length === 0 && analysis.unknown.length === 0 && analysis.generalPositions.length === 0;
    // "Hvem er sjefen min?" asks about the user's own workplace, which the bot does not know.
    if (bare && analysis.own) return fallback;
    // "Hva står SSIKT for?": the page writes out no short form, whatever role it appears in.
    if (this.asksShortFor(question)) return fallback;
    // "Hvordan oppretter jeg et nytt prosjekt i Teams?", "How do I share a file?": how to do something oneself is
    // instructions, which the page has none of, whatever word it shares with the question. Asked with a person, an
    // address or contact details in view ("Hvordan når jeg …", "How do I email …"), that is answered.
    if (analysis.howTo && [...analysis.intents].every((i) => i === 'what')) return fallback;
    // "Where can I park near Bispegata 9?", "Kan jeg spise lunsj i prosjektlokalene?": what the asker would do there is
    // an everyday activity, not something the page says, even when the place is one it knows.
    if (analysis.selfActivity) return fallback;
    // "Hvilken helseplattform bruker Oslo kommune?", "Which health platform does Stavanger use?": a place or
    // organisation the page does not know is what the question is about, however much else of it matches the page.
    if (analysis.otherNames.length > 0) return fallback;
    if (bare && (analysis.intents.has('contact') || analysis.intents.has('lead'))) {
      return { ...this.overview('contacts', analysis.lang), question };
    }
    let top = candidates[0];
    // "Hvem sitter i ledergruppen?", "Who is on the steering committee?": a body the page has no entry for has no
    // members the bot knows, whatever else of the question it knows; the answer says so and shows what it matched.
    const group = this.unknownGroup(analysis);
    if (group !== undefined) {
      // What it matched, or else the bodies it knows.
      const nearby =
        top && top.score >= MIN_SCORE
          ? [top.entry]
          : this.kb.bodies.flatMap((b) => this.entries.get(b.id) ?? []);
      return {
        ...fallback,
        topicId: nearby[0]?.id,
        items: nearby.flatMap((e) => this.itemsFor(e, new Set()).items),
        missing: { attribute: 'members', subject: group },
      };
    }
    // "Is the health station part of it?", "Er helsestasjonen med i den nye journalløysinga?": in a yes/no question,
    // a word that names one item of a list of what is included (the services, the municipalities) is what is asked
    // about, however little else of the list the question names, when the best match is a general fact without that
    // word. (Not with words the bot does not know, nor beside another topic: "the train station".)
    const asksOther = ['who', 'lead', 'phone', 'email', 'where', 'when'].some((i) =>
      analysis.intents.has(i as Intent),
    );
    const listed =
      top && analysis.yesNo && !asksOther && analysis.unknown.length === 0
        ? candidates.find((c) => {
            const named = this.itemNamed(c.entry, analysis.known, analysis.lang);
            if (named === undefined) return false;
            // The best match is a general fact (the platform itself), which does not have the item's word.
            const aboutPlatform = top!.entry.type === 'fact' && !top!.terms.has(named[2]);
            return c === top || (c.entry.type === 'fact' && aboutPlatform);
          })
        : undefined;
    if (listed) top = listed;
    else if (!top || top.score < MIN_SCORE) return fallback;
    // "Who leads X" wants something with a lead; a close runner-up that has one beats a topic that has none.
    if (analysis.intents.has('lead') && !LEADABLE.has(top.entry.type)) {
      const leadable = candidates.find(
        (c) => LEADABLE.has(c.entry.type) && c.strong && c.score >= PROMOTE_RATIO * top!.score,
      );
      if (leadable) top = leadable;
    }
    // Likewise "when" wants something with a date: a close decision or milestone beats a topic without one.
    if (analysis.intents.has('when') && !DATED.has(top.entry.type)) {
      const dated = candidates.find(
        (c) => DATED.has(c.entry.type) && c.strong && c.score >= PROMOTE_RATIO * top!.score,
      );
      if (dated) top = dated;
    }
    // "How many staff …", "Hvilke kommuner …": what is counted or listed must be what the answer holds; a close
    // runner-up that has it wins.
    const noun = analysis.askedNoun;
    const countingEarly = analysis.intents.has('count') && !analysis.intents.has('phone');
    // "Hvor mange kommuner har opsjonsavtale?": the agreement has no count; the list the noun names has.
    const uncountable = countingEarly && !COUNTABLE.has(top.entry.type);
    if (noun !== undefined && (!this.holds(top, noun) || uncountable)) {
      // Unless the question names the topic by words of its own the runner-up does not have ("ansatte i
      // Bispegata"); a word many entries are called by ("Helseplattformen") is context, not a topic.
      const fits = (c: Candidate) =>
        c.strongTerms.has(noun) &&
        c.score >= PROMOTE_RATIO * top!.score &&
        // "Hvilket delprosjekt …" asks which one of the list: a member of it already answers.
        !top!.entry.parents.includes(c.entry.id) &&
        (!uncountable || COUNTABLE.has(c.entry.type)) &&
        (!top!.named ||
          // The project itself ("innføringsprosjektet") is context for a list of its parts ("Which subprojects
          // does the implementation project have?").
          (top!.entry.type === 'unit' && COLLECTIONS.has(c.entry.type) && c.nameTerms.has(noun)) ||
          [...top!.strongTerms].every((t) => c.terms.has(t) || this.strongEntries(t) > 2));
      // An entry the noun names ("kommuner" for the municipalities) before one that only has it in a keyword.
      const holder =
        candidates.find((c) => fits(c) && c.nameTerms.has(noun)) ?? candidates.find((c) => fits(c));
      if (holder) top = holder;
    }
    // "Kva delprosjekt finst i innføringsprosjektet?", "List the subprojects of the project": a question that opens
    // with what or list and first names a list asks for that list, as "hvilke" does; the project named after it is
    // where the list is.
    const listAsked = candidates.find(
      (c) =>
        COLLECTIONS.has(c.entry.type) &&
        c.named &&
        (analysis.opening === 'what' || analysis.opening === 'list') &&
        c.nameTerms.has(analysis.known[0]!),
    );
    if (listAsked && top.entry.type === 'unit') top = listAsked;
    // "Hvem leder delprosjektet for kommunikasjon?", "the communications subproject": a subproject named by a word that
    // is no subproject's is one that does not exist, whoever else the word names.
    const subprojects = candidates.find((c) => c.entry.type === 'subprojects' && c.named);
    if (
      subprojects &&
      top.entry.type !== 'subproject' &&
      this.namesOtherSubproject(subprojects, candidates, analysis)
    )
      top = subprojects;
    // "Hvem kan jeg kontakte om Helseplattformen?", "Who do I get in touch with about the project?": whom to contact
    // about the project as a whole is its contact point, the project office with its contact details; so are the
    // project's own e-mail and phone ("What is the project's email address?"), which are not its leader's. ("nå"
    // alone is more often "now" than "reach": "Hvordan går prosjektet nå?")
    const contactAsked =
      (['contact', 'email', 'phone'] as Intent[]).some((i) => analysis.intents.has(i)) &&
      !analysis.intents.has('lead') &&
      // Not about something else of the project's ("my salary in the project") or the user's own.
      analysis.unknown.length === 0 &&
      analysis.everydayPositions.length === 0 &&
      !analysis.own &&
      (analysis.intents.has('who') || analysis.opening === 'where' || !analysis.tokens.includes(fold('nå')));
    // "Who is the contact person at Helse Midt-Norge RHF?": someone to contact at an organisation no one the page names
    // works for is someone the bot does not know, whatever the page says about the organisation.
    if (analysis.intents.has('contact') && this.contactElsewhere(analysis)) return fallback;
    const office = this.contactPoint();
    if (contactAsked && office && this.kb.projectOffice.contactFor.includes(top.entry.id))
      return {
        kind: 'answer',
        lang: analysis.lang,
        question,
        topicId: office.id,
        items: this.itemsFor(office, new Set()).items,
      };
    // "Er legevakt med?": a list that holds the thing asked about answers yes, with that item as evidence. Not
    // when the question asks who or where ("Is the head of … mentioned?"): that is answered as such.
    let yes: string | undefined;
    let yesIndex = -1;
    if (analysis.yesNo && !asksOther) {
      for (const c of candidates) {
        if (c.score < PROMOTE_RATIO * top.score) break;
        const named = this.itemNamed(c.entry, analysis.known, analysis.lang);
        if (named) {
          [yes, yesIndex] = named;
          top = c;
          break;
        }
      }
    }
    // "Does the project office have a microwave?", "Har Trondheim egne nettsider?": a yes/no question that names an
    // everyday thing the bot has nothing of, and no item of a list, asks about that thing.
    if (analysis.yesNo && yes === undefined && analysis.everydayPositions.length > 0) return fallback;
    // "Hvem er Line Andersen?": a first name followed by a surname the bot does not know is someone else.
    const topPerson = top.entry.type === 'person' ? this.people.get(top.entry.id) : undefined;
    if (topPerson && this.otherSurname(topPerson, analysis)) return fallback;
    // "Who is Elise Vesterhus's deputy?", "Olas stedfortreder": a word the bot does not know, said to be the
    // person's, is someone or something else.
    if (topPerson && this.possessedUnknown(topPerson, analysis)) return fallback;
    // "Hva er Helseplattformen sitt organisasjonsnummer?", "the project's budget": a word the bot does not know, said
    // to be something's, is what is asked.
    const genitive = this.language.questionShape.genitive;
    const possessed = analysis.unknownPositions.some((p) => {
      const before = analysis.tokens[p - 1] ?? '';
      return genitive.has(before) || (before === 's' && analysis.knownPositions.includes(p - 2));
    });
    if (possessed) return fallback;
    // "Is Elise Vesterhus married?": about a person, a word the bot does not know is what is asked, unless the
    // question says it wants what the bot has of people (who they are, their role, how to reach them).
    const aboutPerson = [...analysis.intents].every((i) => i === 'what');
    if (topPerson && aboutPerson && analysis.unknown.length > 0) return fallback;
    // "Hvor ligger Molde?", "Hva er været i Kristiansund?": a place the bot knows only as where someone works is asked
    // about as a place, not about the person.
    const workplace = topPerson
      ? new Set(terms(`${topPerson.unit ?? ''} ${topPerson.organisation ?? ''}`))
      : undefined;
    const onlyWorkplace =
      workplace && top.nameTerms.size === 0 && [...top.strongTerms].every((t) => workplace.has(t));
    const asksPlace = ['where', 'what'].some((i) => analysis.intents.has(i as Intent));
    const asksPerson = ['who', 'lead', 'contact', 'phone', 'email', 'list'].some((i) =>
      analysis.intents.has(i as Intent),
    );
    if (onlyWorkplace && asksPlace && !asksPerson) return fallback;
    // "Hvem representerer Trondheim kommune i samarbeidsrådet?": who of a body from a place none of its members is from.
    const fromElsewhere = analysis.known.some(
      (t) => this.employers.has(t) && !top!.strongTerms.has(t) && !this.listHolds(top!.entry, t),
    );
    if (top.entry.type === 'body' && asksPerson && this.listOf(top.entry) && fromElsewhere) return fallback;
    // "Hvem er nestleder i samarbeidsrådet?": the bot knows the council, not who its deputy is.
    // It says which role it does not know, and shows what it knows of the thing named ("Hvem er styreleder i
    // Helseplattformen AS?": the decision about Helseplattformen AS).
    if (analysis.unknownRoleAsked) {
      if (!analysis.yesNo && analysis.roleQuestionWho && top.named)
        return {
          ...fallback,
          topicId: top.entry.id,
          items: this.itemsFor(top.entry, new Set()).items,
          missing: { attribute: 'role', subject: phraseFrom(analysis.words(), analysis.roleAt, () => false) },
        };
      return fallback;
    }
    // "Hvem er direktør i …": the role asked for must be what the answer is (a person with that role, or a name).
    // The list the answer belongs to may be what is named ("What are the benefits in terms of quality?").
    const roleOf = (t: string) =>
      top!.terms.has(t) ||
      candidates.some((c) => top!.entry.parents.includes(c.entry.id) && c.nameTerms.has(t));
    if (
      analysis.roleTerm !== undefined &&
      (!roleOf(analysis.roleTerm) || (analysis.roleGuessed && !top.properTerms.has(analysis.roleTerm)))
    )
      return {
        ...fallback,
        missing: { attribute: 'role', subject: analysis.words()[analysis.roleAt] ?? '' },
      };
    // "Hvem er rådmann i Trondheim kommune?": a person has the role by their own role, not by their unit's name
    // ("Rådmannens fagstab").
    const rolePerson = top.entry.type === 'person' ? this.people.get(top.entry.id) : undefined;
    if (analysis.roleTerm !== undefined && rolePerson && this.onlyWorksAt(rolePerson, [analysis.roleTerm]))
      return {
        ...fallback,
        missing: { attribute: 'role', subject: analysis.words()[analysis.roleAt] ?? '' },
      };
    // "Hvem er prosjektleder i Molde kommune?": the role is held by someone at another place. "Hvem er
    // kommunaldirektør for oppvekst?": or of something the bot does not know (a word it does not know is tied to the
    // role by a preposition).
    const asksRole = analysis.roleTerm !== undefined || analysis.rolePhrase.length >= 2;
    const roleOfUnknown = asksRole && rolePerson && this.roleQualifiedByUnknown(analysis, top);
    if (roleOfUnknown)
      return {
        ...fallback,
        missing: { attribute: 'role', subject: analysis.words()[analysis.roleAt] ?? '' },
      };
    if (asksRole && rolePerson && analysis.known.some((t) => this.orgWords.has(t) && !top!.terms.has(t)))
      return {
        ...fallback,
        missing: {
          attribute: 'role',
          subject: analysis.words().slice(analysis.roleAt, analysis.roleStop).join(' '),
        },
      };
    // "Who is the municipal chief medical officer?": every word of a role of several words must be in the answer.
    // (Held by a name, alias or keyword, or by a person's own role, not by a word of running text: "project owner".)
    const holdsRole = (t: string) =>
      top!.strongTerms.has(t) || (!!rolePerson && this.ownTerms(rolePerson).has(t));
    if (analysis.rolePhrase.length >= 2 && analysis.rolePhrase.some((t) => !holdsRole(t)))
      return {
        ...fallback,
        missing: {
          attribute: 'role',
          subject: analysis.words().slice(analysis.roleAt, analysis.roleStop).join(' '),
        },
      };
    // "Hvilken leverandør ble valgt?": no entry is a supplier; the word is only in running text.
    if (analysis.whichNounUnheld) return fallback;
    // "Hvilket parti …", "Kor mange sjukehus …": what is asked for is an everyday thing the bot has nothing of.
    if (analysis.askedEveryday !== undefined)
      return analysis.intents.has('count')
        ? {
            ...fallback,
            missing: { attribute: 'count', subject: analysis.words()[analysis.askedEveryday] ?? '' },
          }
        : fallback;
    // "Hvilke journalsystemer skal erstattes?": several things are asked for by a word that names one thing (the
    // platform is one journal system), which has no list of them.
    const single = top.entry.type === 'fact';
    const plural = analysis.whichPlural;
    if (plural !== undefined && top.nameTerms.has(plural) && single && !this.listOf(top.entry))
      return fallback;
    // A word the bot does not know may be the very thing asked ("Hva koster ...", "Hva er lønnen til ...").
    // Only when the question says what it wants (who, where, phone, ...) is one unknown word taken as filler.
    // "Hva er planen for julebordet?", "Can I work from home on Friday?": one common word the knowledge base has for
    // an entry (an alias or keyword, not its own name), qualified by words it does not know, says the question is
    // about something else.
    // (A list of a kind, "the pharmacy subproject", says itself which of that kind does not exist.)
    // An entry's own name that is also a common word ("opplæring", "training") is its name when written as one, with
    // a capital letter ("Hvem leder Opplæring for sykepleiere?"); in lower case it may be any training ("opplæring i
    // brannvern").
    const written = analysis.words();
    const asName = [...top.properTerms].some((t) => {
      const p = analysis.positions.get(t) ?? -1;
      return p === 0 || /^\p{Lu}/u.test(written[p] ?? '');
    });
    const weak = top.strongTerms.size <= 1 && !asName && !COLLECTIONS.has(top.entry.type);
    if (weak && this.qualifiedByUnknown(top, analysis)) return fallback;
    if (!asName && !COLLECTIONS.has(top.entry.type) && this.sideWord(analysis, top.entry.type === 'person'))
      return fallback;
    // "Hvem er fastlegen min?", "Who is my manager?": the user's own one, which the bot cannot know.
    if (weak && analysis.intents.has('who') && this.ownAt(top, analysis)) return fallback;
    if (analysis.unknown.length > 0) {
      const specific = [...analysis.intents].some((i) => i !== 'what' && i !== 'amount');
      const concepts = this.conceptCount(analysis.known, candidates);
      // Without a specific question word, an unknown word before the topic is what is asked ("Hva er lønnen til
      // Tone?"); one after it ("Hva skal Teknisk gjøre med ...") is more likely a verb about the topic.
      // The list the topic belongs to, named before it, names the topic too ("what decisions have been made about
      // co-ownership?": "made" is said of the decisions).
      const namedList = candidates.filter((c) => c.named && top!.entry.parents.includes(c.entry.id));
      const topicTerms = [...top.strongTerms, ...namedList.flatMap((c) => [...c.nameTerms])];
      const firstNamed = Math.min(...topicTerms.map((t) => analysis.positions.get(t) ?? Infinity));
      const afterTopic = analysis.unknown.length === 1 && analysis.unknownPositions[0]! > firstNamed;
      // Decisions have no name of their own; three of their own words identify one as well as a name would.
      const identified = top.named || top.strongTerms.size >= 3;
      if (!identified || (!specific && !afterTopic) || analysis.unknown.length > Math.max(1, concepts - 1))
        return fallback;
    }
    // What a planned decision ended with ("Ble Trondheim deleier?", "Hva ble utfallet …") the page cannot say.
    if (top.entry.type === 'decision') {
      const unknownOutcome = this.outcomeUnknown(top.entry.id, analysis, fallback);
      if (unknownOutcome) return unknownOutcome;
    } else if (analysis.intents.has('outcome')) {
      // "Hva ble konklusjonen i strategien for gevinstrealisering?": the subproject ranks first, but the outcome asked
      // for is that of a planned decision the question names by one of its own words, which the page cannot say.
      const named = candidates.find(
        (c) => c.entry.type === 'decision' && analysis.known.some((t) => c.strongTerms.has(t)),
      );
      const unknownOutcome = named && this.outcomeUnknown(named.entry.id, analysis, fallback);
      if (unknownOutcome) return unknownOutcome;
    }
    // A question about who leads something needs something that has a lead, or that the question names.
    // "Hvem leder Helseplattformen AS?" names what is led; a decision or fact leads nothing. Without a lead word
    // before the topic ("koordineringsansvaret") a named topic may still say who is responsible.
    if (
      analysis.intents.has('lead') &&
      !LEADABLE.has(top.entry.type) &&
      (!top.named || analysis.leadEnd >= 0)
    )
      return analysis.leadEnd < 0 ? fallback : { ...fallback, missing: this.leadMissing(analysis) };
    // "When" needs a date, and only decisions and milestones have one.
    if (analysis.intents.has('when') && !DATED.has(top.entry.type)) return fallback;
    // A phone number, e-mail address or address belongs to people and units; a list or a decision has none
    // ("telefonnummeret til legevakta" names a service in a list, not someone to call).
    const contactless =
      top.entry.type === 'fact' || top.entry.type === 'gains' || top.entry.type === 'gainCategory';
    const asksWhere = analysis.opening === 'where';
    const asksContact = analysis.intents.has('phone') || analysis.intents.has('email') || asksWhere;
    if (asksContact && contactless) return fallback;
    // "How many" needs a figure or a list; an address or a person has neither ("phone number of" is no count).
    const counting = analysis.intents.has('count') && !analysis.intents.has('phone');
    if (counting && !COUNTABLE.has(top.entry.type)) return fallback;
    // "Kor mange fagekspertar er mobiliserte?": a fact with neither a figure nor a list counts nothing; it is shown as
    // what the bot knows of the thing counted.
    const figureless =
      top.entry.type === 'fact' &&
      !this.listOf(top.entry) &&
      (this.figures.get(top.entry.id) ?? []).length === 0;
    if (counting && figureless)
      return {
        ...fallback,
        topicId: top.entry.id,
        items: this.itemsFor(top.entry, new Set()).items,
        missing: {
          attribute: 'count',
          subject: noun !== undefined ? (analysis.words()[analysis.positions.get(noun)!] ?? '') : '',
        },
      };
    // "How much" wants a quantity, which only the facts with figures have.
    if (analysis.intents.has('amount') && top.entry.type !== 'fact') return fallback;
    // "Hvor mange sykehus …": what is counted is a word the knowledge base has only in running text; no list or
    // figure is of it.
    if (counting && noun !== undefined && !top.strongTerms.has(noun) && this.strongEntries(noun) === 0)
      return fallback;
    // "Hvor mange sykehjemsplasser …": places in nursing homes are not nursing homes.
    if (counting && noun !== undefined && analysis.headOnly.includes(analysis.positions.get(noun) ?? -1))
      return fallback;
    // "Hvem er medlemmer i fagrådet?": the page lists no members of it.
    if (analysis.intents.has('list') && top.entry.type === 'body' && !this.listOf(top.entry))
      return {
        ...fallback,
        topicId: top.entry.id,
        items: this.itemsFor(top.entry, new Set()).items,
        missing: { attribute: 'members', subject: this.listName(top.entry, analysis.lang) },
      };
    // "How much does … cost?": a word it does not know, or has only in running text, is what is measured, which no
    // figure on the page is.
    const prose = (t: string) => !top!.strongTerms.has(t) && this.strongEntries(t) === 0;
    if (analysis.intents.has('amount') && (analysis.unknown.length > 0 || analysis.known.some(prose)))
      return fallback;
    // "Hvor mange ansatte har Helse Midt-Norge RHF?": a figure counts what it counts where it counts it. Another
    // place or organisation in the question ("har Molde kommune", "live in Oslo") is not what the figure is of.
    if (
      counting &&
      (top.entry.type === 'fact' || top.entry.type === 'contacts') &&
      this.countElsewhere(top, analysis)
    )
      return {
        ...fallback,
        missing: {
          attribute: 'count',
          subject: noun !== undefined ? (analysis.words()[analysis.positions.get(noun)!] ?? '') : '',
        },
      };
    // "Hvor mange innbyggere har Trondheim kommune?": the figure of the thing counted must be given where the question
    // says (the 720 000 inhabitants are Midt-Norge's; Trondheim's figure is of staff).
    // "How many patients are in the system?": a fact with figures, none of them of the word counted, which is not one
    // of the fact's own words either (its own: "employees" for the staff it counts).
    const figures = top.entry.type === 'fact' ? (this.figures.get(top.entry.id) ?? []) : [];
    const noFigureOf =
      noun !== undefined && !top.strongTerms.has(noun) && !figures.some((f) => f.counts.has(noun));
    if (
      counting &&
      top.entry.type === 'fact' &&
      noun !== undefined &&
      ((figures.length > 0 && noFigureOf) || this.figureElsewhere(top, noun, analysis))
    )
      return {
        ...fallback,
        missing: { attribute: 'count', subject: analysis.words()[analysis.positions.get(noun)!] ?? '' },
      };
    const refined = this.refineCollection(top, candidates, analysis, fallback, counting);
    if (refined) return refined;
    // What follows "leder"/"head of" is what is led: the answer must be that thing, by one of its own names. "Hvem
    // er leder av Helse Midt-Norge RHF?" names an organisation the page only mentions; no entry is it.
    if (analysis.intents.has('lead') && analysis.leadEnd >= 0) {
      // A word for a kind of thing ("et delprosjekt") is no name: any of that kind will do.
      const kind = (t: string) =>
        candidates.some((c) => COLLECTIONS.has(c.entry.type) && c.terms.has(t) && c.named);
      const led = analysis.known.filter(
        (t) => (analysis.positions.get(t) ?? -1) >= analysis.leadEnd && !kind(t),
      );
      // "the communications lead for the project": a lead word after a word of the entry's own role is part of that
      // role, and what follows says where the role is held, which the entry need only mention.
      const before = analysis.known[analysis.knownPositions.indexOf(analysis.leadEnd - 2)];
      // "Hvem er lederne av delprosjektene i Trondheim kommune?": after a word for a kind of thing, what follows
      // says where they are, which the list need only mention.
      // "Hvem er lederne av delprosjektene i Trondheim kommune?", "the subproject leaders in Trondheim kommune": with
      // the word for the subprojects, words for where all their leads work say where, not what is led.
      const leads = this.kb.subprojects.map((sp) => this.people.get(sp.lead)!);
      const whereTheyWork =
        top.entry.type === 'subprojects' &&
        led.length > 0 &&
        analysis.known.some((t) => (analysis.positions.get(t) ?? -1) >= analysis.leadEnd - 2 && kind(t)) &&
        leads.every((p) => this.onlyWorksAt(p, led) && led.every((t) => this.worksAtTerms(p).has(t)));
      const roleHeld = before !== undefined && top.strongTerms.has(before);
      const heldBy = roleHeld ? top.terms : top.strongTerms;
      if (led.length > 0 && !whereTheyWork && !led.some((t) => heldBy.has(t)))
        return { ...fallback, missing: this.leadMissing(analysis) };
      // "Who is the head of nursing in Trondheim kommune?": the first word after the lead word is what is led; a
      // word the knowledge base has only in running text is nothing it has a lead of, whatever place follows.
      const first = led[0];
      if (first !== undefined && !heldBy.has(first) && this.strongEntries(first) === 0)
        return { ...fallback, missing: this.leadMissing(analysis) };
      // A person answers only for what their own role says they lead, not for where they work ("Hvem leder
      // IT-tjenesten?" is not answered by someone from it; "head of KS" not by someone from KS).
      const person = top.entry.type === 'person' ? this.people.get(top.entry.id) : undefined;
      if (person && led.length > 0 && this.onlyWorksAt(person, led))
        return { ...fallback, missing: this.leadMissing(analysis) };
    }
    // "Kor mange opsjonskommunar er det?": a council's list is its members. Counted by a word its name only holds
    // as what it is for ("Samarbeidsrådet for opsjonskommunar"), the council is not what is counted.
    if (
      counting &&
      top.entry.type === 'body' &&
      noun !== undefined &&
      top.nameTerms.size === 0 &&
      !this.listHolds(top.entry, noun)
    )
      return {
        ...fallback,
        missing: { attribute: 'count', subject: analysis.words()[analysis.positions.get(noun)!] ?? '' },
      };
    if (yes !== undefined || counting) {
      // A direct answer is about the one list asked for; a second topic would blur the count.
      // "Er det noen fra Indre Fosen i rådet?": the member is the answer, not the whole council.
      const member =
        yes !== undefined && top.entry.type === 'body'
          ? this.kb.bodies.find((b) => b.id === top!.entry.id)!.members[yesIndex]
          : undefined;
      const result = member
        ? {
            items: [
              { type: 'person', person: this.people.get(member)!, context: top.entry.id } as AnswerItem,
            ],
          }
        : this.itemsFor(top.entry, analysis.intents);
      const direct: Direct | undefined =
        yes !== undefined
          ? { type: 'yes', item: yes, subject: this.listName(top.entry, analysis.lang) }
          : this.countOf(top.entry, analysis.lang);
      if (counting && !direct && top.entry.type === 'body')
        return {
          ...fallback,
          topicId: top.entry.id,
          items: result.items,
          missing: { attribute: 'count', subject: this.listName(top.entry, analysis.lang) },
        };
      if (direct && !result.missing && result.items.length > 0)
        return {
          kind: 'answer',
          lang: analysis.lang,
          question,
          topicId: top.entry.id,
          items: result.items,
          direct,
        };
    }
    // "Kan fastlegene koble seg på Helseplattformen?": a sentence of the answer that says they can, with every word the
    // question names (the platform or project itself aside: it is what they connect to), answers yes.
    // A close runner-up may be the one that says it ("Can GPs connect to the new system?": the option agreements).
    for (const c of candidates) {
      if (c !== top && c.score < PROMOTE_RATIO * top.score) break;
      const said = this.sentenceSaying(c.entry.id, analysis);
      if (said !== undefined)
        return {
          kind: 'answer',
          lang: analysis.lang,
          question,
          topicId: c.entry.id,
          items: this.itemsFor(c.entry, new Set()).items,
          direct: { type: 'yesSaid', sentence: said },
        };
    }
    const chosen = [top];
    for (const c of candidates.slice(1)) {
      if (!c.strong || c.score < SECOND_RATIO * top.score || chosen.length >= 3) continue;
      const ownTerms = [...c.terms].filter((t) => chosen.every((o) => !o.terms.has(t)));
      if (ownTerms.length > 0 && compatible(top.entry.type, c.entry.type)) chosen.push(c);
    }
    const items: AnswerItem[] = [];
    let missing: Answer['missing'];
    for (const c of chosen) {
      const result = this.itemsFor(c.entry, analysis.intents);
      if (result.missing && !missing) missing = result.missing;
      for (const item of result.items) if (!items.some((i) => sameItem(i, item))) items.push(item);
    }
    if (items.length === 0) return { ...fallback, topicId: top.entry.id, missing };
    return {
      kind: missing ? 'fallback' : 'answer',
      lang: analysis.lang,
      question,
      topicId: top.entry.id,
      items,
      missing,
    };
  }

  /**
   * True when a word the bot does not know qualifies the word that matched ("planen for julebordet", "home on Friday",
   * "time in New York"): it follows that word through a preposition, with no other recognised word between them.
   */
  private qualifiedByUnknown(top: Candidate, analysis: Analysis): boolean {
    const at = Math.min(...[...top.terms].map((t) => analysis.positions.get(t) ?? Infinity));
    const { tokens } = analysis;
    const qualifiers = this.language.questionShape.qualifiers;
    // A general word written in capitals is a name too ("kontoret til HR").
    const written = analysis.words();
    // So is one written with a capital letter inside the sentence ("training in Microsoft Teams").
    const acronyms = analysis.generalPositions.filter(
      (p) => written[p] === written[p]!.toUpperCase() || (p > 0 && /^\p{Lu}/u.test(written[p]!)),
    );
    const others = [...analysis.unknownPositions, ...acronyms];
    // English puts what a noun is of before it: "the new city hall project" is another project, and "safety
    // training" is training in something the entry does not speak of.
    if (analysis.lang === 'en' && [...others, ...analysis.generalPositions].includes(at - 1)) return true;
    const named = Math.min(...[...top.strongTerms].map((t) => analysis.positions.get(t) ?? Infinity));
    const before = analysis.knownPositions.indexOf(named - 1);
    // (Written as another entry's name, alias or keyword: "overall" is not "over".)
    const modifier = analysis.known[before];
    const othersName = this.strongWords.has(tokens[named - 1] ?? '');
    if (analysis.lang === 'en' && modifier && !top.terms.has(modifier) && othersName) return true;
    return others.some((p) => {
      if (!(at < p) || analysis.knownPositions.some((k) => k > at && k < p)) return false;
      for (let k = p - 1; k > at; k--) {
        if (qualifiers.has(tokens[k]!)) return true;
        if (!this.stopwords.has(stem(tokens[k]!))) return false;
      }
      return false;
    });
  }

  /**
   * True when the word that names the list of subprojects is narrowed by a word of the knowledge base that no subproject
   * has: the word after it ("delprosjektet for kommunikasjon", "delprosjekt Kommunikasjon") or, in English, before it.
   */
  private namesOtherSubproject(list: Candidate, candidates: Candidate[], analysis: Analysis): boolean {
    const at = analysis.knownPositions.filter((_, k) => list.nameTerms.has(analysis.known[k]!));
    const termAt = (p: number) => {
      const k = analysis.knownPositions.indexOf(p);
      return k < 0 ? undefined : analysis.known[k];
    };
    const filler = (p: number) =>
      this.stopwords.has(stem(analysis.tokens[p] ?? '')) ||
      this.language.questionShape.qualifiers.has(analysis.tokens[p] ?? '');
    const beside = at.flatMap((p) => {
      let next = p + 1;
      while (next < analysis.tokens.length && filler(next)) next++;
      return analysis.lang === 'en' ? [next, p - 1] : [next];
    });
    return beside.some((p) => {
      const t = termAt(p);
      if (t === undefined || list.terms.has(t)) return false;
      const owners = candidates.filter((c) => c.terms.has(t));
      const project = owners.some((o) => o.entry.type === 'unit' && o.strongTerms.has(t));
      return (
        !project &&
        !owners.some((o) => o.entry.type === 'subproject') &&
        owners.some((o) => o.strongTerms.has(t))
      );
    });
  }

  /**
   * True when the question's words of the knowledge base (one word, or several in a row: "Midt-Norge", "Helseplattformen
   * AS") stand after an everyday word it does not have ("Skriveren på kontoret …", "Who waters the plants in the
   * office?", "Hvem vasker kontorlokalene?"), or in English right before one ("the IT helpdesk"; of a person, that
   * word may be their role: "the communications adviser"): that everyday word is what the question is about, and the
   * words the bot knows only say where or whose. Words it has only in running text ("tett") name nothing here.
   * Asking who or where, an everyday word tied by a preposition to a word of the knowledge base is such a topic too,
   * wherever the other words stand ("post til prosjektet i bygget", "the Christmas dinner for the project").
   */
  private sideWord(analysis: Analysis, person: boolean): boolean {
    const at = analysis.knownPositions.filter((_, k) => this.strongVocabulary.has(analysis.known[k]!));
    if (at.length === 0) return false;
    // In English an everyday word right before a question word says which of it is asked ("the street address of
    // …"); Norwegian writes such a pair as one word ("gateadressen").
    const modifier = (p: number) => analysis.lang === 'en' && analysis.intentPositions.includes(p + 1);
    const topics = analysis.everydayPositions.filter((p) => !modifier(p));
    const asksWhoOrWhere = ['who', 'lead', 'contact', 'where'].some((i) => analysis.intents.has(i as Intent));
    // (A verb tied to a word is said of it: "Hvem svarer på spørsmål fra media?")
    const things = topics.filter((p) => !this.presentVerb(analysis.tokens[p]!, analysis.lang));
    if (asksWhoOrWhere && things.some((p) => this.tiedTo(analysis, p, at))) return true;
    const first = Math.min(...at);
    const last = Math.max(...at);
    if (new Set(at).size !== last - first + 1) return false;
    if (topics.some((p) => p < first)) return true;
    return analysis.lang === 'en' && !person && topics.includes(last + 1);
  }

  /** True when a Norwegian word is a verb in the present tense of the dictionaries ("svarer", "svarar": svare, svara). */
  private presentVerb(token: string, lang: Lang): boolean {
    return lang !== 'en' && /(er|ar)$/.test(token) && this.language.everyday.isLemma(token.slice(0, -1));
  }

  /** True when a preposition, then filler only, stands between the word at `from` and one of the words at `to`. */
  private tiedTo(analysis: Analysis, from: number, to: number[]): boolean {
    const { tokens } = analysis;
    const qualifiers = this.language.questionShape.qualifiers;
    let k = from + 1;
    if (!qualifiers.has(tokens[k] ?? '')) return false;
    k++;
    // Filler, and words the knowledge base has only in running text ("the third floor"), may stand between.
    const prose = (j: number) => analysis.knownPositions.includes(j);
    while (k < tokens.length && !to.includes(k) && (this.stopwords.has(stem(tokens[k]!)) || prose(k))) k++;
    return to.includes(k);
  }

  /**
   * True when what the role asked for is of, after a preposition ("direktør for X"), is a word the bot does not know,
   * or one the person's entry does not have ("kommunaldirektør for økonomi" is not the one for helse og velferd).
   */
  private roleQualifiedByUnknown(analysis: Analysis, top: Candidate): boolean {
    const { tokens } = analysis;
    const qualifiers = this.language.questionShape.qualifiers;
    const end = Math.max(analysis.roleStop, analysis.roleAt + 1);
    let k = end;
    if (!qualifiers.has(tokens[k] ?? '')) return false;
    while (k < tokens.length && this.stopwords.has(stem(tokens[k]!))) k++;
    const known = analysis.knownPositions.indexOf(k);
    if (analysis.unknownPositions.includes(k)) return true;
    if (known < 0) return false;
    // A name of something else (one or two entries are called by it); not prose, nor a word of the whole project.
    const t = analysis.known[known]!;
    const entries = this.strongEntries(t);
    return !top.terms.has(t) && entries > 0 && entries <= 2;
  }

  /**
   * True when a count question names a place or organisation (where someone works, who decides something) that the
   * counted entry does not mention at all, or a name the bot does not know as whose the counted things are
   * ("Hvor mange innbyggere har Norge?").
   */
  private countElsewhere(top: Candidate, analysis: Analysis): boolean {
    const words = analysis.words();
    const possess = (k: number) => this.language.questionShape.possess.has(stem(analysis.tokens[k] ?? ''));
    const unknownName = analysis.unknownPositions.some(
      (p) => p > 0 && /^\p{Lu}/u.test(words[p] ?? '') && (possess(p - 1) || possess(p + 1)),
    );
    return (
      unknownName ||
      analysis.known.some(
        (t) => t !== analysis.askedNoun && !top.terms.has(t) && this.orgWords.has(t) && !this.intentOf(t),
      )
    );
  }

  /**
   * True when the fact gives figures of the counted thing, but none in a sentence that names the place or organisation
   * the question names. A counted word no figure is given of (a synonym, "employees" for "staff") is left to the
   * other rules.
   */
  private figureElsewhere(top: Candidate, noun: string, analysis: Analysis): boolean {
    const of = (this.figures.get(top.entry.id) ?? []).filter((f) => f.counts.has(noun));
    if (of.length === 0) return false;
    const where = analysis.known.filter(
      (t) => t !== noun && this.orgWords.has(t) && top.terms.has(t) && !this.intentOf(t),
    );
    return where.length > 0 && !of.some((f) => where.every((t) => f.words.has(t)));
  }

  /**
   * True when the question gives the person's first name followed by a word the bot does not know, where the person's
   * own surname would stand ("Anne Hathaway" is not Anne Amdal Storsve).
   */
  private otherSurname(person: Person, analysis: Analysis): boolean {
    const [first, second] = tokenize(person.name);
    if (second === undefined) return false;
    const { tokens } = analysis;
    return tokens.some((t, k) => {
      const next = tokens[k + 1];
      if (t !== first || next === undefined || analysis.knownPositions.includes(k + 1)) return false;
      // An initial ("Elise B. Vesterhus") or a word of the person's own name is theirs.
      if (next.length < 2 || tokenize(person.name).includes(next)) return false;
      return !this.language.languageWords.has(next) && !/^[0-9]/.test(next);
    });
  }

  /** True when a word the bot does not know follows the person's name in the genitive ("Vesterhus's deputy"). */
  private possessedUnknown(person: Person, analysis: Analysis): boolean {
    const name = tokenize(person.name);
    const { tokens } = analysis;
    return analysis.unknownPositions.some((p) => {
      const before = tokens[p - 1] ?? '';
      if (before === 's') return name.includes(tokens[p - 2] ?? '');
      return before.endsWith('s') && name.includes(before.slice(0, -1));
    });
  }

  /** The words of a person's own name, aliases and role (not of where they work). */
  private ownTerms(person: Person): Set<string> {
    let own = this.personTerms.get(person.id);
    if (!own) {
      own = new Set(terms(`${person.name} ${person.aliases.join(' ')} ${all(person.role)}`));
      this.personTerms.set(person.id, own);
    }
    return own;
  }

  /** True when the words name where the person works (their unit or organisation) and none is of their own role. */
  private worksAtTerms(person: Person): Set<string> {
    return new Set(terms(`${person.unit ?? ''} ${person.organisation ?? ''}`));
  }

  private onlyWorksAt(person: Person, words: string[]): boolean {
    const at = new Set(terms(`${person.unit ?? ''} ${person.organisation ?? ''}`));
    const own = this.ownTerms(person);
    return words.some((t) => at.has(t)) && !words.some((t) => own.has(t));
  }

  /**
   * True when the one word recognised has a word for the user's own ("min", "my") right before or after it. Compared
   * as written: folded, "vår" (our) would be "var" (was).
   */
  private ownAt(top: Candidate, analysis: Analysis): boolean {
    if (new Set(analysis.known).size !== 1) return false;
    const own = this.language.questionShape.ownWritten;
    const written = analysis.words().map((w) => w.toLowerCase());
    return [...top.terms].some((t) => {
      const p = analysis.positions.get(t);
      return p !== undefined && (own.has(written[p - 1] ?? '') || own.has(written[p + 1] ?? ''));
    });
  }

  /** The answer that a planned decision's outcome is not known, when the question asks what it ended with. */
  private outcomeUnknown(id: string, analysis: Analysis, fallback: Answer): Answer | undefined {
    const d = this.kb.decisions.find((x) => x.id === id);
    if (!d || d.status !== 'planned' || !(analysis.intents.has('outcome') || analysis.past)) return undefined;
    return {
      ...fallback,
      topicId: d.id,
      items: [{ type: 'decision', decision: d }],
      missing: { attribute: 'outcome', subject: pick(d.title, analysis.lang) },
    };
  }

  /** "Jeg vet ikke hvem som leder <what the question names after the lead word>". */
  private leadMissing(analysis: Analysis): NonNullable<Answer['missing']> {
    return {
      attribute: 'lead',
      subject: phraseFrom(analysis.words(), analysis.leadEnd, this.stopwordAt(analysis)),
    };
  }

  /** Which tokens are filler ("av", "the"): they do not start the name of what was asked. */
  private stopwordAt(analysis: Analysis): (index: number) => boolean {
    const words = analysis.words();
    const stems = words.map((w) => stem(tokenize(w)[0] ?? ''));
    return (k) => this.stopwords.has(stems[k] ?? '');
  }

  /**
   * A list named together with a word that narrows it: "delprosjektet for legevakt" names a subproject that does
   * not exist; "beslutninger om bystyret" keeps the decisions about the city council, or says there are none.
   */
  private refineCollection(
    top: Candidate,
    candidates: Candidate[],
    analysis: Analysis,
    fallback: Answer,
    counting: boolean,
  ): Answer | undefined {
    const type = top.entry.type;
    // "Hvilke beslutninger gjelder bystyret?" may rank one of them first; the list named is still what is asked
    // for (not "when", which wants the one decision's date).
    const list =
      type === 'decision' && !analysis.intents.has('when')
        ? candidates.find((c) => c.entry.type === 'decisions' && c.named)
        : type === 'decisions' || type === 'subprojects'
          ? top
          : undefined;
    if (!list) return undefined;
    const owners = (t: string) => candidates.filter((c) => c.terms.has(t));
    // Words for the project itself ("innføringsprosjektet", "prosjektet") narrow nothing.
    const context = (t: string) => owners(t).some((o) => o.entry.type === 'unit' && o.strongTerms.has(t));
    const lang = analysis.lang;
    const whole = this.itemsFor(top.entry, new Set()).items;
    const subjectOf = (positions: number[]) =>
      [...new Set([...positions].sort((a, b) => a - b).map((p) => analysis.words()[p]!))].join(' ');
    if (type === 'subprojects') {
      // A word that no subproject has, but that names something else, or a word the bot does not know.
      const member = (t: string) => owners(t).some((o) => o.entry.type === 'subproject');
      const qualifiers = analysis.known.filter(
        (t) => !top.terms.has(t) && !member(t) && !context(t) && owners(t).some((o) => o.strongTerms.has(t)),
      );
      const named = Math.min(...[...top.strongTerms].map((t) => analysis.positions.get(t) ?? Infinity));
      // Unknown words qualify it wherever they stand ("the pharmacy subproject", "delprosjektet for apotek").
      // English puts what a noun is of before it, in words of the language as well: a word between the article and
      // the noun ("the research subproject"), not one that stands for the article ("each subproject").
      const modifier =
        analysis.lang === 'en' &&
        analysis.generalPositions.includes(named - 1) &&
        this.language.roleQuestion.articles.has(analysis.tokens[named - 2] ?? '')
          ? [named - 1]
          : [];
      const unknownAfter = Number.isFinite(named) ? [...analysis.unknownPositions, ...modifier] : [];
      if (qualifiers.length === 0 && unknownAfter.length === 0) return undefined;
      // "Hvilke delprosjekter leder Rådmannens fagstab?": a word that names the leads of some of them.
      const ledBy = this.kb.subprojects.filter((sp) =>
        candidates.some((c) => c.entry.id === sp.lead && qualifiers.some((t) => c.strongTerms.has(t))),
      );
      if (ledBy.length > 0 && unknownAfter.length === 0) {
        const subprojects = ledBy.map((sp) => ({ subproject: sp, lead: this.people.get(sp.lead)! }));
        return {
          kind: 'answer',
          lang,
          question: fallback.question,
          topicId: top.entry.id,
          items: [{ type: 'subprojectList', subprojects }],
          direct: counting
            ? { type: 'count', count: subprojects.length, subject: '', collection: 'subprojects' }
            : undefined,
        };
      }
      const subject = subjectOf([...qualifiers.map((t) => analysis.positions.get(t)!), ...unknownAfter]);
      return {
        ...fallback,
        topicId: top.entry.id,
        items: whole,
        missing: { attribute: 'subproject', subject },
      };
    }
    const qualifiers = analysis.known.filter((t) => !list.terms.has(t) && !context(t));
    if (qualifiers.length === 0) return undefined;
    const about = this.kb.decisions.filter((d) =>
      candidates.some((c) => c.entry.id === d.id && qualifiers.some((q) => c.terms.has(q))),
    );
    // One decision about it, ranked first: that decision is the answer.
    if (type === 'decision' && about.length < 2) return undefined;
    const single = about.length === 1 ? this.outcomeUnknown(about[0]!.id, analysis, fallback) : undefined;
    if (single) return single;
    const subject = subjectOf(qualifiers.map((t) => analysis.positions.get(t)!));
    const all = this.itemsFor(list.entry, new Set()).items;
    if (about.length === 0)
      return { ...fallback, topicId: list.entry.id, items: all, missing: { attribute: 'topic', subject } };
    return {
      kind: 'answer',
      lang,
      question: fallback.question,
      topicId: list.entry.id,
      items: [{ type: 'decisionList', decisions: about }],
      direct: counting
        ? { type: 'count', count: about.length, subject: '', collection: 'decisions' }
        : undefined,
    };
  }

  /**
   * True when the noun asked for names the candidate or what its list is made of: the members of a council are
   * from municipalities ("Hvilke kommuner er representert i samarbeidsrådet?").
   */
  private holds(c: Candidate, noun: string): boolean {
    return c.strongTerms.has(noun) || this.listHolds(c.entry, noun);
  }

  /** True when an item of the entry's list has the word. */
  private listHolds(entry: Entry, word: string): boolean {
    let words = this.listTerms.get(entry.id);
    if (!words) {
      const list = this.listOf(entry);
      words = new Set(list ? [list.nb, list.nn ?? [], list.en ?? []].flat().flatMap((x) => terms(x)) : []);
      this.listTerms.set(entry.id, words);
    }
    return words.has(word);
  }

  /** The items of the entry's list in every language, in the same order, or undefined when it has none. */
  private listOf(entry: Entry): { nb: string[]; nn?: string[]; en?: string[] } | undefined {
    const kb = this.kb;
    switch (entry.type) {
      case 'fact':
        return kb.facts.find((f) => f.id === entry.id)?.items;
      case 'body': {
        const b = kb.bodies.find((x) => x.id === entry.id)!;
        if (b.members.length === 0) return undefined;
        const names = b.members
          .map((m) => this.people.get(m)!)
          .map((p) => `${p.name} (${p.organisation ?? ''})`);
        return { nb: names };
      }
      case 'subprojects':
        return byLang(kb.subprojects.map((s) => s.name));
      case 'decisions':
        return byLang(kb.decisions.map((d) => d.title));
      case 'gains':
        return byLang(kb.gains.categories.map((c) => c.name));
      case 'gainCategory':
        return kb.gains.categories.find((c) => c.id === entry.id)?.items;
      case 'contacts':
        return { nb: this.keyContacts().map((p) => p.name) };
      default:
        return undefined;
    }
  }

  /** The entry's name as the heading of its list. */
  private listName(entry: Entry, lang: Lang): string {
    const kb = this.kb;
    switch (entry.type) {
      case 'fact':
        return pick(kb.facts.find((f) => f.id === entry.id)!.title, lang);
      case 'body':
        return pick(kb.bodies.find((b) => b.id === entry.id)!.name, lang);
      case 'gains':
        return pick(kb.gains.title, lang);
      case 'gainCategory':
        return `${pick(kb.gains.title, lang)}: ${pick(kb.gains.categories.find((c) => c.id === entry.id)!.name, lang)}`;
      default:
        return entry.aliases.split(' \n ')[0] ?? entry.id;
    }
  }

  /** How many the entry's list holds, or that the page gives no total; undefined when it has no list. */
  private countOf(entry: Entry, lang: Lang): Direct | undefined {
    const list = this.listOf(entry);
    if (!list) return undefined;
    const subject = this.listName(entry, lang);
    const fact = entry.type === 'fact' ? this.kb.facts.find((f) => f.id === entry.id) : undefined;
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
   * The one item of the entry's list that a word of the question names ("legevakt", "Bindal"), in the answer's
   * language; undefined when no word names exactly one item (a word every item has, such as "kommune", names none).
   */
  private itemNamed(entry: Entry, known: string[], lang: Lang): [string, number, string] | undefined {
    const list = this.listOf(entry);
    if (!list) return undefined;
    const itemTerms = list.nb.map(
      (_, i) =>
        new Set([list.nb[i], list.nn?.[i], list.en?.[i]].flatMap((x) => (x ? terms(this.writeOut(x)) : []))),
    );
    for (const t of new Set(known)) {
      // A word many entries are called by ("Trondheim") is context, not the thing asked about.
      if (this.strongEntries(t) > 2) continue;
      // A word the knowledge base does not have may be a near spelling of an item ("skolehelsetenesta").
      const max = this.vocabulary.has(t) ? 0 : this.maxTypos(t);
      const names = (set: Set<string>) =>
        set.has(t) ||
        (max > 0 && [...set].some((x) => plausibleTypo(x, t) && editDistance(x, t, max) <= max));
      const hits = itemTerms.flatMap((set, i) => (names(set) ? [i] : []));
      const i = hits[0]!;
      if (hits.length === 1) return [(list[lang] ?? list.nb)[i] ?? list.nb[i]!, i, t];
    }
    return undefined;
  }

  /**
   * "delprosjektlederne", "delprosjektleiarane": a word for the subprojects joined to a word for their leads asks for
   * the leads of the subprojects, as "delprosjekt lederne" would.
   */
  private splitSubprojectLeads(question: string): string {
    const kinds = this.kb.collections.subprojects.aliases
      .map((a) => a.toLowerCase())
      .filter((a) => a.length >= 6 && !a.includes(' '));
    const leadStems = new Set(
      this.language.intentPhrases
        .filter((p) => p.intent === 'lead' && p.words.length === 1)
        .map((p) => p.words[0]!),
    );
    return question.replace(/\p{L}+/gu, (word) => {
      const lower = word.toLowerCase();
      for (const k of kinds) {
        const rest = lower.slice(k.length);
        if (lower.startsWith(k) && rest.length >= 4 && leadStems.has(stem(rest)))
          return `${word.slice(0, k.length)} ${word.slice(k.length)}`;
      }
      return word;
    });
  }

  /** "Hva står SSIKT for?", "What does SiO stand for?": a word in capitals with "står … for" around or after it. */
  private asksShortFor(question: string): boolean {
    const written = question.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    const short = (w: string | undefined) =>
      w !== undefined && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}\p{Ll}?$/u.test(w);
    const tokens = written.map((w) => tokenize(w).join(' '));
    return this.language.questionShape.standsFor.some((phrase) => {
      const verb = phrase.slice(0, -1).join(' ');
      const last = phrase[phrase.length - 1]!;
      return tokens.some((t, i) => {
        if (t !== verb) return false;
        // "står SSIKT for" (the short form between), "SSIKT stand for" (before).
        if (tokens[i + 2] === last && short(written[i + 1])) return true;
        return tokens[i + 1] === last && short(written[i - 1]);
      });
    });
  }

  /** Splits the question into intents, recognised terms and unknown words, and guesses its language. */
  private analyse(question: string): Analysis {
    // "ergo- og fysioterapi", also without the hyphen when the first part alone is no word of the knowledge base and,
    // written out, names something it has ("ergo og fysioterapi").
    const kbWord = (w: string) => this.vocabulary.has(stem(w)) || this.itemShortNames.has(stem(w));
    const everyday = this.language.everyday;
    const text = expandCoordinated(
      // "physio and occupational therapy": the English way of sharing a head.
      expandClipped(this.splitSubprojectLeads(question.slice(0, 2000)), kbWord),
      (w) => everyday.hasWordOrCompound(w, 4) || kbWord(w),
      (w) => everyday.hasWordOrCompound(w) || kbWord(w),
      (first, joined) => !this.vocabulary.has(stem(first)) && kbWord(joined),
      false,
      (w) => everyday.isLemma(w),
    );
    const tokens = tokenize(text);
    const stems = tokens.map(stem);
    // Worked out only when an answer names what was asked (rare): most questions never need it.
    let written: string[] | undefined;
    const words = () =>
      (written ??= text
        .split(/\s+/)
        .flatMap((w) => tokenize(w).map(() => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))));
    // The words as written, punctuation kept ("regions'"), one per token.
    const chunks = () => text.split(/\s+/).flatMap((w) => tokenize(w).map(() => w.replace(/[?!.,:;]+$/, '')));
    const headOnly: number[] = [];
    let leadEnd = -1;
    const intents = new Set<Intent>();
    const known: string[] = [];
    const unknown: string[] = [];
    const positions = new Map<string, number>();
    const unknownPositions: number[] = [];
    // Words of the language ("anyone", "comes") that the knowledge base does not have: no topic of their own.
    const generalPositions: number[] = [];
    const everydayPositions: number[] = [];
    const intentPositions: number[] = [];
    let opening: Intent | undefined;
    const fuzzyAt: number[] = [];
    let i = 0;
    const knownPositions: number[] = [];
    const addKnown = (term: string) => {
      known.push(term);
      knownPositions.push(i - 1);
      if (!positions.has(term)) positions.set(term, i - 1);
    };
    const addUnknown = (word: string) => {
      unknown.push(word);
      unknownPositions.push(i - 1);
    };
    const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
    for (const s of stems)
      for (const lang of ['nb', 'nn', 'en'] as Lang[]) if (this.language.markers[lang].has(s)) votes[lang]++;
    const lang: Lang = votes.en > Math.max(votes.nb, votes.nn) ? 'en' : votes.nn > votes.nb ? 'nn' : 'nb';
    // "What time is it?": in an English question a short function word is filler, even when the knowledge base
    // has it as a name ("IT"); written in capitals it is that name.
    const functionWord = (k: number) =>
      lang === 'en' &&
      this.language.englishFunctionWords.has(tokens[k]!) &&
      !words()[k]?.includes(tokens[k]!.toUpperCase());
    while (i < stems.length) {
      // A one-word question word matches its own inflections, not a longer word with the same stem ("skriveren",
      // the printer, is not "skrive").
      const phrase = this.language.intentPhrases.find(
        (p) =>
          p.words.every((w, k) => stems[i + k] === w) &&
          (p.words.length > 1 || tokens[i]!.length <= p.raw.length + 2),
      );
      if (phrase) {
        // "når" later in a sentence is a conjunction ("... når Helseplattformen skal innføres"), not "when?", and
        // "i dag" is not asking for a date; a date or deadline asked for anywhere ("By what date ...") is.
        if (phrase.intent !== 'when' || i <= 1 || this.language.dateWords.has(phrase.raw))
          intents.add(phrase.intent);
        if (i === 0) opening = phrase.intent;
        for (let k = 0; k < phrase.words.length; k++) intentPositions.push(i + k);
        i += phrase.words.length;
        if (phrase.intent === 'lead' && leadEnd < 0) leadEnd = i;
        continue;
      }
      const s = stems[i]!;
      i++;
      if (this.stopwords.has(s) || s.length < 2 || functionWord(i - 1)) continue;
      if (this.otherFormOfName(tokens[i - 1]!, words()[i - 1] ?? '')) {
        generalPositions.push(i - 1);
        continue;
      }
      if (this.standsAlone(stems, i - 1)) {
        addUnknown(s);
        continue;
      }
      const item = this.itemShortNames.get(s);
      if (item !== undefined && !this.vocabulary.has(s)) {
        addKnown(item);
        continue;
      }
      // "lærere" (teachers) is not "læring", "train" not "training": an everyday word whose stem only meets words of
      // other base forms in the knowledge base is a word of its own.
      if (this.otherWord(tokens[i - 1]!, s)) {
        addUnknown(s);
        everydayPositions.push(i - 1);
        continue;
      }
      if (this.isKnown(s, tokens[i - 1]!)) {
        if (!this.vocabulary.has(s)) fuzzyAt.push(i - 1);
        addKnown(s);
        continue;
      }
      const token = tokens[i - 1]!;
      if (token.length >= 4 && token.endsWith('s') && this.nameWords.has(token.slice(0, -1))) {
        addKnown(stem(token.slice(0, -1)));
        continue;
      }
      const corrected = this.correctTypo(token);
      if (corrected) {
        if (corrected.intent) intents.add(corrected.intent);
        else {
          fuzzyAt.push(i - 1);
          addKnown(corrected.term);
        }
        continue;
      }
      // A misspelt filler word ("inen" for "innen") is filler too.
      if (this.fillerTypo(token)) continue;
      // A Norwegian base form of the dictionaries is a word of its own, not a compound of the knowledge base's words
      // ("fravær" is not "fra" + "vær"). (English words are split as before: "overall" is over + all.)
      const lemma = lang !== 'en' && this.language.everyday.isLemma(token);
      const parts = lemma ? undefined : this.splitCompound(token);
      if (parts) {
        for (const p of parts) {
          const intent = this.intentOf(p);
          if (intent) intents.add(intent);
          else addKnown(p);
        }
        continue;
      }
      // A compound whose first part is a known word ("datamigerering") still says what it is about.
      // Its last part is what it is, though: "helseminister" is a minister, which the bot knows nothing of.
      const head = this.language.everyday.isLemma(token) ? undefined : this.knownHead(token);
      if (head) {
        addKnown(head);
        headOnly.push(i - 1);
      } else if (this.language.languageWords.has(token)) generalPositions.push(i - 1);
      else {
        addUnknown(s);
        if (this.language.everyday.hasWordOrCompound(token)) everydayPositions.push(i - 1);
      }
    }
    // The word right after "Hvem er" / "Who is (the)" is the role asked for.
    const role = this.language.roleQuestion;
    const asksWho = role.who.has(tokens[0] ?? '');
    let roleAt = (asksWho || role.what.has(tokens[0] ?? '')) && role.copulas.has(tokens[1] ?? '') ? 2 : -1;
    if (roleAt > 0 && role.articles.has(tokens[roleAt] ?? '')) roleAt += 1;
    // "Who is the project's data protection officer?": the role follows the genitive.
    if (roleAt > 0 && lang === 'en' && tokens[roleAt + 1] === 's' && /['’]s$/.test(chunks()[roleAt] ?? ''))
      roleAt += 2;
    // A role of several words runs to the first filler word ("data protection officer for …"). Its last word is
    // what the role is; when that is a question word ("overall project manager"), the lead rules answer it.
    let roleStop = roleAt;
    while (asksWho && roleAt > 0 && roleStop < stems.length && !this.stopwords.has(stems[roleStop]!))
      roleStop++;
    const headKnown = [...positions.values()].includes(roleStop - 1);
    const inRole = (k: number) => headKnown && roleStop - roleAt >= 2 && k >= roleAt && k < roleStop;
    // "What is the salary of …", "Hva er budsjettet for …": after "Hva er" too, a word the bot does not know is
    // what is asked.
    // "Hvem er HR-sjef …": a general word the knowledge base does not have, right before a lead word, says what the
    // role leads.
    const leadAt = (k: number) => intentPositions.includes(k) && leadEnd === k + 1;
    const unknownRoleAsked =
      roleAt > 0 &&
      (unknownPositions.includes(roleAt) ||
        (asksWho &&
          (headOnly.includes(roleAt) ||
            unknownPositions.some(inRole) ||
            (generalPositions.includes(roleAt) && leadAt(roleAt + 1)))));
    const rolePhrase = known.filter((t) => inRole(positions.get(t) ?? -1));
    // The role is the one word there when what follows is filler or the end ("direktør i …"), not an adjective
    // before the role ("overall project manager").
    const roleEnds = roleAt > 0 && (roleAt + 1 >= stems.length || this.stopwords.has(stems[roleAt + 1]!));
    // Of a compound ("prosjekteier" = prosjekt + eier) the last part is the role.
    const roleTerm = roleEnds ? known.filter((t) => positions.get(t) === roleAt).pop() : undefined;
    // A role made of a known word and a short last part, recognised only as a near spelling of another role
    // ("prosjekteier" of "prosjektleiar"), is a role the bot does not know, unless it is someone's name.
    const roleGuessed =
      roleTerm !== undefined && fuzzyAt.includes(roleAt) && this.compoundKind(tokens[roleAt]!) === 'short';
    const shape = this.language.questionShape;
    // "Hvilken leverandør ble valgt?": the noun after the question word is what is asked for.
    let whichNounUnheld = false;
    let whichPlural: string | undefined;
    let whichNoun: string | undefined;
    let askedEveryday: number | undefined;
    // An everyday word the knowledge base does not have, or one of the general stop-word lists that is one too.
    const everydayAt = (k: number) =>
      everydayPositions.includes(k) ||
      (generalPositions.includes(k) && this.language.everyday.has(tokens[k]!));
    for (let k = 0; k < tokens.length - 1; k++) {
      const two = `${tokens[k]} ${tokens[k + 1]}`;
      const len = shape.which.has(two) ? 2 : shape.which.has(tokens[k]!) ? 1 : 0;
      if (len === 0) continue;
      // "Which regions' municipalities …": a word in the genitive says whose; what is asked for comes after it.
      const genitive = lang === 'en' && /\p{L}(?:'|'s|’|’s)$/u.test(chunks()[k + len] ?? '');
      const at = genitive && knownPositions.includes(k + len + 1) ? k + len + 1 : k + len;
      const noun = stems[at];
      if (noun !== undefined && known.includes(noun)) whichNoun = noun;
      if (everydayAt(at)) askedEveryday = at;
      // "Which (old) journal systems …": the last of the recognised words right after it is the noun asked for;
      // whether it is in the plural says if several things are asked for.
      let head = knownPositions.find((p) => p >= at);
      if (head !== undefined && head <= at + 2) {
        while (knownPositions.includes(head + 1)) head++;
        const term = known[knownPositions.indexOf(head)]!;
        const pluralEnding = lang === 'en' ? /[^s]s$/ : /(er|ene|ar|ane)$/;
        if (tokens[head] !== term && pluralEnding.test(tokens[head]!)) whichPlural = term;
      }
      whichNounUnheld =
        noun !== undefined &&
        known.includes(noun) &&
        !this.intentOf(noun) &&
        !this.stopwords.has(noun) &&
        this.strongEntries(noun) === 0;
      break;
    }
    // "Hvor mange <noun>", "Hvilke <noun>": the noun says what is counted or listed.
    let askedNoun: string | undefined = whichNoun;
    for (let k = 0; k < stems.length && askedNoun === undefined; k++) {
      const phrase = this.countPhrases.find((p) => p.words.every((w, j) => stems[k + j] === w));
      if (!phrase) continue;
      askedNoun = known.find((t) => (positions.get(t) ?? -1) >= k + phrase.words.length);
      let first = k + phrase.words.length;
      while (first < stems.length && this.stopwords.has(stems[first]!)) first++;
      if (everydayAt(first)) askedEveryday ??= first;
    }
    // The asker as subject within the first words after "hvordan"/"how" ("How can I …", "Hvordan kan vi …").
    const howTo =
      shape.howTo.has(tokens[0] ?? '') &&
      tokens
        .slice(1, 4)
        .some((t) => shape.self.has(t) && (lang === 'en' || t !== 'i') && (lang !== 'en' || t !== 'me')) &&
      // "kommer jeg til": the asker stands between the verb and where to.
      !shape.goTo.some((phrase) => {
        const rest = tokens.filter((t) => !shape.self.has(t));
        return rest.some((_, k) => phrase.every((w, j) => rest[k + j] === w));
      });
    const isSelf = (t: string) =>
      shape.self.has(t) && (lang === 'en' || t !== 'i') && (lang !== 'en' || t !== 'me');
    const selfAt = tokens.slice(0, 4).findIndex(isSelf);
    const selfActivity =
      selfAt >= 0 &&
      (everydayPositions.includes(selfAt + 1) ||
        // Not to get hold of someone ("få tak i", "get in touch"): that asks for contact details.
        (shape.obtain.has(tokens[selfAt + 1] ?? '') &&
          !['who', 'contact', 'phone', 'email'].some((i) => intents.has(i as Intent))));
    // Also a name of which only the first part is known ("Helsedirektoratet").
    const nameless = [...unknownPositions, ...headOnly];
    const raw = nameless.length > 0 ? text.split(/\s+/).flatMap((w) => tokenize(w).map(() => w)) : [];
    const otherNames = nameless.filter(
      (p) => p > 0 && /^\p{Lu}/u.test(words()[p] ?? '') && !/[.!?:]$/.test(raw[p - 1] ?? ''),
    );
    return {
      howTo,
      selfActivity,
      otherNames,
      lang,
      intents,
      known,
      unknown,
      positions,
      unknownPositions,
      knownPositions,
      tokens,
      generalPositions,
      everydayPositions,
      intentPositions,
      opening,
      headOnly,
      unknownRoleAsked,
      stems: new Set(stems),
      words,
      yesNo: shape.yesNo.has(tokens[0] ?? ''),
      own: tokens.some((t) => shape.own.has(t)),
      // "Ble …?", or "Hva ble …", "What did …" (not "Når ble …", which asks for the date).
      past: shape.past.has(tokens[0] ?? '') || (shape.past.has(tokens[1] ?? '') && !intents.has('when')),
      leadEnd,
      roleQuestionWho: asksWho && roleAt > 0,
      whichNounUnheld,
      whichPlural,
      roleTerm,
      roleGuessed,
      roleAt,
      rolePhrase,
      roleStop,
      askedNoun,
      askedEveryday,
    };
  }

  /** True when the word is one letter away from a filler word of five letters or more. */
  private fillerTypo(token: string): boolean {
    if (token.length < 4) return false;
    const known = this.fillerTypos.get(token);
    if (known !== undefined) return known;
    // A misspelling keeps the first letter ("dinner" is not "finner").
    const filler = this.fillerWords.some(
      (w) => w[0] === token[0] && Math.abs(w.length - token.length) <= 1 && editDistance(token, w, 1) <= 1,
    );
    this.fillerTypos.set(token, filler);
    return filler;
  }

  private findBoundParts(): void {
    const hyphenatedName = /(\p{L}{3,})-(\p{L}{3,})/gu;
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

  /**
   * For a question that opens with "kan"/"can" and holds only words the bot knows: the sentence of the entry's text
   * (in the question's language first) that says "kan"/"can" and has every word the question names, at least two of
   * them, besides the names of the project and the platform themselves.
   */
  private sentenceSaying(id: string, analysis: Analysis): string | undefined {
    const shape = this.language.questionShape;
    if (!shape.may.has(analysis.tokens[0] ?? '') || analysis.unknown.length > 0) return undefined;
    if (analysis.everydayPositions.length > 0 || analysis.generalPositions.length > 0) return undefined;
    const whole = new Set(
      this.kb.projectOffice.contactFor.flatMap((ref) => {
        const e = this.entries.get(ref);
        return e ? terms(`${e.names} ${e.aliases} ${e.keywords}`) : [];
      }),
    );
    const asked = [...new Set(analysis.known)].filter((t) => !whole.has(t));
    if (asked.length < 2) return undefined;
    const entry = [...this.kb.decisions, ...this.kb.facts].find((e) => e.id === id);
    if (!entry) return undefined;
    const texts = [entry.text[analysis.lang], entry.text.nb, entry.text.nn, entry.text.en];
    for (const text of texts) {
      for (const sentence of text?.split(/(?<=[.!?])\s+/) ?? []) {
        const own = new Set(terms(sentence));
        if (![...shape.may].some((m) => own.has(stem(m)))) continue;
        if (asked.every((t) => own.has(t))) return sentence.trim();
      }
    }
    return undefined;
  }

  /**
   * True when the question's words the bot knows all name an organisation (after "at", "i", "hos" …) that none of the
   * people the page names works for.
   */
  private contactElsewhere(analysis: Analysis): boolean {
    const first = Math.min(...analysis.knownPositions);
    const at = new Set(['at', 'in', 'i', 'hos', 'ved']);
    if (!Number.isFinite(first) || !at.has(analysis.tokens[first - 1] ?? '')) return false;
    return analysis.known.every((t) => this.orgWords.has(t) && !this.employers.has(t));
  }

  /**
   * For a question asking who is in or leads something: the word as written for a body of people ("ledergruppen",
   * "prosjektstyret", "steering committee") that no entry has as its name or alias; undefined when there is none.
   */
  private unknownGroup(analysis: Analysis): string | undefined {
    if (!(['who', 'list'] as Intent[]).some((i) => analysis.intents.has(i))) return undefined;
    const everyday = this.language.everyday;
    const isWord = (w: string) =>
      w.length >= 2 && (everyday.hasWordOrCompound(w) || everyday.isLemma(w) || this.vocabulary.has(stem(w)));
    // "styrings|gruppen", "arbeids|utvalet": a joining s or e between the parts.
    const firstPart = (w: string) => isWord(w) || (/[se]$/.test(w) && isWord(w.slice(0, -1)));
    const { tokens } = analysis;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const head = [...this.language.questionShape.groups].find(
        (h) => token.endsWith(h) && (token === h || firstPart(token.slice(0, -h.length))),
      );
      if (head === undefined || this.namedTerms.has(stem(token))) continue;
      // "the group photo": the word is the first part of a name of two words.
      if (token === head && analysis.knownPositions.includes(i + 1)) continue;
      const written = analysis.words();
      // "the steering committee": the English words before it belong to it.
      const before =
        token === head && i > 0 && !analysis.intentPositions.includes(i - 1) ? `${written[i - 1]} ` : '';
      return `${before}${written[i] ?? token}`;
    }
    return undefined;
  }

  /** Writes out the coordinated compounds of knowledge-base text ("helse- og velferdskontor"). */
  private writeOut(text: string): string {
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
  private findItemShortNames(): void {
    for (const entry of this.entries.values()) {
      const list = this.listOf(entry);
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

  /** True when a word in lower case has the stem of a person's name but is not written as it ("helgen" of Helge). */
  private otherFormOfName(token: string, written: string): boolean {
    if (written !== written.toLowerCase() || this.nameWords.has(token)) return false;
    if (token.endsWith('s') && this.nameWords.has(token.slice(0, -1))) return false;
    return this.personNameStems.has(stem(token));
  }

  /** True when the term is a part of a hyphenated name and its other part is not beside it in the question. */
  private standsAlone(stems: string[], at: number): boolean {
    const partners = this.boundParts.get(stems[at]!);
    return partners !== undefined && !partners.has(stems[at - 1] ?? '') && !partners.has(stems[at + 1] ?? '');
  }

  private intentOf(term: string): Intent | undefined {
    return this.language.intentPhrases.find((p) => p.words.length === 1 && p.words[0] === term)?.intent;
  }

  /**
   * True when the word is an everyday word whose stem the knowledge base has only in other words of the dictionaries:
   * "lærere" (teachers) and "læring" (learning) share the stem "lær", "train" and "training" the stem "train".
   */
  private otherWord(token: string, term: string): boolean {
    const written = this.writtenByStem.get(term);
    if (!written || written.has(token)) return false;
    return [...written].every((w) => !this.sameWord(token, w));
  }

  /** True when an everyday word may be a near spelling of the knowledge-base stem ("plants" is not "plan"). */
  private nearFormOf(token: string, stemmed: string): boolean {
    const written = this.writtenByStem.get(stemmed);
    return !written || [...written].some((w) => this.sameWord(token, w));
  }

  /**
   * Whether a question word may be the knowledge base's word: unless both are everyday words of different base forms.
   * Forms of one base form are one word ("interessene", "interesser"), and so are base forms one letter apart, which
   * are one word in bokmål and nynorsk ("medarbeider", "medarbeidar"). A word the dictionaries do not have (a name, a
   * misspelling) may be any word.
   */
  private sameWord(token: string, word: string): boolean {
    if (token === word) return true;
    const everyday = this.language.everyday;
    const ofToken = everyday.lemmas(token);
    const ofWord = everyday.lemmas(word);
    if (ofToken.length === 0 || ofWord.length === 0) return true;
    // A base form of its own is not a longer base form of the knowledge base's that looks like a form of it ("train" is
    // not "training"). (The other way round, a longer question word may be an inflection listed as a word: "systemer".)
    const bothBase = ofToken[0] === token && ofWord[0] === word && token.length < word.length;
    if (bothBase && ofToken[0] !== ofWord[0])
      return Math.min(token.length, word.length) >= 5 && editDistance(token, word, 1) <= 1;
    // One's nearest base form (itself, or with the fewest letters stripped) is a base form of the other.
    if (ofWord.includes(ofToken[0]!) || ofToken.includes(ofWord[0]!)) return true;
    // Or the two have base forms one letter apart: their nearest ones ("skolehelseteneste", "skulehelseteneste"), or
    // any without a final -e added to a stripped form ("plant" and "plan(e)" are different words).
    const near = (a: string, b: string) => Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
    if (near(ofToken[0]!, ofWord[0]!)) return true;
    const plainWord = everyday.lemmas(word, false);
    return everyday.lemmas(token, false).some((a) => plainWord.some((b) => near(a, b)));
  }

  private isKnown(term: string, token: string): boolean {
    if (this.vocabulary.has(term)) return true;
    if (/^[0-9]+$/.test(term) || !this.mayBeTypo(token)) return false;
    // A typo counts as recognised only when it is close to a name, alias or keyword, not to any word of the prose.
    return this.search(term).some((r) =>
      Object.entries(r.match).some(
        ([docTerm, fs]) =>
          plausibleTypo(docTerm, term) &&
          fs.some((f) => STRONG_FIELDS.has(f as Field)) &&
          this.nearFormOf(token, docTerm),
      ),
    );
  }

  /**
   * False for a word that is a word of its own: one the language data has ("comes", "share", "knytt" are not
   * "comms", "spare", "nytte"), or a compound of words the knowledge base has ("prosjekteier" is prosjekt + eier,
   * not "prosjektleiar").
   */
  private mayBeTypo(token: string): boolean {
    return this.maxTypos(token) > 0;
  }

  /**
   * How many typing errors the word may carry: none when it is a word of its own (one the language data has, or two
   * whole words in a compound), one when a whole word is followed by a short last part ("prosjekteier" is not
   * "prosjektleiar", but "samarbeidsrdet" is "samarbeidsrådet"), else by its length.
   */
  private maxTypos(token: string): number {
    const known = this.typoBudget.get(token);
    if (known !== undefined) return known;
    const compound = this.language.languageWords.has(token) ? 'whole' : this.compoundKind(token);
    const max = compound === 'whole' ? 0 : Math.min(compound === 'short' ? 1 : 2, allowedTypos(token));
    this.typoBudget.set(token, max);
    return max;
  }

  /**
   * Finds the name, alias, keyword or question word a misspelt word was meant to be (swapped or missing letters
   * included); the closest wins.
   */
  private correctTypo(token: string): { term: string; intent?: Intent } | undefined {
    const cached = this.typos.get(token);
    if (cached) return cached.correction;
    const correction = this.findCorrection(token);
    this.typos.set(token, { correction });
    return correction;
  }

  private findCorrection(token: string): { term: string; intent?: Intent } | undefined {
    const max = this.maxTypos(token);
    if (max === 0) return undefined;
    let best: { term: string; intent?: Intent; distance: number } | undefined;
    for (const [word, { stem: wordStem }] of this.strongWords) {
      if (!plausibleTypo(word, token) || !this.nearFormOf(token, wordStem)) continue;
      const d = editDistance(token, word, max);
      if (d <= max && (!best || d < best.distance)) best = { term: wordStem, distance: d };
    }
    // An inflected misspelling ("oplæringen") is compared on its stem too.
    const tokenBase = stripEnding(token);
    if (max >= 2 && tokenBase.length >= 5) {
      for (const { stem: wordStem, base } of this.strongWords.values()) {
        if (!plausibleTypo(base, tokenBase) || !this.nearFormOf(token, wordStem)) continue;
        const d = editDistance(tokenBase, base, 1);
        if (d <= 1 && (!best || d < best.distance)) best = { term: wordStem, distance: d };
      }
    }
    for (const [word, intent] of this.intentWords) {
      if (!plausibleTypo(word, token)) continue;
      const d = editDistance(token, word, max);
      if (d <= max && (!best || d < best.distance)) best = { term: word, intent, distance: d };
    }
    return best;
  }

  /**
   * True when the word is a compound: two whole words (four letters or more each) the knowledge base or language data
   * has, or one such word and a short last part ("prosjekt" + "eier"), which is too short to carry a typo of its own.
   */
  private compoundKind(token: string): 'whole' | 'short' | undefined {
    const whole = (w: string) => this.writtenWords.has(w) || this.language.languageWords.has(w);
    let kind: 'short' | undefined;
    for (let i = 4; i <= token.length - 2; i++) {
      const left = token.slice(0, i);
      const right = token.slice(i);
      if (!(whole(left) || (/[se]$/.test(left) && whole(left.slice(0, -1))))) continue;
      if (right.length >= 4 && whole(right)) return 'whole';
      if (allowedTypos(right) === 0) kind = 'short';
    }
    return kind;
  }

  /** The known first part (at least four letters, with four or more after it) of an otherwise unknown word. */
  private knownHead(token: string): string | undefined {
    for (let i = token.length - 4; i >= 4; i--) {
      const head = stem(token.slice(0, i));
      if (this.vocabulary.has(head) && !this.stopwords.has(head) && !this.intentOf(head)) return head;
    }
    return undefined;
  }

  /** Splits an unknown compound ("opplæringsansvarlig") into known parts ("opplæring" + "ansvarlig"). */
  private splitCompound(token: string): string[] | undefined {
    for (let i = token.length - 3; i >= 3; i--) {
      const right = stem(token.slice(i));
      const rightOk = this.vocabulary.has(right) || this.intentOf(right) !== undefined;
      if (!rightOk) continue;
      const left = token.slice(0, i);
      for (const l of [left, left.replace(/[se]$/, '')]) {
        const ls = stem(l);
        const leftTerm = this.vocabulary.has(ls) ? ls : this.vocabulary.has(l) ? l : undefined;
        // Two intent words ("person" + "nummer") do not make a topic: such a word stays unknown.
        // Nor does a part of a hyphenated name ("Helsenorge" is not Helse Midt-Norge).
        const bound = leftTerm !== undefined && (this.boundParts.has(leftTerm) || this.boundParts.has(right));
        if (l.length >= 3 && leftTerm && !bound && !(this.intentOf(leftTerm) && this.intentOf(right)))
          return [leftTerm, right];
      }
    }
    return undefined;
  }

  private search(term: string): SearchResult[] {
    const cached = this.searches.get(term);
    if (cached) return cached;
    const results = this.index.search(term, {
      fuzzy: this.maxTypos(term),
      prefix: false,
      tokenize: (t) => [t],
      processTerm: (t) => t,
    });
    this.searches.set(term, results);
    return results;
  }

  /** Scores entries by the question's terms: field weight, how specific the term is, exact or fuzzy. */
  private rank(known: string[], intents: Set<Intent>, present: Set<string>): Candidate[] {
    const byId = new Map<string, Candidate>();
    const asksPerson = (['who', 'lead', 'contact', 'phone', 'email', 'list'] as Intent[]).some((i) =>
      intents.has(i),
    );
    for (const term of new Set(known)) {
      const results = this.search(term);
      const strongCount = results.filter((r) =>
        Object.values(r.match).some((fs) => fs.some((f) => STRONG_FIELDS.has(f as Field))),
      ).length;
      const specificity = 1 / (1 + Math.log(Math.max(1, strongCount || results.length)));
      for (const r of results) {
        const entry = this.entries.get(String(r.id));
        if (!entry) continue;
        let best = 0;
        let strong = false;
        let named = false;
        let proper = false;
        for (const [docTerm, fields] of Object.entries(r.match)) {
          if (!plausibleTypo(docTerm, term)) continue;
          // A word the knowledge base itself uses ("omgang") is less likely a misspelling of another ("omfang").
          const factor = docTerm === term ? 1 : this.vocabulary.has(term) ? FUZZY_FACTOR / 2 : FUZZY_FACTOR;
          for (const matched of fields as Field[]) {
            // One word of an alias of several ("helse" of "helse og velferd") names nothing: it counts as prose.
            const f =
              matched === 'aliases' && this.partialAlias(entry.id, docTerm, present) ? 'body' : matched;
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
      c.score *= intentFit(c.entry.type, intents);
    }
    return [...byId.values()].sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  }

  /** How many entries have the term (or a near spelling) in a name, alias, organisation or keyword. */
  private strongEntries(term: string): number {
    const known = this.strongCounts.get(term);
    if (known !== undefined) return known;
    const count = this.search(term).filter((r) =>
      Object.values(r.match).some((fs) => fs.some((f) => STRONG_FIELDS.has(f as Field))),
    ).length;
    this.strongCounts.set(term, count);
    return count;
  }

  /** True when the word is in the entry's aliases only as part of aliases of several words, none of them whole. */
  private partialAlias(id: string, word: string, present: Set<string>): boolean {
    const aliases = this.aliasPhrases.get(id);
    if (!aliases || aliases.singles.has(word)) return false;
    const holding = aliases.phrases.filter((p) => p.includes(word));
    return holding.length > 0 && holding.every((p) => p.some((w) => w !== word && !present.has(w)));
  }

  /** How many different things the recognised words point at (words for the same entry count once). */
  private conceptCount(known: string[], candidates: Candidate[]): number {
    const owners = new Set<string>();
    for (const term of new Set(known)) {
      const owner = candidates.find((c) => c.terms.has(term));
      if (owner) owners.add(owner.entry.id);
    }
    return owners.size;
  }

  /** Turns the chosen entry and the question's intents into answer items. */
  private itemsFor(entry: Entry, intents: Set<Intent>): { items: AnswerItem[]; missing?: Answer['missing'] } {
    const kb = this.kb;
    const person = (id: string | undefined) => (id ? this.people.get(id) : undefined);
    const wantsPerson =
      intents.has('lead') || ((intents.has('who') || intents.has('contact')) && !intents.has('what'));
    const focus = intents.has('phone') ? 'phone' : intents.has('email') ? 'email' : undefined;
    switch (entry.type) {
      case 'person': {
        const p = person(entry.id)!;
        if (focus === 'phone' && !p.phone)
          return { items: [{ type: 'person', person: p }], missing: { attribute: 'phone', subject: p.name } };
        if (focus === 'email' && !p.email)
          return { items: [{ type: 'person', person: p }], missing: { attribute: 'email', subject: p.name } };
        // "How do I get in touch with Arne Ingebrigtsen?": how to reach someone the page gives no phone or e-mail for.
        if (intents.has('contact') && !p.phone && !p.email)
          return {
            items: [{ type: 'person', person: p }],
            missing: { attribute: 'contact', subject: p.name },
          };
        return { items: [{ type: 'person', person: p, focus }] };
      }
      case 'subproject': {
        const s = kb.subprojects.find((x) => x.id === entry.id)!;
        const lead = person(s.lead)!;
        if ((wantsPerson || focus) && !intents.has('what')) {
          if (focus && !lead[focus])
            return {
              items: [{ type: 'subproject', subproject: s, lead }],
              missing: { attribute: focus, subject: lead.name },
            };
          return { items: [{ type: 'person', person: lead, context: s.id, focus }] };
        }
        return { items: [{ type: 'subproject', subproject: s, lead }] };
      }
      case 'unit': {
        const u = kb.units.find((x) => x.id === entry.id)!;
        const lead = person(u.lead);
        const location = kb.locations.find((l) => l.id === u.location);
        if (intents.has('where') && location && !wantsPerson && !focus)
          return { items: [{ type: 'location', location }] };
        if (lead && (intents.has('lead') || (intents.has('who') && !focus && !intents.has('contact')))) {
          return { items: [{ type: 'person', person: lead, context: u.id }] };
        }
        if (focus === 'email' && !u.email && lead?.email)
          return { items: [{ type: 'person', person: lead, context: u.id, focus }] };
        return { items: [{ type: 'unit', unit: u, lead, location, focus }] };
      }
      case 'location':
        return { items: [{ type: 'location', location: kb.locations.find((x) => x.id === entry.id)! }] };
      case 'body': {
        const b = kb.bodies.find((x) => x.id === entry.id)!;
        const leader = person(b.leader);
        const members = b.members.map((m) => person(m)!).filter(Boolean);
        if (intents.has('lead') && !intents.has('list')) {
          if (!leader)
            return {
              items: [{ type: 'body', body: b, members }],
              missing: { attribute: 'lead', subject: b.name.nb },
            };
          if (focus && !leader[focus])
            return {
              items: [{ type: 'person', person: leader, context: b.id }],
              missing: { attribute: focus, subject: leader.name },
            };
          return { items: [{ type: 'person', person: leader, context: b.id }] };
        }
        // "Kva er e-postadressa til samarbeidsrådet?": the page gives a body no e-mail or phone of its own.
        if (focus)
          return {
            items: [{ type: 'body', body: b, leader, members }],
            missing: { attribute: focus, subject: b.name.nb },
          };
        return { items: [{ type: 'body', body: b, leader, members }] };
      }
      case 'decision': {
        const d = kb.decisions.find((x) => x.id === entry.id)!;
        if (intents.has('when') && !d.date)
          return {
            items: [{ type: 'decision', decision: d }],
            missing: { attribute: 'date', subject: d.title.nb },
          };
        return { items: [{ type: 'decision', decision: d }] };
      }
      case 'fact':
        if (intents.has('when')) return { items: [] };
        return { items: [{ type: 'fact', fact: kb.facts.find((x) => x.id === entry.id)! }] };
      case 'gains':
        return { items: [{ type: 'gains', title: kb.gains.title, categories: kb.gains.categories }] };
      case 'gainCategory':
        return {
          items: [
            {
              type: 'gains',
              title: kb.gains.title,
              categories: kb.gains.categories.filter((c) => c.id === entry.id),
            },
          ],
        };
      case 'subprojects':
        return {
          items: [
            {
              type: 'subprojectList',
              subprojects: kb.subprojects.map((s) => ({ subproject: s, lead: person(s.lead)! })),
            },
          ],
        };
      case 'contacts':
        return {
          items: [{ type: 'contactList', people: this.keyContacts(), officeEmail: kb.projectOffice.email }],
        };
      case 'decisions':
        return { items: [{ type: 'decisionList', decisions: kb.decisions }] };
    }
  }

  /** The unit that is the project office (the one reached at the office's address), when there is one. */
  private contactPoint(): Entry | undefined {
    const unit = this.kb.units.find((u) => u.email === this.kb.projectOffice.email);
    return unit && this.entries.get(unit.id);
  }

  /** The overview behind the `kontakter`, `delprosjekter` and `beslutninger` commands. */
  overview(kind: 'contacts' | 'subprojects' | 'decisions', lang: Lang): Answer {
    const id = { contacts: 'kontakter', subprojects: 'delprosjekter', decisions: 'beslutninger' }[kind];
    const { items } = this.itemsFor(this.entries.get(id)!, new Set());
    return { kind: 'answer', lang, question: id, topicId: id, items };
  }

  /** The people of the local project: its lead, the office, communications and the subproject leads. */
  keyContacts(): Person[] {
    const ids = [
      ...this.kb.units.map((u) => u.lead),
      ...this.kb.people.filter((p) => p.email || p.phone).map((p) => p.id),
      ...this.kb.subprojects.map((s) => s.lead),
    ].filter((id): id is string => Boolean(id));
    return [...new Set(ids)].map((id) => this.people.get(id)!).filter(Boolean);
  }
}

/** Favours entries that can answer what is asked: a person for "who leads", a decision for "when". */
function intentFit(type: EntryType, intents: Set<Intent>): number {
  const hasPeople = type === 'person' || type === 'subproject' || type === 'unit' || type === 'body';
  if ((intents.has('lead') || intents.has('who')) && hasPeople) return 1.2;
  if (intents.has('when') && (type === 'decision' || type === 'decisions')) return 1.2;
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

/**
 * Whether one word may be a misspelling of the other: it keeps the first letter ("knytt" is not "nytte"), and a short
 * word (under eight letters) differs by a missing, extra or swapped letter, not by another letter in its place, which
 * mostly makes another word ("share" is not "spare", "comes" is not "comms").
 */
function plausibleTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  if (Math.min(a.length, b.length) >= 8 || a.length !== b.length) return true;
  return [...a].sort().join('') === [...b].sort().join('');
}

function sameItem(a: AnswerItem, b: AnswerItem): boolean {
  if (a.type === 'person' && b.type === 'person') return a.person.id === b.person.id;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The words of the question from `start`, filler at the start left out: the name of what was asked about. */
function phraseFrom(words: string[], start: number, filler: (index: number) => boolean): string {
  let k = start;
  while (k < words.length && filler(k)) k++;
  const out: string[] = [];
  for (; k < words.length && out.length < 6; k++) if (out[out.length - 1] !== words[k]) out.push(words[k]!);
  return out.join(' ');
}
