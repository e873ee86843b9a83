import { z } from 'zod';
import { wordList } from './question-shape';
import type { Lang } from './knowledge-base';
import type { Comparison } from './answer';
import { fold, stem, terms, tokenize, wordSet } from './text';
import { perVocabulary } from './per-vocabulary';

/**
 * The `claims` section of the language file (content/language.yaml): the words that decide whether what a yes/no
 * question claims is what a sentence of the page says (see sentence-checked.ts).
 */
export const claimWordsSchema = z
  .object({
    /** Pairs of word groups that say the opposite of each other ("økte" / "reduserte", "more" / "fewer"). */
    opposites: z.array(z.tuple([wordList, wordList])).default([]),
    /**
     * Groups of words that say the same thing in a claim, each as the page may have it ("ansatte", "medarbeidere"),
     * when the page has both words in other sentences.
     */
    alike: z.array(wordList).default([]),
    /** Words that say something must be so ("må", "must"): a sentence that says it can be does not say that. */
    obligation: wordList.default([]),
    /** A sentence's words for what someone is to do ("skal", "har som oppdrag"): it says that it must be so. */
    mandate: wordList.default([]),
    /** Words that deny ("ikke", "not"). */
    negation: wordList.default([]),
    /** Words for keeping from doing something ("la være å", "unngå", "avoid"): the claim is that it is not to be done. */
    avoid: wordList.default([]),
    /** Words for something closing or being shut down ("legges ned", "close"): see ending-claimed.ts. */
    ending: wordList.default([]),
    /** Words that leave a thing open ("avgjør om …", "whether"): such a sentence says neither yes nor no. */
    undecided: wordList.default([]),
    /** Words that after an undecided word say what it is about, not whether ("om at …", "about that …"). */
    that: wordList.default([]),
    /** Words that leave something out ("andre kommuner enn Trondheim"). */
    exclusion: wordList.default([]),
    /** Words that after a negation leave out what follows ("ikke bare Trondheim", "not only Trondheim"). */
    only: wordList.default([]),
    /**
     * Words that say something stands outside ("står utenfor", "outside the work"): said of an item of a list, and not
     * of a place after them ("utenfor Trøndelag"), they say it is not among them.
     */
    outside: wordList.default([]),
    /**
     * Words that say something was to be done ("had to", «skulle»): with a word for "by" and a date, a question in the
     * past asks by when it was due, not what came of it.
     */
    owed: wordList.default([]),
    /** The seasons with the months they span ("haust", "autumn": 9 to 11): a season said of a date says its month. */
    seasonMonths: z.array(z.tuple([wordList, z.number(), z.number()])).default([]),
    /**
     * Verbs for deciding, not in the past ("avgjør", "bestemmer", "decides"): who does it, a sentence of a decision may
     * say. (What was decided, the page does not say.)
     */
    deciding: wordList.default([]),
    /**
     * Bodies and offices that decide things in a municipality, a county or the state ("formannskapet", "fylkestinget",
     * "the county council"): named as who decides what the page says another decides, they are another.
     */
    deciders: wordList.default([]),
    /** Words that say one thing is like another ("similar", "lignende"), and those after them that name it ("to"). */
    likeness: wordList.default([]),
    comparedTo: wordList.default([]),
    /** Pronouns for anyone ("ein", "man", "you"): as the subject of a condition, one who asks for themselves. */
    anyone: wordList.default([]),
    /** Words that say something is so of all ("alle", "every"): not only of some. */
    every: wordList.default([]),
    /** Words that say something is so of two things ("både … og", "both"): not only of one. */
    both: wordList.default([]),
    /** Words that say others of a kind ("andre kommuner", "other municipalities"): more than the one. */
    others: wordList.default([]),
    /** Verbs that say where something is ("ligger", "holder til", "located"): a line of a place says that. */
    located: wordList.default([]),
    /** The months in order, each in every language: a month is read as its number in a date ("29. august"). */
    months: z.array(wordList).default([]),
    /** Words that make a statement ending in «?» ask whether it is so ("Bystyret avgjør vel … 29. september?"). */
    particles: wordList.default([]),
    /** Of those, the ones that ask even without the «?» of a chat message ("Øyvind Tanum er vel fra IT-tjenesten"). */
    unmarkedParticles: wordList.default([]),
    /** Pronouns of a tag after a statement ("…, isn't she?", "…, er hun ikke?"): the tag asks whether it is so. */
    tagPronouns: wordList.default([]),
    /**
     * Elected offices of a municipality («ordfører», "mayor"): one who works for a municipality in a role of the page
     * (a rådmann, a kommunaldirektør) holds none of them.
     */
    offices: wordList.default([]),
    /** The word after the verb that opens a cleft ("Var det Helse Nord som …?", "Was it … that …?"), as written. */
    cleft: wordList.default([]),
    /**
     * Amounts said in words ("titusenvis", "several thousand"), each with the least and the most it may be: a figure of
     * the page within them says yes (see other-figure.ts).
     */
    amounts: z.array(z.tuple([wordList, z.number(), z.number()])).default([]),
    /**
     * Words after a comma that say what follows means the word before ("a doctor, i.e. the municipal chief medical
     * officer", «dvs.»), as written with their dots.
     */
    restating: z.array(z.string().trim().min(1)).default([]),
    /** Words before a figure that claim at least it ("more than 30 000", «over», «minst»): any figure from it up. */
    atLeast: wordList.default([]),
    /** Words before a figure that claim less than it ("fewer than", «under», «færre enn»): any figure below it. */
    below: wordList.default([]),
    /** Ordinals in order, each in every language ("tredje etasje"): another one than the sentence's is another detail. */
    ordinals: z.array(wordList).default([]),
    /** Times of the year ("årsskiftet", "påske", "summer"): another one than a sentence's is another time. */
    seasons: wordList.default([]),
    /** Words that say something is so still ("fortsatt", "still"): a detail claimed, though they name nothing. */
    still: wordList.default([]),
    /** Words that say there will be more or less of something ("flere ansatte", "fewer staff"). */
    change: wordList.default([]),
    /** Words that say a contact detail is shared, no one person's ("felles e-postadresse", "shared mailbox"). */
    shared: wordList.default([]),
    /** Words that say a contact detail is one person's own ("an individual person", «en enkeltperson»). */
    individual: wordList.default([]),
    /** Words that ask what the page says, not what is so ("Does the page say that …", "nevnt"). */
    frame: wordList.default([]),
    /** Words that say whose something is ("their own staff"): they claim nothing of their own. */
    possessive: wordList.default([]),
    /**
     * Words a sentence need not say for a claim to be its own: a verb's particle ("få fram negative konsekvenser" of
     * "skape forståelse for … negative konsekvenser"), a degree ("completely separately").
     */
    light: wordList.default([]),
    /** Words for being responsible for something ("ansvaret"): before «for» and a verb, the claim is that it is done. */
    duty: wordList.default([]),
    /** Verbs of taking place ("skje"), which beside a time say only when (see Claim). */
    happening: wordList.default([]),
    /** Verbs that say only that what the noun after them names is done ("takes the … decision"): see Claim. */
    supportVerbs: z.object({ verbs: wordList, nouns: wordList }).default({ verbs: [], nouns: [] }),
    /** Verbs that, of a number of people claimed, say they are affected ("påvirker"): see figure-claimed.ts. */
    affecting: wordList.default([]),
    /** Words that say something is finished ("ferdig", "finished"): of work the page says is under way, that is no. */
    finished: wordList.default([]),
    /** Words that, after one of those, only stress it ("their own staff"; not "co-owner"). */
    own: wordList.default([]),
    /** Words for a direction, in groups ("fra", "from" / "til", "into"): another group is the other way. */
    directions: z.array(wordList).default([]),
    /**
     * Phrases that open a clause of concession ("selv om", "even though"): what the asker takes as given, not what a
     * yes/no question asks (see concession.ts).
     */
    conceded: wordList.default([]),
    /** Words for whom a photo is credited to ("to", "til"), after a verb of crediting (see photographer-claimed.ts). */
    creditedTo: wordList.default([]),
    /** Phrases that set one thing against another ("rather than", "i stedet for"): see contrast.ts. */
    contrasted: wordList.default([]),
    /** Words for a street, alone after its name ("Erling Skakkes gate") or as the end of it ("Bispegata"), as written. */
    streets: wordList.default([]),
    /** Buildings and places in one the page does not put the project in ("rådhuset", "the town hall"): see name-in-place.ts. */
    buildings: wordList.default([]),
    /** The words before a building that put something in it ("i", "på", "in", "at"). */
    placedIn: wordList.default([]),
    /** Words that may stand between those and the building: an article, its age ("the old town hall"). */
    buildingWords: wordList.default([]),
    /**
     * The words that ask how many, per language ("hvor mange"): a number claimed of what the page lists is asked so in
     * its place (see count-claimed.ts). Without them no such claim is counted.
     */
    howMany: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).strict().optional(),
    /** The words right before a number claimed that bound the count by it ("flere enn", "fewer than", "minst"). */
    comparisons: z
      .object({ more: wordList, fewer: wordList, atLeast: wordList, atMost: wordList })
      .strict()
      .default({ more: [], fewer: [], atLeast: [], atMost: [] }),
    /**
     * The word that asks who, per language ("hvem"): a cleft that names who leads something ("Er det Line som …?") is
     * asked so in that one's place (see doer-claimed.ts). Without it no such claim is checked.
     */
    whoDoes: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).strict().optional(),
  })
  .strict()
  .default({});

