import { kindWordOutOfPlace } from './kind-words';
import { questionLanguage } from './question-language';
import type { Intent } from './language-data';
import type { Lang } from './knowledge-base';
import {
  correctTypo,
  fillerTypo,
  isKnown,
  knownHead,
  nameSpelling,
  otherFormOfName,
  otherWord,
  splitCompound,
  standsAlone,
} from './spelling';
import { formTerm, languageWordInIng, nounOfParticleVerb, passiveVerb } from './word-forms';
import { bodyCompound } from './body-compound';
import { entryCompound } from './entry-compound';
import { stem, tokenize, trimPunctuation } from './text';
import { questionText, sendsQuestions } from './question-text';
import type { Vocabulary } from './vocabulary';
import { perVocabulary } from './per-vocabulary';
import { otherNamesIn } from './place-names';
import { asksWhenAt } from './after-heading';
import { roleAsked } from './role-question';
import { asksWhatBusy } from './busy-question';
import { presentVerb } from './refusals';
import { askerDoes } from './asker';
import { kindCompound } from './kind-compounds';
import { inCondition } from './condition-clause';
import { type AskedNoun, askedNounOf } from './asked-noun';
import { isIntentWord } from './intent-word';

/** What the analysis finds in a question (with the noun a which- or count-question asks for: see AskedNoun). */
export interface Analysis extends AskedNoun {
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
}

