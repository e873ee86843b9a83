import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import isoStopwords from 'stopwords-iso';
import { z } from 'zod';
import { AppError } from '../errors';
import { norwegianIssues } from '../i18n/validation-messages';
import type { FocusWords } from './focus';
import {
  type QuestionShape,
  byLang,
  prepareQuestionShape,
  questionShapeSchema,
  wordList,
} from './question-shape';
import { type GeneralVocabulary, generalVocabulary } from './general-vocabulary';
import type { Lang } from './knowledge-base';
import { fold, terms, tokenize, wordSet } from './text';
import { asWritten } from './short-forms';
import { type ClaimWords, claimWordsSchema, prepareClaimWords } from './claim-words';
import { type AskerWords, askerWordsSchema, prepareAskerWords } from './asker-words';
import {
  type ListPositionWords,
  listPositionWordsSchema,
  prepareListPositionWords,
} from './list-position-words';
import { type TimeSpanWords, prepareTimeSpanWords, timeSpanWordsSchema } from './time-span-words';

/** What a question asks for, besides the topic itself. */
const INTENTS = [
  'who',
  'lead',
  'phone',
  'email',
  'contact',
  'where',
  'when',
  'what',
  'list',
  'count',
  'amount',
  'outcome',
  'unit',
] as const;
export type Intent = (typeof INTENTS)[number];

const schema = z
  .object({
    languageMarkers: byLang,
    norwegianMarkers: wordList,
    intents: z.record(z.enum(INTENTS), wordList),
    dateWords: wordList,
    roleQuestion: z
      .object({
        who: wordList,
        what: wordList.default([]),
        copulas: wordList,
        articles: wordList,
        modifiers: wordList.default([]),
        naming: wordList.default([]),
        names: wordList.default([]),
      })
      .strict(),
    questionShape: questionShapeSchema,
    claims: claimWordsSchema,
    focus: z
      .object({
        knowing: wordList.default([]),
        questionWords: wordList.default([]),
        requests: wordList.default([]),
        needs: wordList.default([]),
        joins: wordList.default([]),
        pairs: wordList.default([]),
        alternatives: wordList.default([]),
        whether: wordList.default([]),
        openers: wordList.default([]),
        pronouns: wordList.default([]),
        possessives: wordList.default([]),
        owners: wordList.default([]),
        backReferences: wordList.default([]),
        thereBack: wordList.default([]),
        dummies: wordList.default([]),
        relatives: wordList.default([]),
        plurals: wordList.default([]),
        links: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
      })
      .strict()
      // Every list has its own default: a file without this section has none of them.
      .default({}),
    asker: askerWordsSchema,
    /** Words for the first and the last of a list, and for a list or for standing in one (see list-position.ts). */
    listPositions: listPositionWordsSchema,
    timeSpans: timeSpanWordsSchema,
    stopwords: z.array(wordList),
    wordForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    prepositionForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    synonyms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    /** Phrases the subject splits, written with «…» in its place ("får … lov til å"), and what each means. */
    splitSynonyms: z.record(z.string().regex(/^\S+ … \S/), z.string().trim().min(1)).default({}),
    synonymsWhen: z
      .array(
        z
          .object({
            /** Read so when one of these words stands in the question. */
            beside: wordList.optional(),
            /** Read so only in what a yes/no question claims (see sentence-checked.ts). */
            inClaim: z.literal(true).optional(),
            /**
             * The words name a part of what they are read as (a group of the staff, for the staff): not read so in a
             * question that says «only» of something, which asks about that part alone.
             */
            part: z.literal(true).optional(),
            synonyms: z.record(z.string().trim().min(1), z.string().trim().min(1)),
          })
          .strict()
          .refine((g) => (g.beside === undefined) !== (g.inClaim === undefined), {
            message: 'hver gruppe har nøyaktig én betingelse: beside eller inClaim',
          }),
      )
      .default([]),
    shortForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    /** Numbers written as words ("sju", "førti", "seven"), by value: before «tusen»/"thousand" a figure is meant. */
    numberWords: z.record(z.string().trim().min(1), z.number().int().positive()).default({}),
    thousands: z.array(z.string().trim().min(1)).default([]),
    countryGroups: wordList.default([]),
    weekdays: wordList.default([]),
    namesElsewhere: wordList.default([]),
    neighbourForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    neighbourParts: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
  })
  .strict();

