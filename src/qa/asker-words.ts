import { z } from 'zod';
import { wordsOf } from './focus';
import type { Lang } from './knowledge-base';
import { byLang, wordList } from './question-shape';
import { wordSet } from './text';

const noWords = { nb: [], nn: [], en: [] };

/**
 * The `asker` section of the language file (content/language.yaml): the words that say who the asker is or where
 * they are, which steer nothing of the answer (see asker-context.ts).
 */
export const askerWordsSchema = z
  .object({
    /** Phrases that open a sentence saying who the asker is or where they work ("jeg er", "i'm", "som", "as"). */
    introductions: wordList.default([]),
    /** Words after "som"/"as" that make it no role ("Som en del av …", "As mentioned …"). */
    notRoles: wordList.default([]),
    /** Words that end an introduction before the rest of its sentence ("og", "and", "som", "who"). */
    introductionEnds: wordList.default([]),
    /** Words that open a sentence after the question saying what the asker will do with the answer ("skal"). */
    purposes: wordList.default([]),
    /** Those of `purposes` that go on a question as often ("hvem har ansvar …", "is HP going to cost …"). */
    purposesGoingOn: wordList.default([]),
    /** Contractions of "I" that open a sentence of the asker's own ("I'm a locum …"), lower case. */
    selfContractions: wordList.default([]),
    /** Verbs after a lone "I" that goes on the noun before it ("an email I can use", "someone I should call"). */
    selfModals: wordList.default([]),
    /** Words of place that only say that something is, after a verb of being ("Is there …?", «Er der …?»). */
    existentials: wordList.default([]),
    /** Words before what the asker will use the answer for ("til et referat", "for a report"). */
    useFor: wordList.default([]),
    /** Words that open why the asker asks, after a comma and before «jeg»/«vi» ("…, siden jeg skal …"). */
    reasons: wordList.default([]),
    beliefs: wordList.default([]),
    /** Phrases that open the asker's correction of their introduction ("… i Molde, nei, Aukra.", "sorry, I mean"). */
    corrections: wordList.default([]),
    /** Words that say the asker works for the press ("journalist", "avis", "reporter"). */
    press: wordList.default([]),
    /** The words for whom the press is to talk to, per language ("pressekontakt", "press contact"). */
    pressContact: byLang.default(noWords),
    /** Words for a time ("uke", "tonight"): in a sentence that names nothing of the page, the asker's deadline. */
    times: wordList.default([]),
    /** The languages an asker may say they write or read well or badly ("Sorry for my bad English."). */
    languages: wordList.default([]),
    /** Words for answering, in a sentence about the language of the answer ("Please answer in English."). */
    replies: wordList.default([]),
    signOffs: wordList.default([]),
    /** Words that open the line a letter is addressed by ("Kjære prosjektteam,", "Dear project team,", "Til prosjektet."). */
    salutations: wordList.default([]),
    /** Thanks that can end a message run into its question ("… fra Hareid Takk!", "… Tusen takk for svar"). */
    thanks: wordList.default([]),
    /** What opens a claim with where the asker read or heard it ("eg las at", "I read that"). */
    hearsay: wordList.default([]),
    /** What wraps a question in a polite request to know it ("vet du", "could you tell me"). */
    askingWrappers: wordList.default([]),
    /** What opens a sentence that gives the asker's name ("eg heiter", "my name is"). */
    namings: wordList.default([]),
    /** The asker's group as subject ("vi", "we"). */
    we: byLang.default(noWords),
    /** The asker's group as object ("oss", "us"). */
    us: byLang.default(noWords),
    /** The asker's own ("oss", "vår", "our"). */
    ours: byLang.default(noWords),
    /** Where the asker is ("her", "here"). */
    here: byLang.default(noWords),
    /** Other words that point back to the asker's workplace ("der", "kommunen", "there"). */
    there: byLang.default(noWords),
    /** Verbs that say a place after them is where the asker is ("jobber", "bor", "work", "live"). */
    whereabouts: wordList.default([]),
    /** Verbs of reading or hearing: a name after them and a preposition is where the asker read it ("leste i …"). */
    readIn: wordList.default([]),
    /**
     * The region's municipalities the option agreements cover, which the page does not name one by one, by the county
     * they lie in ("Trøndelag": Oppdal, Melhus …).
     */
    municipalities: z.record(z.string(), wordList).default({}),
    /** The region's counties, and the parts and districts of each ("Sunnmøre", "Innherred"), by county. */
    parts: z.record(z.string(), wordList).default({}),
    /** The districts of the region's towns ("Byåsen", "Heimdal"): where the asker works, within a municipality. */
    districts: wordList.default([]),
    /** The words for the municipalities of a county, before its name ("kommunene i", "municipalities in"). */
    inCounty: byLang.default(noWords),
    /** The region's name as the page says it ("Midt-Norge", «Midt-Noreg»), of which some sentences say all of it. */
    region: wordList.default([]),
    /** Words that say a county without a word for within ("trøndersk", "trøndelagskommune"), by county. */
    countyWords: z.record(z.string(), wordList).default({}),
    /** Words for what is told or sent out ("informasjon", "nyheter", "news"): see audience.ts. */
    tellings: wordList.default([]),
    /** Groups of people something is told or sent out to ("foreldre", "elever", "residents"): see audience.ts. */
    audiences: wordList.default([]),
    /** The prepositions before such a group ("til", "to", "for"). */
    audienceTo: wordList.default([]),
    /** Words of a sentence that says on whose behalf a message asks ("vegne", "ønsker", "bedt", "behalf"). */
    behalf: wordList.default([]),
    /** Prepositions of where something comes from ("fra", "frå", "from"): see asker-behalf.ts. */
    sources: wordList.default([]),
    /** The prepositions before such a place ("i", "på", "in"). */
    prepositions: wordList.default([]),
    /** The words for a municipality after such a place ("kommune", "municipality"). */
    placeNouns: wordList.default([]),
    workplaceNouns: wordList.default([]),
    /** "hos", "for": before the asker's own word, what stands before them is the asker's own thing. */
    locatives: wordList.default([]),
    /** "alle", "all": a sentence that says something of all the municipalities says it of the asker's. */
    all: wordList.default([]),
    /** "av", "of": after "hvor mange"/"how many", the group a part of which is counted (see all-of-group.ts). */
    partOf: wordList.default([]),
  })
  .strict()
  // Every list has its own default: a file without this section has none of them.
  .default({});

