import { fold, stem, SUFFIXES, tokenize } from './text';
import type { GeneralVocabulary } from './general-vocabulary';

/** Letters a word cut short keeps at least ("ansv", "delprosj"): a shorter one could start too many words. */
const MIN_TRUNCATED = 4;
/** Letters each part of a compound with its last part cut short has at least ("medlemer" is no «medl» + «emer…»). */
const COMPOUND_PART = 5;

/**
 * "hvem er ansv for opplæring ifht hp", "Hvem har ansvaret for kursingen?": words and phrases of `forms` (tokens
 * joined by a space: an abbreviation, a synonym) are read as what they stand for, the longest phrase of at most
 * `longest` words first. A form is a whole word: "hp" is not part of "hpv". A form written with letters of its own
 * language ("är", Swedish for «er») is looked up as written first, so that it does not meet another word folded
 * ("år").
 */
export function withForms(text: string, forms: Map<string, string>, longest: number): string {
  if (forms.size === 0) return text;
  const words = [...text.matchAll(/\p{L}+/gu)];
  let out = '';
  let done = 0;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const last = span[n - 1]!;
      const end = last.index + last[0].length;
      const written = text.slice(words[i]!.index, end);
      // ("komm.dir.": the dots of an abbreviation of several words stand between them; "head-count": a hyphen.)
      if (n > 1 && !/^[\p{L}\s.-]+$/u.test(written)) continue;
      const word = forms.get(asWritten(written)) ?? forms.get(tokenize(written).join(' '));
      if (word === undefined) continue;
      out += text.slice(done, words[i]!.index) + word;
      done = end;
      i += n - 1;
      break;
    }
  }
  return out + text.slice(done);
}

/** Words as written, in lower case, joined by one space: how a form of another language is looked up. */
export function asWritten(text: string): string {
  return text.normalize('NFC').toLowerCase().trim().split(/\s+/).join(' ');
}

/**
 * "hva skal delprosj funksjonalitet gjøre", "kommer helsehuset og hjemmetj inn", "skolehelsetj.": a word cut short
 * (four letters or more, at the end of the word or before a dot) is read as the word of the knowledge base it starts,
 * when it is no word itself and the words it starts are forms and compounds of one word (the shortest of them:
 * "delprosj" → "delprosjekt", also the start of "delprosjektleder"). Not when it starts words of their own
 * ("funksj" starts "funksjonalitet" and "funksjon": the shortest, "funksjon"); not a word of the language with an
 * ending ("toget", the train, is not "together").
 */
export function expandTruncated(
  text: string,
  sortedWords: readonly string[],
  isWord: (folded: string) => boolean,
): string {
  const completed = (a: string): string | undefined => {
    const found = wordsStarting(sortedWords, a);
    if (found.length === 0) return undefined;
    const shortest = found.reduce((x, y) => (y.length < x.length ? y : x));
    const base = stem(shortest);
    return found.every((w) => w.startsWith(base)) ? shortest : undefined;
  };
  return text.replace(/(?<![\p{L}\p{N}.@-])(\p{L}+)(?=\.?(?:[^\p{L}\p{N}.@-]|$))/gu, (written: string) => {
    const a = fold(written);
    if (a.length < MIN_TRUNCATED) return written;
    // ("opplæringsdelprosj": a compound whose last part is cut short, no word itself, after a word with or without its
    // joining «s» or «e», is that word and the word its last part starts; its first part alone may make it look known.)
    for (let i = a.length - COMPOUND_PART; i >= COMPOUND_PART; i--) {
      const head = a.slice(0, i);
      const joined = /[se]$/u.test(head) && isWord(head.slice(0, -1));
      const rest = a.slice(i);
      const tail = (isWord(head) || joined) && !isWord(rest) ? completed(rest) : undefined;
      // (The first part as written: folding makes «æ» two letters.)
      const at = [...written].findIndex((_, j) => fold(written.slice(0, j + 1)) === head);
      if (tail !== undefined && at >= 0) return written.slice(0, at + 1) + tail;
    }
    return isWord(a) ? written : (completed(a) ?? written);
  });
}

/**
 * "hvem er ansv. for opplæring", "er hjemmetj. med": the dot after an abbreviation or a word cut short (`shortened`),
 * written in lower case with a lower-case word after it, ends no sentence; it goes, so the message is one question.
 */
export function withoutAbbreviationDots(text: string, shortened: (word: string) => boolean): string {
  if (!/\p{Ll}\.\s+\p{Ll}/u.test(text)) return text;
  return text.replace(/(?<![\p{L}\p{N}.@])(\p{Ll}+)\.(?=\s+\p{Ll})/gu, (all, word: string) =>
    shortened(word) ? word : all,
  );
}

/** True when the folded word is a word of the language with a common ending ("toget" of "tog", "bilen"). */
export function inflectedWord(word: string, everyday: GeneralVocabulary): boolean {
  return SUFFIXES.some(
    (s) => word.endsWith(s) && word.length - s.length >= 3 && everyday.isLemma(word.slice(0, -s.length)),
  );
}

/** The words of `sorted` (sorted) that start with `prefix` and are longer. */
function wordsStarting(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.startsWith(prefix); k++)
    if (sorted[k]!.length > prefix.length) found.push(sorted[k]!);
  return found;
}
