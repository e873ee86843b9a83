import { stem, tokenize } from '../qa/text';
import { LANGS, type Lang } from './lang';

/**
 * Words (as stems) that give away each language, from content/language.yaml (`languageMarkers`), and the words
 * bokmål and nynorsk share but English does not (`norwegianMarkers`: «er», «med», «og»).
 */
export type LanguageMarkers = Readonly<Record<Lang | 'norwegian', ReadonlySet<string>>>;

const NORWEGIAN_LETTERS = /[æøå]/i;

/**
 * The languages a text may be in, judged by its marker words: one language when it is clear ("Kven leiar …" is
 * nynorsk), bokmål and nynorsk when it is Norwegian but not which (only æ, ø or å, words both share such as «Er
 * Oppdal med?», or as many bokmål as nynorsk words), and none when nothing gives it away ("Helseplattformen?", "ok").
 */
export function languageCandidates(text: string, markers: LanguageMarkers): Lang[] {
  const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  for (const token of tokenize(text.slice(0, 2000))) {
    const s = stem(token);
    for (const lang of LANGS) if (markers[lang].has(s)) votes[lang]++;
    if (markers.norwegian.has(s)) {
      votes.nb++;
      votes.nn++;
    }
  }
  const best = Math.max(votes.nb, votes.nn, votes.en);
  if (best === 0) return NORWEGIAN_LETTERS.test(text) ? ['nb', 'nn'] : [];
  if (votes.en === best && votes.nb < best && votes.nn < best) return ['en'];
  if (votes.nn > votes.nb && votes.nn >= votes.en) return ['nn'];
  if (votes.nb > votes.nn && votes.nb >= votes.en) return ['nb'];
  // A tie between Norwegian and English, or between bokmål and nynorsk: not clear.
  return votes.en === best ? [...LANGS] : ['nb', 'nn'];
}

/** Which language a word is a word of alone, by the spelling dictionaries ("included": English); see GeneralVocabulary. */
export type WordLanguage = (word: string) => 'en' | 'no' | undefined;

/**
 * "Bindal included?", "canteen opening hours": for a message nothing else gives away (no marker word, command word or
 * small talk), the words of one language alone tell English from Norwegian; words written with a capital letter are
 * names and do not count («May» Liz).
 */
export function languagesByDictionary(text: string, wordLanguage: WordLanguage): Lang[] {
  const names = new Set(tokenize((text.match(/\p{Lu}\p{L}*/gu) ?? []).join(' ')));
  const alone = wordsAlone(tokenize(text.slice(0, 2000)), wordLanguage, (t) => names.has(t));
  return alone > 0 ? ['en'] : alone < 0 ? ['nb', 'nn'] : [];
}

/** How many more of the tokens are words of English alone than of Norwegian alone, names left out. */
export function wordsAlone(
  tokens: string[],
  wordLanguage: WordLanguage,
  isName: (token: string) => boolean,
): number {
  let more = 0;
  for (const token of tokens) {
    const lang = isName(token) ? undefined : wordLanguage(token);
    if (lang === 'en') more++;
    if (lang === 'no') more--;
  }
  return more;
}

/** What the language of a reply is chosen from, strongest first. */
export interface LanguageClues {
  /** The language of the card a button or form belongs to. */
  card?: Lang;
  /** The languages the message may be in (see languageCandidates); empty when it says nothing. */
  candidates: readonly Lang[];
  /** The language the user wrote in last time. */
  remembered?: Lang;
  /** The Teams client's language. */
  locale?: Lang;
}

/**
 * The language of a reply: the card's, for a button press or form; the message's, when it is clear; otherwise
 * the language the user used last, then the Teams language, then bokmål – each only if the message may be in it
 * ("hjelp" under an nn-NO client is nynorsk, under en-US bokmål).
 */
export function chooseLanguage(clues: LanguageClues): Lang {
  if (clues.card) return clues.card;
  const possible = clues.candidates.length > 0 ? clues.candidates : LANGS;
  if (possible.length === 1) return possible[0]!;
  for (const lang of [clues.remembered, clues.locale, 'nb' as const])
    if (lang && possible.includes(lang)) return lang;
  return possible[0]!;
}