/** The asker's words as the answerer compares them: folded. */
export interface AskerWords {
  /** Phrases that open a sentence saying who the asker is or where they work, word by word. */
  introductions: string[][];
  notRoles: Set<string>;
  introductionEnds: Set<string>;
  purposes: Set<string>;
  purposesGoingOn: Set<string>;
  selfContractions: Set<string>;
  selfModals: Set<string>;
  existentials: Set<string>;
  /** "til", "for": before an indefinite article and an everyday thing, what the asker will use the answer for. */
  useFor: Set<string>;
  reasons: Set<string>;
  /** Words that open a sentence after the question saying what the asker believed ("trodde", "I thought"). */
  beliefs: Set<string>;
  /** Phrases that open the asker's correction of their introduction, word by word. */
  corrections: string[][];
  press: Set<string>;
  /** Whom the press is to talk to, as a question may name it, per language. */
  pressContact: Record<Lang, string>;
  /** Words for a time, folded (see asker-time.ts). */
  times: Set<string>;
  /** Names of languages ("english", "norsk"): a sentence of the asker's own about one asks nothing. */
  languages: Set<string>;
  /** Words for answering ("answer", "svar"): a sentence of them and a language asks for the answer's language. */
  replies: Set<string>;
  /** Phrases that open the closing of a message, word by word ("mvh", "med vennlig hilsen", "best regards"). */
  signOffs: string[][];
  /** Phrases that open the line a letter is addressed by, word by word ("kjære", "dear", "god morgen"). */
  salutations: string[][];
  /** Thanks that can end a message run into its question, word by word ("takk", "tusen takk", "thank you"). */
  thanks: string[][];
  /** Phrases that open a claim with where the asker read or heard it, word by word ("eg las at", "i read that"). */
  hearsay: string[][];
  /** Phrases that wrap a question in a request to know it, word by word ("kan du si meg", "do you know"). */
  askingWrappers: string[][];
  /** Phrases that open a sentence giving the asker's name, word by word ("jeg heter", "my name is"). */
  namings: string[][];
  /**
   * Words that point back to the asker's workplace ("vi", "oss", "her", "kommunen", "we", "there"), by language: a
   * question with one needs what the asker said of themselves ("Jeg jobber på legevakten – blir vi også med?").
   */
  backToPlace: Record<Lang, Set<string>>;
  /**
   * Words that make a place beside them where the asker is ("vi i …", "hos oss på …", "her i …", "jobbar i ein
   * kommune på …", "our municipality up in …"), in any language.
   */
  askers: Set<string>;
  /** Verbs that say a place after them is where the asker is ("jobber", "bor", "work", "live"). */
  whereabouts: Set<string>;
  /** The asker's own ("hos oss", "vår", "our"), by language. */
  own: Record<Lang, Set<string>>;
  /** The asker's group as subject ("vi", "we"), by language. */
  we: Record<Lang, Set<string>>;
  /** The asker's group as object ("oss", "us"), by language. */
  us: Record<Lang, Set<string>>;
  /** "her", "here": after what is asked, the place is where that is ("kommuneoverlege her i Oppdal"). */
  here: Set<string>;
  /** The region's places the page does not list one by one ("Oppdal", "Sunnmøre"), word by word. */
  places: string[][];
  /** The county of each of the region's municipalities, by its folded words joined with spaces ("midtre gauldal"). */
  countyOf: Map<string, string>;
  /** The counties of those municipalities, each once, in the order of the language data. */
  counties: string[];
  /** The county of each part of the region's counties the language data names ("sunnmore": Møre og Romsdal). */
  countyOfPart: Map<string, string>;
  /** The words for the municipalities of a county, before its name ("kommunene i"), by language. */
  inCounty: Record<Lang, string>;
  /** The region's names as the page says them, the first to put in a question ("Midt-Norge", «Midt-Noreg»). */
  region: string[];
  /** The county a word says without a word for within, by the folded word ("trondersk": Trøndelag). */
  countyOfWord: Map<string, string>;
  /** What is told or sent out, to whom, and the prepositions between ("informasjon til foreldre"): see audience.ts. */
  tellings: Set<string>;
  audiences: Set<string>;
  audienceTo: Set<string>;
  /** Words of a sentence that says on whose behalf a message asks ("vegne", "bedt"): see asker-behalf.ts. */
  behalf: Set<string>;
  /** "fra", "frå", "from": before a group of the asker's own in such a sentence, where the question comes from. */
  sources: Set<string>;
  prepositions: Set<string>;
  readIn: Set<string>;
  placeNouns: Set<string>;
  /** Words for the asker's workplace ("tjenesten", "service"): with «vår»/"our", the service an introduction names. */
  workplaceNouns: Set<string>;
  locatives: Set<string>;
  all: Set<string>;
  partOf: Set<string>;
}