/** Splits the question into intents, recognised terms and unknown words, and guesses its language. */
export function analyse(vocab: Vocabulary, question: string): Analysis {
  const { text, confirmed } = questionText(vocab, question);
  const tokens = tokenize(text);
  const stems = tokens.map(stem);
  // Worked out only when an answer names what was asked (rare): most questions never need it.
  let written: string[] | undefined;
  const words = () =>
    (written ??= text.split(/\s+/).flatMap((w) => tokenize(w).map(() => trimPunctuation(w))));
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
  const lang = questionLanguage(vocab, tokens, stems, question);
  // "What time is it?": in an English question a short function word is filler, even when the knowledge base has it
  // as a name ("IT"); in capitals it is a name ("HR"), not a negation stressed ("… are NOT rådmann?").
  const stressed = (k: number) => vocab.language.questionShape.negation.some((p) => p[0] === tokens[k]);
  const functionWord = (k: number) =>
    lang === 'en' &&
    vocab.language.englishFunctionWords.has(tokens[k]!) &&
    (!words()[k]?.includes(tokens[k]!.toUpperCase()) || stressed(k));
  // "What time-savings …": a phrase's last word that is the first part of a hyphenated word is that word's (savings).
  const endsInCompound = (k: number) => {
    const chunk = words()[k] ?? '';
    return k + 1 < tokens.length && words()[k + 1] === chunk && chunk.includes('-');
  };
  // "What time savings …": a phrase's last word that opens an alias of several words with the words after it is the
  // alias's (the time savings the benefits name, not "what time").
  const openings = aliasOpenings(vocab);
  const endsInAlias = (k: number) => openings.has(`${stems[k]} ${stems[k + 1] ?? ''}`);
  while (i < stems.length) {
    // A one-word question word matches its own inflections only (see isIntentWord: "skriveren" is not "skrive").
    const phrase = vocab.language.intentPhrases.find(
      (p) =>
        p.words.every((w, k) => stems[i + k] === w) &&
        (p.words.length > 1
          ? !endsInCompound(i + p.words.length - 1) && !endsInAlias(i + p.words.length - 1)
          : isIntentWord(vocab, tokens, i, p.raw)),
    );
    // "Hva driver fagrådet med?", "Kva har rådet ansvar for?": a word for leading that asks what (see busy-question.ts).
    const busy = phrase?.intent === 'lead' && asksWhatBusy(vocab.language.questionShape, tokens, i, intents);
    // (First, with no question word before it, it opens a yes/no question: "Driver fagrådet med e-meldinger?")
    if (phrase && busy) {
      if (i > 0) intents.add('what');
      if (i++ > 0) intentPositions.push(i - 1);
      continue;
    }
    if (phrase) {
      // "når" later in a sentence is a conjunction, not "when?" (see after-heading.ts).
      // "Sitter det noen fra Steinkjer i samarbeidsrådet?": a verb that opens a yes/no question asks whether, not
      // where, even when it is a word for where something is ("sitter").
      const whether =
        i === 0 && phrase.intent === 'where' && vocab.language.questionShape.yesNo.has(tokens[0]!);
      const conditioned = inCondition(vocab.language.questionShape, tokens, i, opening !== undefined);
      const asks = phrase.intent !== 'when' || asksWhenAt(vocab, text, i, phrase.raw);
      if (whether || conditioned) intentPositions.push(i);
      else if (asks) intents.add(phrase.intent);
      if (i === 0 && !whether && asks) opening = phrase.intent;
      for (let k = 0; k < phrase.words.length; k++) intentPositions.push(i + k);
      i += phrase.words.length;
      if (phrase.intent === 'lead' && leadEnd < 0) leadEnd = i;
      continue;
    }
    const s = stems[i]!;
    i++;
    if (vocab.stopwords.has(s) || s.length < 2 || functionWord(i - 1)) continue;
    if (otherFormOfName(vocab, tokens[i - 1]!, words()[i - 1] ?? '')) {
      generalPositions.push(i - 1);
      continue;
    }
    if (standsAlone(vocab, stems, i - 1)) {
      addUnknown(s);
      continue;
    }
    const item = vocab.itemShortNames.get(s);
    if (item !== undefined && !vocab.vocabulary.has(s)) {
      addKnown(item);
      continue;
    }
    const particleNoun = nounOfParticleVerb(vocab, tokens, i - 1, lang);
    if (particleNoun) {
      i++;
      addKnown(particleNoun);
      continue;
    }
    // "lærere" (teachers) is not "læring", "train" not "training": an everyday word whose stem only meets words of
    // other base forms in the knowledge base is a word of its own.
    if (otherWord(vocab, tokens[i - 1]!, s)) {
      addUnknown(s);
      everydayPositions.push(i - 1);
      continue;
    }
    // "Skal barna få egen journal?": a word for whom a list's items serve, outside a question about that list, is the
    // everyday word it is (see kind-words.ts).
    if (kindWordOutOfPlace(vocab, s, stems)) {
      addUnknown(s);
      if (vocab.language.everyday.hasWordOrCompound(tokens[i - 1]!)) everydayPositions.push(i - 1);
      continue;
    }
    // "Who is Ann Storsve?": beside a person's name, a word the page has only in its prose is a spelling of the name.
    const name = vocab.strongVocabulary.has(s) ? undefined : nameSpelling(vocab, tokens, i - 1);
    if (name !== undefined || isKnown(vocab, s, tokens[i - 1]!)) {
      if (name === undefined && !vocab.vocabulary.has(s)) fuzzyAt.push(i - 1);
      addKnown(name ?? s);
      continue;
    }
    const token = tokens[i - 1]!;
    const base = formTerm(vocab, tokens, i - 1, lang);
    if (base !== undefined) {
      addKnown(base);
      continue;
    }
    const corrected = correctTypo(vocab, token);
    if (corrected) {
      if (corrected.intent) intents.add(corrected.intent);
      else {
        fuzzyAt.push(i - 1);
        addKnown(corrected.term);
      }
      continue;
    }
    // A misspelt filler word ("inen" for "innen") is filler too.
    if (fillerTypo(vocab, token, lang)) continue;
    // A Norwegian base form of the dictionaries is a word of its own, not a compound of the knowledge base's words
    // ("fravær" is not "fra" + "vær"). (English words are split as before: "overall" is over + all.)
    // (Not one made of a body's name: "rådsmedlem", see body-compound.ts; nor of two words of one entry: "skulebygg".)
    const lemma =
      lang !== 'en' &&
      vocab.language.everyday.isLemma(token) &&
      !bodyCompound(vocab, token) &&
      !entryCompound(vocab, token);
    const parts = lemma ? undefined : splitCompound(vocab, token, lang);
    if (parts) {
      for (const p of parts) {
        const intent = vocab.intentOf(p);
        if (intent) intents.add(intent);
        else addKnown(p);
      }
      continue;
    }
    // A compound whose first part is a known word ("datamigerering") still says what it is about.
    // Its last part is what it is, though: "helseminister" is a minister, which the bot knows nothing of.
    // (So is a word of the dictionaries whose last part only says what kind of the first it is: "avtaletype".)
    const lemmaOfItsOwn = vocab.language.everyday.isLemma(token) && !kindCompound(vocab, token);
    const head = lemmaOfItsOwn ? undefined : knownHead(vocab, token);
    if (head) {
      addKnown(head);
      if (!kindCompound(vocab, token)) headOnly.push(i - 1);
    } else if (vocab.language.languageWords.has(token) || languageWordInIng(vocab, tokens, i - 1, lang))
      generalPositions.push(i - 1);
    else {
      addUnknown(s);
      if (vocab.language.everyday.hasWordOrCompound(token)) everydayPositions.push(i - 1);
    }
  }
  const { asksWho, roleAt, roleStop, unknownRoleAsked, rolePhrase, roleTerm, roleGuessed } = roleAsked(
    vocab,
    {
      tokens,
      stems,
      lang,
      chunks,
      positions,
      known,
      unknownPositions,
      headOnly,
      generalPositions,
      intentPositions,
      leadEnd,
      fuzzyAt,
    },
  );
  const shape = vocab.language.questionShape;
  if (sendsQuestions(tokens, vocab.language)) intents.add('contact');
  const { whichNounUnheld, whichQualified, whichPlural, askedNoun, askedEveryday } = askedNounOf(vocab, {
    tokens,
    stems,
    lang,
    chunks,
    known,
    knownPositions,
    everydayPositions,
    generalPositions,
  });
  // ("trenger epost til hun som leder prosjektkontoret", "need the email of …": a verb of needing first, with what is
  // asked for right after it, asks for that; the asker is left out, as in chat.)
  const { articles } = vocab.language.roleQuestion;
  const requested =
    vocab.language.focus.needs.has(tokens[0] ?? '') &&
    intentPositions.some((p) => p === 1 || (p === 2 && articles.has(tokens[1] ?? '')));
  const { howTo, selfActivity } = askerDoes(shape, tokens, lang, everydayPositions, intents);
  const otherNames = otherNamesIn(vocab, text, tokens, words, [...unknownPositions, ...headOnly]);
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
    // (A Norwegian question that opens with any verb in the present asks whether: "Forsvinner driften …?",
    // "Dokumenteres forslag …?")
    yesNo:
      !requested &&
      (confirmed ||
        shape.yesNo.has(tokens[0] ?? '') ||
        // (So does a verb for representing, "Representerer Ole Gunnar Kjøsnes …?" (after a question word it asks who),
        // and one for leading in the passive, "Ledes gevinstrealisering …?", or before a name, "Leder Line …?".)
        (((opening === undefined && !intentPositions.includes(0)) ||
          shape.represents.has(stems[0] ?? '') ||
          (opening === 'lead' &&
            (passiveVerb(vocab, tokens[0] ?? '', lang) || vocab.nameWords.has(tokens[1] ?? '')))) &&
          opensWithVerb(vocab, tokens[0] ?? '', lang))),
    // (The asker's own question is no workplace of theirs: "Where do I send my questions?")
    own: tokens.some((t, k) => shape.own.has(t) && !shape.enquiry.has(tokens[k + 1] ?? '')),
    // "Ble …?", or "Hva ble …", "What did …" (not "Når ble …", which asks for the date; a date later in the question,
    // "What did the council decide at the turn of the year?", says when it was done, not that the date is asked).
    past: shape.past.has(tokens[0] ?? '') || (shape.past.has(tokens[1] ?? '') && opening !== 'when'),
    leadEnd,
    roleQuestionWho: asksWho && roleAt > 0,
    whichNounUnheld,
    whichQualified,
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

/** The first two words (stems) of every alias of several words: "time sav" of "time savings". */
const aliasOpenings = perVocabulary(
  (vocab: Vocabulary) =>
    new Set([...vocab.aliasPhrases.values()].flatMap((a) => a.phrases.map((p) => `${p[0]} ${p[1]}`))),
);

/** A Norwegian verb in the present, active or passive ("forsvinner", "dokumenteres", "dokumenterast"). */
function opensWithVerb(vocab: Vocabulary, token: string, lang: Lang): boolean {
  const everyday = vocab.language.everyday;
  // ("Gjennomførte Trondheim kommune anskaffelsen alene?": a verb in the past opens it as well.)
  const past =
    lang !== 'en' &&
    /te$/.test(token) &&
    !everyday.isLemma(token) &&
    everyday.isLemma(`${token.slice(0, -2)}e`);
  return passiveVerb(vocab, token, lang) || past || presentVerb(vocab, token, lang);
}

/** What a question counts or lists, as written ("ansatte" in "Hvor mange ansatte …"). */
export function askedNounAsWritten(vocab: Vocabulary, text: string): string | undefined {
  const analysis = analyse(vocab, text);
  const at = analysis.askedNoun === undefined ? undefined : analysis.positions.get(analysis.askedNoun);
  return at === undefined ? undefined : analysis.words()[at];
}

/**
 * True when the text names nothing, of the page or not, asks nothing and gives no figure: small talk or courtesy
 * ("Hei!", "Lurer på en ting:", "Takk!").
 */
export function saysNothing(vocab: Vocabulary, text: string): boolean {
  if (/\d/u.test(text)) return false;
  const analysis = analyse(vocab, text);
  const named = analysis.known.length + analysis.unknown.length + analysis.otherNames.length;
  return named === 0 && analysis.intents.size === 0;
}