/** The claim words as the answerer compares them: stems. */
export interface ClaimWords {
  opposites: [Set<string>, Set<string>][];
  alike: Set<string>[];
  obligation: Set<string>;
  mandate: Set<string>;
  negation: Set<string>;
  avoid: string[][];
  /** As phrases of tokens. */
  ending: string[][];
  undecided: Set<string>;
  that: Set<string>;
  exclusion: Set<string>;
  only: Set<string>;
  outside: Set<string>;
  /** As phrases of tokens. */
  owed: string[][];
  /** As written, folded (not stems: «vår» would be «var»). */
  seasonMonths: { words: Set<string>; from: number; to: number }[];
  /** As written, folded: «bestemte» (past) is no «bestemmer». */
  deciding: Set<string>;
  /** As phrases of tokens. */
  deciders: string[][];
  likeness: Set<string>;
  /** As written, folded. */
  comparedTo: Set<string>;
  /** As written, folded. */
  anyone: Set<string>;
  every: Set<string>;
  both: Set<string>;
  others: Set<string>;
  located: Set<string>;
  /** Per month's stem, its number ("august": "8"). */
  months: Map<string, string>;
  /** Each month's name as the page writes it, in order ("januar" … "desember"). */
  monthNames: string[];
  particles: Set<string>;
  unmarkedParticles: Set<string>;
  tagPronouns: Set<string>;
  offices: Set<string>;
  cleft: Set<string>;
  /** Each amount as its phrases (tokens) and its bounds. */
  amounts: { phrases: string[][]; min: number; max: number }[];
  /** As written, lower-case (see withoutRestated). */
  restating: string[];
  /** As written, folded, word by word. */
  atLeast: string[][];
  below: string[][];
  /** Per ordinal's stem, its rank ("tredje", "third": 3). */
  ordinals: Map<string, number>;
  seasons: Set<string>;
  still: Set<string>;
  change: Set<string>;
  shared: Set<string>;
  individual: Set<string>;
  frame: Set<string>;
  possessive: Set<string>;
  own: Set<string>;
  light: Set<string>;
  duty: Set<string>;
  happening: Set<string>;
  supportVerbs: { verbs: Set<string>; nouns: Set<string> };
  affecting: Set<string>;
  finished: Set<string>;
  directions: Set<string>[];
  /** As written, folded, word by word. */
  conceded: string[][];
  /** As written, folded. */
  creditedTo: Set<string>;
  /** As written, folded, word by word. */
  contrasted: string[][];
  /** As written, folded (not stems: «gata» is a street, «gat» is not). */
  streets: string[];
  /** As written, in lower case. */
  buildings: string[];
  /** As written, in lower case. */
  placedIn: string[];
  /** As written, in lower case. */
  buildingWords: string[];
  howMany?: Record<Lang, string>;
  /** Per way of bounding a count, its phrases as tokens. */
  comparisons: [Comparison, string[][]][];
  whoDoes?: Record<Lang, string>;
}