/** Prepares the asker's words of the language file. */
export function prepareAskerWords(d: z.infer<typeof askerWordsSchema>): AskerWords {
  const langs: Lang[] = ['nb', 'nn', 'en'];
  const perLang = (lists: (keyof typeof d & ('we' | 'us' | 'ours' | 'here' | 'there'))[]) =>
    Object.fromEntries(langs.map((l) => [l, wordSet(lists.flatMap((list) => d[list][l]))])) as Record<
      Lang,
      Set<string>
    >;
  const anyLang = (lists: ('we' | 'ours' | 'here')[]) =>
    wordSet(lists.flatMap((list) => langs.flatMap((l) => d[list][l])));
  const phrases = (list: string[]) => list.map((w) => wordsOf(w).map((x) => x.folded));
  return {
    introductions: phrases(d.introductions),
    notRoles: wordSet(d.notRoles),
    introductionEnds: wordSet(d.introductionEnds),
    purposes: wordSet(d.purposes),
    purposesGoingOn: wordSet(d.purposesGoingOn),
    selfContractions: new Set(d.selfContractions.map((w) => w.toLowerCase())),
    selfModals: wordSet(d.selfModals),
    existentials: wordSet(d.existentials),
    useFor: wordSet(d.useFor),
    reasons: wordSet(d.reasons),
    beliefs: wordSet(d.beliefs),
    corrections: phrases(d.corrections),
    press: wordSet(d.press),
    pressContact: {
      nb: d.pressContact.nb.join(' '),
      nn: d.pressContact.nn.join(' '),
      en: d.pressContact.en.join(' '),
    },
    times: wordSet(d.times),
    languages: wordSet(d.languages),
    replies: wordSet(d.replies),
    signOffs: phrases(d.signOffs),
    salutations: phrases(d.salutations),
    thanks: phrases(d.thanks),
    hearsay: phrases(d.hearsay),
    askingWrappers: phrases(d.askingWrappers),
    namings: phrases(d.namings),
    backToPlace: perLang(['we', 'ours', 'here', 'there']),
    askers: wordSet([...anyLang(['we', 'ours', 'here']), ...d.whereabouts]),
    whereabouts: wordSet(d.whereabouts),
    own: perLang(['ours']),
    we: perLang(['we']),
    us: perLang(['us']),
    here: anyLang(['here']),
    places: phrases([
      ...Object.values(d.municipalities).flat(),
      ...Object.values(d.parts).flat(),
      ...d.districts,
    ]),
    countyOf: new Map(
      Object.entries(d.municipalities).flatMap(([county, names]) =>
        phrases(names).map((p) => [p.join(' '), county] as const),
      ),
    ),
    counties: Object.entries(d.municipalities)
      .filter(([, names]) => phrases(names).length > 0)
      .map(([county]) => county),
    countyOfPart: new Map(
      Object.entries(d.parts).flatMap(([county, names]) =>
        phrases(names.filter((n) => n !== county)).map((p) => [p.join(' '), county] as const),
      ),
    ),
    inCounty: Object.fromEntries(langs.map((l) => [l, d.inCounty[l][0] ?? ''])) as Record<Lang, string>,
    region: d.region,
    countyOfWord: new Map(
      Object.entries(d.countyWords).flatMap(([county, words]) =>
        [...wordSet(words)].map((w) => [w, county] as const),
      ),
    ),
    tellings: wordSet(d.tellings),
    audiences: wordSet(d.audiences),
    audienceTo: wordSet(d.audienceTo),
    behalf: wordSet(d.behalf),
    sources: wordSet(d.sources),
    prepositions: wordSet(d.prepositions),
    readIn: wordSet(d.readIn),
    placeNouns: wordSet(d.placeNouns),
    workplaceNouns: wordSet(d.workplaceNouns),
    locatives: wordSet(d.locatives),
    all: wordSet(d.all),
    partOf: wordSet(d.partOf),
  };
}

/** The region's place whose words stand at word `k` of `words` ("Midtre Gauldal"), if any. */
export function regionPlaceAt(
  asker: AskerWords,
  words: { folded: string }[],
  k: number,
): string[] | undefined {
  return asker.places.find((p) => p.every((w, j) => words[k + j]?.folded === w));
}
