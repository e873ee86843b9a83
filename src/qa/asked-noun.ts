import type { Lang } from './knowledge-base';
import { presentVerb } from './refusals';
import type { Vocabulary } from './vocabulary';

/** The endings of the noun for one who does something, in the plural or definite ("brukere", "brukarane"). */
const AGENT_ENDING = /(?:ere|erne|eren|arar|arane|aren)$/;

/** What the analysis has found in the question by the time it looks for the noun asked for. */
export interface NounContext {
  tokens: string[];
  stems: string[];
  lang: Lang;
  /** The words as written, punctuation kept ("regions'"), one per token. */
  chunks: () => string[];
  known: string[];
  knownPositions: number[];
  everydayPositions: number[];
  generalPositions: number[];
}

/** The noun a which- or count-question asks for ("Hvilken leverandør …", "Hvor mange kommuner …"). */
export interface AskedNoun {
  /** "Hvilken <noun> ...": the noun is a word the knowledge base only has in running text, no entry is one. */
  whichNounUnheld: boolean;
  /**
   * "Which therapy services …", "Med hvilket sentralt prosjekt …": when the word after the which-word is one the page
   * only has in running text, and a noun an entry is called by follows it, that word and the noun.
   */
  whichQualified?: [string, string];
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

/**
 * "Hva heter organet som skal ivareta …?", "Kva heiter rådet …?": asking what a thing is called, right before the
 * thing, asks which one of that kind, as "hvilket organ" does.
 */
function namingAt(vocab: Vocabulary, tokens: string[], k: number): boolean {
  const role = vocab.language.roleQuestion;
  return role.what.has(tokens[k]!) && role.naming.has(tokens[k + 1] ?? '');
}

/** Finds what "hvilke"/"which" or "hvor mange"/"how many" asks for, and whether the bot holds any such thing. */
export function askedNounOf(vocab: Vocabulary, c: NounContext): AskedNoun {
  const { tokens, stems, lang, chunks, known, knownPositions, everydayPositions, generalPositions } = c;
  const shape = vocab.language.questionShape;
  const role = vocab.language.roleQuestion;
  // "Hvilken leverandør ble valgt?": the noun after the question word is what is asked for.
  let whichNounUnheld = false;
  let whichQualified: [string, string] | undefined;
  let whichPlural: string | undefined;
  let whichNoun: string | undefined;
  let askedEveryday: number | undefined;
  // An everyday word the knowledge base does not have, or one of the general stop-word lists that is one too.
  const everydayAt = (k: number) =>
    everydayPositions.includes(k) ||
    (generalPositions.includes(k) && vocab.language.everyday.has(tokens[k]!));
  for (let k = 0; k < tokens.length - 1; k++) {
    const two = `${tokens[k]} ${tokens[k + 1]}`;
    const three = `${two} ${tokens[k + 2]}`;
    // "Kva leverandør …": nynorsk asks which with "kva" right before the noun (not before a verb: "Kva gjer …"). A
    // word written as an entry's name or alias is that noun, whatever verb it looks like ("Kva tenester …").
    const kvaNoun =
      lang === 'nn' &&
      role.what.has(tokens[k]!) &&
      knownPositions.includes(k + 1) &&
      (!presentVerb(vocab, tokens[k + 1]!, lang) || vocab.strongWords.has(tokens[k + 1]!));
    const len = shape.which.has(three)
      ? 3
      : shape.which.has(two) || namingAt(vocab, tokens, k)
        ? 2
        : shape.which.has(tokens[k]!) || kvaNoun
          ? 1
          : 0;
    if (len === 0) continue;
    // "Which regions' municipalities …": a word in the genitive says whose; what is asked for comes after it.
    // ("Hvilket annet delprosjekt …", "Hvilken tidligere skole …": so does a word for «other» or «former», which says
    // which one.)
    const which = tokens[k + len] ?? '';
    const next = k + len + (shape.other.has(which) || shape.former.has(which) ? 1 : 0);
    const genitive = lang === 'en' && /\p{L}(?:'|'s|’|’s)$/u.test(chunks()[next] ?? '');
    const at = genitive && knownPositions.includes(next + 1) ? next + 1 : next;
    const noun = stems[at];
    if (noun !== undefined && known.includes(noun)) whichNoun = noun;
    if (everydayAt(at)) askedEveryday = at;
    // "Which (old) journal systems …": the last of the recognised words right after it is the noun asked for;
    // whether it is in the plural says if several things are asked for.
    let head = knownPositions.find((p) => p >= at);
    let headTerm: string | undefined;
    if (head !== undefined && head <= at + 2) {
      // A present-tense verb ends it ("Hvilken kommune koordinerer …" asks for one municipality); in English a word
      // in -s with an article after it is one ("Which municipality coordinates the work …").
      const verb = (p: number) =>
        presentVerb(vocab, tokens[p]!, lang) ||
        (lang === 'en' && /[^s]s$/.test(tokens[p]!) && role.articles.has(tokens[p + 1] ?? ''));
      while (knownPositions.includes(head + 1) && !verb(head + 1)) head++;
      const term = known[knownPositions.indexOf(head)]!;
      if (head > at) headTerm = term;
      const pluralEnding = lang === 'en' ? /[^s]s$/ : /(er|ene|ar|ane)$/;
      if (tokens[head] !== term && pluralEnding.test(tokens[head]!)) whichPlural = term;
      // ("Which municipal chief executive …": English puts what the thing is like before it; the last word is it.)
      if (lang === 'en' && whichNoun !== undefined) whichNoun = term;
    }
    whichNounUnheld =
      noun !== undefined &&
      known.includes(noun) &&
      !vocab.intentOf(noun) &&
      !vocab.stopwords.has(noun) &&
      vocab.strongEntries(noun) === 0;
    if (whichNounUnheld && headTerm !== undefined && vocab.strongEntries(headTerm) > 0)
      whichQualified = [noun!, headTerm];
    break;
  }
  // "Hvor mange brukere …": the one who does what a filler verb says (bruke: brukere) stems as the verb does, but is a
  // thing counted of its own, which the page gives no number of.
  const agentNoun = (k: number) => {
    const stem = stems[k] ?? '';
    const ending = AGENT_ENDING.exec(tokens[k] ?? '');
    return ending !== null && vocab.stopwords.has(stem) && tokens[k]!.slice(0, ending.index) === stem;
  };
  // "Hvor mange <noun>", "Hvilke <noun>": the noun says what is counted or listed.
  let askedNoun: string | undefined = whichNoun;
  for (let k = 0; k < stems.length && askedNoun === undefined; k++) {
    const phrase = vocab.countPhrases.find((p) => p.words.every((w, j) => stems[k + j] === w));
    if (!phrase) continue;
    // "How many people in total, across municipalities …", "hvor mange i Trondheim kommune …": people, said generally
    // or not at all, are what is counted.
    const next = tokens[k + phrase.words.length] ?? '';
    // ("Hvor mange av kommunens ansatte …", as "how many of …": what follows «av» is what is counted.)
    if (shape.people.has(next) || (next !== 'of' && next !== 'av' && shape.qualifiers.has(next))) break;
    // "How many Trondheim kommune employees …": a place right before the noun says where they are counted, as does
    // one the noun is compounded with («trondheimsansatte»).
    let at = knownPositions.findIndex((p) => p >= k + phrase.words.length);
    const place = (j: number) =>
      (vocab.orgWords.has(known[j]!) || shape.placeNouns.has(tokens[knownPositions[j]!]!)) &&
      [0, 1].includes((knownPositions[j + 1] ?? -1) - knownPositions[j]!);
    while (at >= 0 && place(at)) at++;
    askedNoun = at >= 0 ? known[at] : undefined;
    let first = k + phrase.words.length;
    while (first < stems.length && vocab.stopwords.has(stems[first]!) && !agentNoun(first)) first++;
    // (What is counted is what a refusal says no number is given of, before what a which-word asks.)
    if (everydayAt(first) || agentNoun(first)) askedEveryday = first;
  }
  return { whichNounUnheld, whichQualified, whichPlural, askedNoun, askedEveryday };
}
