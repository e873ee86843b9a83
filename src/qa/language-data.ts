import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import isoStopwords from 'stopwords-iso';
import { z } from 'zod';
import { AppError } from '../errors';
import type { FocusWords } from './focus';
import type { QuestionShape } from './question-shape';
import { type GeneralVocabulary, generalVocabulary } from './general-vocabulary';
import type { Lang } from './knowledge-base';
import { fold, terms, tokenize } from './text';
import { asWritten } from './short-forms';

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

const wordList = z.array(z.string().trim().min(1));
const schema = z
  .object({
    languageMarkers: z.object({ nb: wordList, nn: wordList, en: wordList }).strict(),
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
      })
      .strict(),
    questionShape: z
      .object({
        yesNo: wordList,
        past: wordList,
        which: wordList,
        own: wordList.default([]),
        possess: wordList.default([]),
        genitive: wordList.default([]),
        qualifiers: wordList.default([]),
        may: wordList.default([]),
        obtain: wordList.default([]),
        reply: wordList.default([]),
        howTo: wordList.default([]),
        whatToDo: wordList.default([]),
        succession: wordList.default([]),
        sequence: wordList.default([]),
        about: wordList.default([]),
        meaning: wordList.default([]),
        owns: wordList.default([]),
        gender: wordList.default([]),
        condition: wordList.default([]),
        why: wordList.default([]),
        contrast: wordList.default([]),
        self: wordList.default([]),
        goTo: wordList.default([]),
        contactPeople: wordList.default([]),
        contactDetails: wordList.default([]),
        groups: wordList.default([]),
        teams: wordList.default([]),
        standsFor: wordList.default([]),
        placeNouns: wordList.default([]),
        workplace: wordList.default([]),
        together: wordList.default([]),
        existential: wordList.default([]),
        doing: wordList.default([]),
        alone: wordList.default([]),
        members: wordList.default([]),
        someone: wordList.default([]),
        unnamed: wordList.default([]),
        unlisted: wordList.default([]),
        people: wordList.default([]),
        other: wordList.default([]),
        confirm: wordList.default([]),
        confirmAfter: wordList.default([]),
        except: wordList.default([]),
        negation: wordList.default([]),
        excluded: wordList.default([]),
        inclusion: wordList.default([]),
        partaking: wordList.default([]),
        represents: wordList.default([]),
        photoTaking: wordList.default([]),
        photographing: wordList.default([]),
        photos: wordList.default([]),
        agent: wordList.default([]),
        privateContact: wordList.default([]),
        send: wordList.default([]),
        enquiry: wordList.default([]),
        origin: wordList.default([]),
        infinitive: wordList.default([]),
        relative: wordList.default([]),
        within: wordList.default([]),
        existing: wordList.default([]),
        beforeVerb: wordList.default([]),
        particles: wordList.default([]),
        year: wordList.default([]),
      })
      .strict()
      // Every other list has its own default: a file without this section has none of them.
      .default({ yesNo: [], past: [], which: [] }),
    focus: z
      .object({
        knowing: wordList.default([]),
        questionWords: wordList.default([]),
        joins: wordList.default([]),
        pairs: wordList.default([]),
        whether: wordList.default([]),
        openers: wordList.default([]),
        pronouns: wordList.default([]),
        possessives: wordList.default([]),
        backReferences: wordList.default([]),
        dummies: wordList.default([]),
        plurals: wordList.default([]),
        links: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
      })
      .strict()
      // Every list has its own default: a file without this section has none of them.
      .default({}),
    stopwords: z.array(wordList),
    wordForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    prepositionForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    synonyms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    shortForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    neighbourForms: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    neighbourParts: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
  })
  .strict();