/** Stems every word of the section. */
export function prepareClaimWords(d: z.infer<typeof claimWordsSchema>): ClaimWords {
  const stems = (words: string[]) => new Set(words.flatMap((w) => terms(w)));
  return {
    opposites: d.opposites.map(([a, b]) => [stems(a), stems(b)]),
    alike: d.alike.map(stems),
    obligation: stems(d.obligation),
    mandate: stems(d.mandate),
    negation: stems(d.negation),
    avoid: d.avoid.map((w) => tokenize(w)),
    ending: d.ending.map((w) => tokenize(w)),
    undecided: stems(d.undecided),
    that: stems(d.that),
    exclusion: stems(d.exclusion),
    only: stems(d.only),
    outside: stems(d.outside),
    owed: d.owed.map((w) => tokenize(w)),
    seasonMonths: d.seasonMonths.map(([words, from, to]) => ({
      words: new Set(words.flatMap((w) => tokenize(w))),
      from,
      to,
    })),
    deciding: new Set(d.deciding.flatMap((w) => tokenize(w))),
    deciders: d.deciders.map((w) => tokenize(w)),
    likeness: stems(d.likeness),
    comparedTo: new Set(d.comparedTo.map(fold)),
    anyone: new Set(d.anyone.map(fold)),
    every: stems(d.every),
    both: stems(d.both),
    others: stems(d.others),
    located: stems(d.located),
    months: new Map(
      d.months.flatMap((words, k) => [...stems(words)].map((t) => [t, String(k + 1)] as const)),
    ),
    monthNames: d.months.map((words) => words[0] ?? ''),
    particles: new Set(d.particles.map(fold)),
    unmarkedParticles: new Set(d.unmarkedParticles.map(fold)),
    tagPronouns: new Set(d.tagPronouns.map(fold)),
    offices: stems(d.offices),
    cleft: new Set(d.cleft.map(fold)),
    amounts: d.amounts.map(([words, min, max]) => ({ phrases: words.map((w) => tokenize(w)), min, max })),
    restating: d.restating.map((p) => p.toLowerCase()),
    atLeast: d.atLeast.map((p) => tokenize(p)),
    below: d.below.map((p) => tokenize(p)),
    ordinals: new Map(d.ordinals.flatMap((words, k) => [...stems(words)].map((t) => [t, k + 1] as const))),
    seasons: stems(d.seasons),
    still: stems(d.still),
    change: stems(d.change),
    shared: stems(d.shared),
    individual: stems(d.individual),
    frame: stems(d.frame),
    possessive: stems(d.possessive),
    own: stems(d.own),
    light: stems(d.light),
    duty: stems(d.duty),
    happening: stems(d.happening),
    supportVerbs: { verbs: stems(d.supportVerbs.verbs), nouns: stems(d.supportVerbs.nouns) },
    affecting: stems(d.affecting),
    finished: stems(d.finished),
    directions: d.directions.map(stems),
    conceded: d.conceded.map((p) => tokenize(p)),
    creditedTo: wordSet(d.creditedTo),
    contrasted: d.contrasted.map((p) => tokenize(p)),
    streets: d.streets.map(fold),
    buildings: d.buildings.map((p) => p.toLowerCase()),
    placedIn: d.placedIn.map((p) => p.toLowerCase()),
    buildingWords: d.buildingWords.map((p) => p.toLowerCase()),
    howMany: d.howMany,
    comparisons: (['more', 'fewer', 'atLeast', 'atMost'] as const).map((c) => [
      c,
      d.comparisons[c].map((p) => tokenize(p)),
    ]),
    whoDoes: d.whoDoes,
  };
}