/** Language resources in the form the answerer uses: stemmed words and phrases. */
export interface LanguageData {
  markers: Record<Lang | 'norwegian', Set<string>>;
  /** The marker words as written (folded, not stemmed): see question-language.ts. */
  markerWords: Record<Lang, Set<string>>;
  /** Stemmed intent phrases (one or more words joined by a space), longest first. */
  intentPhrases: { words: string[]; intent: Intent; /** The phrase folded, not stemmed. */ raw: string }[];
  stopwords: Set<string>;
  /** Words (folded) that ask for a date wherever they stand in the question. */
  dateWords: Set<string>;
  /**
   * Words (folded) of "Hvem er (en) <rolle> …": the question words, copulas and articles before a role, and the
   * words that say which one of the role is meant ("ny", "current"), which stand before it.
   */
  roleQuestion: {
    who: Set<string>;
    what: Set<string>;
    copulas: Set<string>;
    articles: Set<string>;
    modifiers: Set<string>;
    /** "heter", "heiter": after "Hva", the question asks the name of what follows, a person or thing. */
    naming: Set<string>;
    /** "name", "navnet": with "Hva"/"What", the question asks the name of what it names ("What is the name of …"). */
    names: Set<string>;
  };
  /**
   * Words (folded) that shape the question: `yesNo` verbs that open a yes/no question ("Er …", "Is …"), `past`
   * verbs among them that ask what happened ("Ble …", "Did …"), and `which` words (or
   * phrases, folded and joined by a space) before the noun asked for.
   */
  questionShape: QuestionShape;
  /** The words that tell whether a yes/no question claims what a sentence says (see claim-words.ts). */
  claims: ClaimWords;
  /** The words that find the question inside a wordy message (see focus.ts), folded. */
  focus: FocusWords;
  /** The words that say who the asker is or where they are (see asker-context.ts), folded. */
  asker: AskerWords;
  /** Words for a place in a list (see list-position-words.ts). */
  listPositions: ListPositionWords;
  /** Words for how long something lasts and the period it is done in (see when-by-period.ts). */
  timeSpans: TimeSpanWords;
  /** The curated filler words as written (folded, not stemmed). */
  fillerWords: Set<string>;
  /** Nynorsk forms of the knowledge base's bokmål words (folded) and the bokmål form each is read as. */
  wordForms: Map<string, string>;
  /** Spoken forms of a preposition that are another word elsewhere ("tel": til, or short for telefon), folded. */
  prepositionForms: Map<string, string>;
  /**
   * Words and phrases of the language that mean the same as a word the knowledge base uses ("kursing", "øverste
   * administrative leder"), folded with single spaces, and that word.
   */
  synonyms: Map<string, string>;
  /**
   * Phrases a question's opening verb starts and the words after its subject end (see split-synonyms.ts), folded, and
   * what each is read as: the words in the verb's place, and those in the place of the words after the subject.
   */
  splitSynonyms: { opener: string; after: string[]; head: string; tail: string }[];
  /**
   * Words that mean the same as a word the knowledge base uses only beside certain other words ("flytte" is
   * "migrere" in a question about data), folded, with those words.
   */
  synonymsBeside: { beside: Set<string>; synonyms: Map<string, string>; part: boolean }[];
  /**
   * Other forms of a word a sentence of the page has in one form ("valgte" of "velges"), folded, read as that form
   * only in what a yes/no question claims.
   */
  claimForms: Map<string, string>;
  /**
   * Abbreviations staff write in a hurry ("hp", "trd", "ifht") and Swedish and Danish words ("hvad", "hur många"),
   * tokens joined by a space, and the Norwegian each is read as; `shortFormWords` is the most words one has.
   */
  shortForms: Map<string, string>;
  shortFormWords: number;
  /**
   * Per number word, folded, its value; and a number before a word for thousands ("sju tusen", "40 thousand"), the
   * number captured: built once here, not for every question (undefined without such words).
   */
  numberWords: Map<string, number>;
  thousands: RegExp | undefined;
  /** Words for a group of countries ("Nordic", "European"): in English capitalised, yet no name of a place. */
  countryGroups: Set<string>;
  /** The days of the week ("Friday"): in English capitalised, yet no name of a place. */
  weekdays: Set<string>;
  /**
   * Names of places and organisations outside what the page is about ("Bergen", "Helse Vest"), word by word, folded:
   * a name even when the message is written in lower case.
   */
  namesElsewhere: string[][];
  /** Parts of Swedish and Danish words ("hälso", "tjänst"), lower case, and the Norwegian part each is read as. */
  neighbourParts: [string, string][];
  /** General Norwegian stop words from stopwords-iso, stemmed. */
  generalStopwords: Set<string>;
  /**
   * Words (folded, as written) that exist in the language data: the general stop-word lists of Norwegian and English
   * (stopwords-iso) and every word of the language file. Such a word is itself, never a misspelling of a
   * knowledge-base word ("comes" is not "comms").
   */
  languageWords: Set<string>;
  /** Short English function words (it, as, at …) from stopwords-iso: filler in an English question. */
  englishFunctionWords: Set<string>;
  /**
   * The everyday words of Norwegian and English (the packaged spelling dictionaries): a word there that the knowledge
   * base does not have is a topic the bot knows to be something else ("skriveren", "VPN" is not one).
   */
  everyday: GeneralVocabulary;
}