/** Language resources in the form the answerer uses: stemmed words and phrases. */
export interface LanguageData {
  markers: Record<Lang, Set<string>>;
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
  };
  /**
   * Words (folded) that shape the question: `yesNo` verbs that open a yes/no question ("Er …", "Is …"), `past`
   * verbs among them that ask what happened ("Ble …", "Did …"), and `which` words (or
   * phrases, folded and joined by a space) before the noun asked for.
   */
  questionShape: QuestionShape;
  /** The words that find the question inside a wordy message (see focus.ts), folded. */
  focus: FocusWords;
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
   * Abbreviations staff write in a hurry ("hp", "trd", "ifht") and Swedish and Danish words ("hvad", "hur många"),
   * tokens joined by a space, and the Norwegian each is read as; `shortFormWords` is the most words one has.
   */
  shortForms: Map<string, string>;
  shortFormWords: number;
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
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('KNOWLEDGE_BASE_INVALID', `Språkfilen ${source} er ugyldig: ${problems}`);
  }
  const d = result.data;
  const markerSet = (words: string[]) => new Set(words.flatMap((w) => terms(w)));
  const wordSet = (words: string[]) => new Set(words.flatMap((w) => tokenize(w)));
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
    },
    markerWords: {
      nb: wordSet(d.languageMarkers.nb),
      nn: wordSet(d.languageMarkers.nn),
      en: wordSet(d.languageMarkers.en),
    },
    intentPhrases,
    dateWords: wordSet(d.dateWords),
    roleQuestion: {
      who: wordSet(d.roleQuestion.who),
      what: wordSet(d.roleQuestion.what),
      copulas: wordSet(d.roleQuestion.copulas),
      articles: wordSet(d.roleQuestion.articles),
      modifiers: wordSet(d.roleQuestion.modifiers),
      naming: wordSet(d.roleQuestion.naming),
    },
    questionShape: {
      yesNo: wordSet(d.questionShape.yesNo),
      past: wordSet(d.questionShape.past),
      own: wordSet(d.questionShape.own),
      possess: wordSet(d.questionShape.possess),
      genitive: wordSet(d.questionShape.genitive),
      ownWritten: new Set(d.questionShape.own.map((w) => w.normalize('NFKC').toLowerCase())),
      qualifiers: wordSet(d.questionShape.qualifiers),
      may: new Set(d.questionShape.may.flatMap((w) => tokenize(w))),
      obtain: new Set(d.questionShape.obtain.flatMap((w) => tokenize(w))),
      reply: wordSet(d.questionShape.reply),
      howTo: new Set(d.questionShape.howTo.flatMap((w) => tokenize(w))),
      whatToDo: d.questionShape.whatToDo.map((w) => tokenize(w)),
      succession: d.questionShape.succession.map((w) => tokenize(w)),
      // As written: folded, «før» (before) is «for».
      sequence: new Set(d.questionShape.sequence.map((w) => w.normalize('NFKC').toLowerCase())),
      about: wordSet(d.questionShape.about),
      meaning: wordSet(d.questionShape.meaning),
      owns: wordSet(d.questionShape.owns),
      gender: wordSet(d.questionShape.gender),
      condition: wordSet(d.questionShape.condition),
      why: wordSet(d.questionShape.why),
      contrast: d.questionShape.contrast.map((w) => tokenize(w)),
      self: new Set(d.questionShape.self.flatMap((w) => tokenize(w))),
      goTo: d.questionShape.goTo.map((w) => tokenize(w)),
      contactPeople: d.questionShape.contactPeople.map((w) => tokenize(w)),
      contactDetails: wordSet(d.questionShape.contactDetails),
      groups: new Set(d.questionShape.groups.flatMap((w) => tokenize(w))),
      teams: new Set(d.questionShape.teams.flatMap((w) => tokenize(w))),
      standsFor: d.questionShape.standsFor.map((w) => tokenize(w)),
      placeNouns: wordSet(d.questionShape.placeNouns),
      workplace: wordSet(d.questionShape.workplace),
      together: wordSet(d.questionShape.together),
      existential: wordSet(d.questionShape.existential),
      doing: wordSet(d.questionShape.doing),
      alone: wordSet(d.questionShape.alone),
      members: wordSet(d.questionShape.members),
      someone: wordSet(d.questionShape.someone),
      unnamed: wordSet(d.questionShape.unnamed),
      unlisted: new Set(d.questionShape.unlisted.flatMap((w) => terms(w))),
      people: wordSet(d.questionShape.people),
      other: wordSet(d.questionShape.other),
      confirm: d.questionShape.confirm.map((w) => tokenize(w)),
      confirmAfter: d.questionShape.confirmAfter.map((w) => tokenize(w)),
      except: d.questionShape.except.map((w) => tokenize(w)),
      negation: d.questionShape.negation.map((w) => tokenize(w)),
      excluded: d.questionShape.excluded.map((w) => tokenize(w)),
      inclusion: d.questionShape.inclusion.map((w) => tokenize(w)),
      partaking: d.questionShape.partaking.map((w) => tokenize(w)),
      represents: new Set(d.questionShape.represents.flatMap((w) => terms(w))),
      photoTaking: wordSet(d.questionShape.photoTaking),
      photographing: wordSet(d.questionShape.photographing),
      photos: wordSet(d.questionShape.photos),
      agent: wordSet(d.questionShape.agent),
      privateContact: wordSet(d.questionShape.privateContact),
      send: wordSet(d.questionShape.send),
      enquiry: wordSet(d.questionShape.enquiry),
      origin: wordSet(d.questionShape.origin),
      infinitive: new Set(d.questionShape.infinitive.map((w) => w.normalize('NFKC').toLowerCase())),
      relative: wordSet(d.questionShape.relative),
      within: wordSet(d.questionShape.within),
      existing: wordSet(d.questionShape.existing),
      beforeVerb: wordSet(d.questionShape.beforeVerb),
      particles: wordSet(d.questionShape.particles),
      year: wordSet(d.questionShape.year),
      which: new Set(d.questionShape.which.map((w) => tokenize(w).join(' '))),
    },
    focus: {
      knowing: d.focus.knowing.map((w) => tokenize(w)),
      questionWords: wordSet(d.focus.questionWords),
      joins: wordSet(d.focus.joins),
      pairs: d.focus.pairs.map((w) => tokenize(w)),
      whether: wordSet(d.focus.whether),
      // "om fastlegene kan koble seg på" asks "kan fastlegene koble seg på?" as much as "om legevakten er med".
      yesNo: wordSet([...d.questionShape.yesNo, ...d.questionShape.may]),
      openers: wordSet(d.focus.openers),
      pronouns: wordSet(d.focus.pronouns),
      possessives: wordSet(d.focus.possessives),
      backReferences: wordSet(d.focus.backReferences),
      dummies: wordSet(d.focus.dummies),
      plurals: wordSet(d.focus.plurals),
      own: wordSet(d.questionShape.own),
      links: Object.entries(d.focus.links).map(([phrase, word]) => ({ words: tokenize(phrase), word })),
    },
    // A pronoun with no one named before it to stand for ("hvilken stilling har vedkommende?") says nothing of what
    // is asked: it is filler.
    stopwords: new Set([...filler, ...pronouns].flatMap((w) => terms(w))),
    fillerWords: new Set([...filler, ...pronouns].flatMap((w) => tokenize(w))),
    wordForms: new Map(Object.entries(d.wordForms).map(([nn, nb]) => [fold(nn), nb])),
    prepositionForms: new Map(Object.entries(d.prepositionForms).map(([form, word]) => [fold(form), word])),
    synonyms: new Map(Object.entries(d.synonyms).map(([other, word]) => [tokenize(other).join(' '), word])),
    // Swedish and Danish forms are looked up as written: «är» is not «år».
    shortForms: new Map([
      ...Object.entries(d.shortForms).map(([form, word]) => [tokenize(form).join(' '), word] as const),
      ...Object.entries(d.neighbourForms).map(([form, word]) => [asWritten(form), word] as const),
    ]),
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
          key === 'links' ? Object.keys(v) : key === 'pairs' ? [] : (v as string[]),
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