/**
 * Whether what is asked says the opposite direction of what is said: a word of one side of a pair ("kortere") asked,
 * and the other side ("lengre") said without the first ("Kan brukerne bo hjemme kortere?" of "Bruker kan bo lengre
 * hjemme").
 */
export function saysOpposite(claims: ClaimWords, asked: Set<string>, said: Set<string>): boolean {
  const has = (words: Set<string>, side: Set<string>) => [...words].some((t) => side.has(t));
  return claims.opposites.some(([a, b]) =>
    [
      [a, b],
      [b, a],
    ].some(([one, other]) => has(asked, one!) && !has(said, one!) && has(said, other!)),
  );
}

/**
 * Whether what is asked says the opposite direction of what is said of the same thing, right before it: "mindre bruk
 * av teknologi" of "… mindre press på institusjon / mer bruk av velferdsteknologi", where the line has both sides, each
 * of its own thing. `asked` and `said` are stems in order.
 */
export function saysOppositeOf(claims: ClaimWords, asked: string[], said: string[]): boolean {
  const before = (stems: string[], side: Set<string>, thing: string) =>
    stems.some((t, k) => side.has(t) && stems[k + 1] === thing);
  return claims.opposites.some(([a, b]) =>
    [
      [a, b],
      [b, a],
    ].some(([one, other]) =>
      asked.some(
        (t, k) =>
          one!.has(t) &&
          asked[k + 1] !== undefined &&
          before(said, other!, asked[k + 1]!) &&
          !before(said, one!, asked[k + 1]!),
      ),
    ),
  );
}

/** A support verb stands so many words at most before its noun ("takes the part ownership decision"). */
const SUPPORT_REACH = 4;

/** Whether token k is a support verb of a noun after it ("takes the … decision", «tar beslutningen»). */
export function supportVerbAt(claims: ClaimWords, tokens: string[], k: number): boolean {
  const { verbs, nouns } = claims.supportVerbs;
  return (
    verbs.has(stem(tokens[k] ?? '')) &&
    tokens.slice(k + 1, k + 1 + SUPPORT_REACH).some((t) => nouns.has(stem(t)))
  );
}

/** A stem of a word for deciding this long or longer is one also inside a compound ("bystyrebehandlingen"). */
const DECIDING_PART_MIN = 6;

/** Whether the terms (stems) say something is decided: a verb for deciding, or one inside a compound («bystyrebehandlingen»). */
export function saysDeciding(claims: ClaimWords, ts: Iterable<string>): boolean {
  const deciding = decidingStems(claims);
  return [...ts].some((t) =>
    deciding.some((d) => t === d || (d.length >= DECIDING_PART_MIN && t.includes(d))),
  );
}

/** The stems of the words for deciding, worked out once per language data (claims are checked line by line). */
const decidingStems = perVocabulary((claims: ClaimWords) => [...claims.deciding].map(stem));