/** Validates and prepares language data from parsed YAML. */
export function parseLanguageData(data: unknown, source = 'språkdata'): LanguageData {
  const result = schema.safeParse(data, { errorMap: norwegianIssues });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('KNOWLEDGE_BASE_INVALID', `Språkfilen ${source} er ugyldig: ${problems}`);
  }
  const d = result.data;
  const markerSet = (words: string[]) => new Set(words.flatMap((w) => terms(w)));
  const intentPhrases: LanguageData['intentPhrases'] = [];
  for (const [intent, words] of Object.entries(d.intents) as [Intent, string[]][]) {
    for (const w of words) {
      const t = terms(w);
      if (t.length > 0) intentPhrases.push({ words: t, intent, raw: tokenize(w).join(' ') });
    }
  }
  intentPhrases.sort((a, b) => b.words.length - a.words.length);
  const pronouns = [...d.focus.pronouns, ...d.focus.possessives];
  const filler = [...d.stopwords.flat(), ...d.questionShape.people];
  return {
    markers: {
      nb: markerSet(d.languageMarkers.nb),
      nn: markerSet(d.languageMarkers.nn),
      en: markerSet(d.languageMarkers.en),
      norwegian: markerSet(d.norwegianMarkers),
    },
    markerWords: {
      nb: wordSet(d.languageMarkers.nb),
      nn: wordSet(d.languageMarkers.nn),
      en: wordSet(d.languageMarkers.en),
    },
    intentPhrases,
    // (Phrases kept whole: «time points» asks for dates; «time» and «points» alone do not.)
    dateWords: new Set(d.dateWords.map((w) => tokenize(w).join(' '))),
    roleQuestion: {
      who: wordSet(d.roleQuestion.who),
      what: wordSet(d.roleQuestion.what),
      copulas: wordSet(d.roleQuestion.copulas),
      articles: wordSet(d.roleQuestion.articles),
      modifiers: wordSet(d.roleQuestion.modifiers),
      naming: wordSet(d.roleQuestion.naming),
      names: wordSet(d.roleQuestion.names),
    },
    questionShape: prepareQuestionShape(d.questionShape),
    claims: prepareClaimWords(d.claims),
    focus: {
      knowing: d.focus.knowing.map((w) => tokenize(w)),
      questionWords: wordSet(d.focus.questionWords),
      requests: d.focus.requests.map((w) => tokenize(w)),
      needs: wordSet(d.focus.needs),
      joins: wordSet(d.focus.joins),
      pairs: d.focus.pairs.map((w) => tokenize(w)),
      alternatives: wordSet(d.focus.alternatives),
      whether: wordSet(d.focus.whether),
      // "om fastlegene kan koble seg på" asks "kan fastlegene koble seg på?" as much as "om legevakten er med".
      yesNo: wordSet([...d.questionShape.yesNo, ...d.questionShape.may]),
      confirm: d.questionShape.confirm.map((w) => tokenize(w)),
      openers: wordSet(d.focus.openers),
      pronouns: wordSet(d.focus.pronouns),
      possessives: wordSet(d.focus.possessives),
      owners: wordSet(d.focus.owners),
      backReferences: wordSet(d.focus.backReferences),
      thereBack: wordSet(d.focus.thereBack),
      dummies: wordSet(d.focus.dummies),
      relatives: wordSet(d.focus.relatives),
      plurals: wordSet(d.focus.plurals),
      own: wordSet(d.questionShape.own),
      ownFolded: wordSet(d.questionShape.own.filter((w) => fold(w) !== w.toLowerCase())),
      self: wordSet(d.questionShape.self),
      links: Object.entries(d.focus.links).map(([phrase, word]) => ({ words: tokenize(phrase), word })),
    },
    asker: prepareAskerWords(d.asker),
    listPositions: prepareListPositionWords(d.listPositions),
    timeSpans: prepareTimeSpanWords(d.timeSpans),
    // A pronoun with no one named before it to stand for ("hvilken stilling har vedkommende?") says nothing of what
    // is asked: it is filler.
    stopwords: new Set([...filler, ...pronouns].flatMap((w) => terms(w))),
    fillerWords: wordSet([...filler, ...pronouns]),
    wordForms: new Map(Object.entries(d.wordForms).map(([nn, nb]) => [fold(nn), nb])),
    prepositionForms: new Map(Object.entries(d.prepositionForms).map(([form, word]) => [fold(form), word])),
    synonyms: new Map(Object.entries(d.synonyms).map(([other, word]) => [tokenize(other).join(' '), word])),
    splitSynonyms: Object.entries(d.splitSynonyms).map(([phrase, word]) => {
      const [opener, after] = phrase.split(' … ');
      const [head, tail = ''] = word.split(' … ');
      return { opener: fold(opener!), after: tokenize(after!), head: head!, tail };
    }),
    synonymsBeside: d.synonymsWhen.flatMap((g) =>
      g.beside === undefined
        ? []
        : [
            {
              beside: wordSet(g.beside),
              part: g.part === true,
              synonyms: new Map(
                Object.entries(g.synonyms).map(([other, word]) => [tokenize(other).join(' '), word]),
              ),
            },
          ],
    ),
    claimForms: new Map(
      d.synonymsWhen
        .filter((g) => g.inClaim)
        .flatMap((g) => Object.entries(g.synonyms).map(([form, word]) => [fold(form), fold(word)] as const)),
    ),
    // Swedish and Danish forms are looked up as written: «är» is not «år».
    shortForms: new Map([
      ...Object.entries(d.shortForms).map(([form, word]) => [tokenize(form).join(' '), word] as const),
      ...Object.entries(d.neighbourForms).map(([form, word]) => [asWritten(form), word] as const),
    ]),
    numberWords: new Map(Object.entries(d.numberWords).map(([w, n]) => [fold(w), n] as const)),
    countryGroups: wordSet(d.countryGroups),
    weekdays: wordSet(d.weekdays),
    namesElsewhere: d.namesElsewhere.map((name) => tokenize(name)),
    thousands:
      d.thousands.length === 0
        ? undefined
        : new RegExp(
            `(?<![\\p{L}\\d])(\\d+|\\p{L}+?)[\\s-]*(?:${d.thousands.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?!\\p{L})`,
            'giu',
          ),
    shortFormWords: Math.max(
      1,
      ...Object.keys({ ...d.shortForms, ...d.neighbourForms }).map((form) => tokenize(form).length),
    ),
    neighbourParts: Object.entries(d.neighbourParts).map(([part, word]) => [
      part.normalize('NFC').toLowerCase(),
      word,
    ]),
    // Only the Norwegian list: the English one (1 300 words) holds content words such as "open" and "ten".
    generalStopwords: new Set(isoStopwords.no.flatMap((w) => terms(w))),
    languageWords: new Set(
      [
        ...isoStopwords.no,
        ...isoStopwords.en,
        ...Object.values(d.languageMarkers).flat(),
        ...Object.values(d.intents).flat(),
        ...filler,
        ...d.questionShape.other,
        // (Not the words that pair two things: "forskjellen" says what is asked of them.)
        ...Object.entries(d.focus).flatMap(([key, v]) =>
          key === 'links' ? Object.keys(v) : key === 'pairs' ? [] : Object.values(v).flat(),
        ),
      ].flatMap((w) => tokenize(w)),
    ),
    englishFunctionWords: new Set(isoStopwords.en.filter((w) => /^[a-z]{2,3}$/.test(w))),
    everyday: generalVocabulary(),
  };
}

/** Reads the language file (YAML). */
export function loadLanguageData(file: string): LanguageData {
  try {
    return parseLanguageData(parse(readFileSync(file, 'utf8')), file);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'KNOWLEDGE_BASE_INVALID',
      `Kunne ikke lese språkfilen ${file}: ${(err as Error).message}`,
      err,
    );
  }
}
