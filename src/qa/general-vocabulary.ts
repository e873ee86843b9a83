import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstPartForms, fold, SUFFIXES } from './text';

/** The packaged spelling dictionaries whose words are the general vocabulary: bokmål, nynorsk and English. */
const DICTIONARY_PACKAGES = ['dictionary-nb', 'dictionary-nn', 'dictionary-en'];

/**
 * The everyday words of Norwegian (bokmål and nynorsk) and English: the base forms of the Hunspell dictionaries of
 * LibreOffice (npm `dictionary-nb`, `dictionary-nn`, `dictionary-en`), folded as the questions are. Names and
 * abbreviations (written with a capital letter there) are left out: a word of its own, not a known name.
 *
 * Half a million words as strings would take tens of megabytes of heap; kept as sorted 32-bit hashes they take 2 MB
 * and load in a few tens of milliseconds. Two words share a hash about once in 8 000 lookups of a word not in the
 * dictionaries: such a word is then taken for a general word.
 */
export class GeneralVocabulary {
  private constructor(
    private readonly hashes: Uint32Array,
    /** The names of the dictionaries (a capital letter, then small ones: "Østfold", "Namsos"), folded and hashed. */
    private readonly nameHashes: Uint32Array = new Uint32Array(0),
    /** The words of the English dictionary, and those of them no Norwegian dictionary has. */
    private readonly english: { all: Uint32Array; only: Uint32Array } = {
      all: new Uint32Array(0),
      only: new Uint32Array(0),
    },
  ) {}

  /**
   * Reads the dictionaries of the installed packages. One that is not installed (a checkout whose node_modules
   * predates it) is left out with a process warning: the answerer then works as before it, taking everyday words for
   * unknown ones, rather than not starting.
   */
  static fromPackages(packages: string[] = DICTIONARY_PACKAGES): GeneralVocabulary {
    const texts: string[] = [];
    const english: string[] = [];
    for (const pkg of packages) {
      let file: string;
      try {
        file = path.join(path.dirname(require.resolve(pkg)), 'index.dic');
      } catch (err) {
        process.emitWarning(
          `The word list ${pkg} is not installed (run npm ci): everyday words of its language count as unknown words (${(err as Error).message.split('\n')[0]})`,
          { code: 'QA_VOCABULARY_MISSING' },
        );
        continue;
      }
      (pkg.endsWith('-en') ? english : texts).push(readFileSync(file, 'utf8'));
    }
    return GeneralVocabulary.fromDictionaries(texts, english);
  }

  /**
   * Builds the vocabulary from the text of Hunspell .dic files (first line a count, then `word/FLAGS` a line): the
   * Norwegian ones, and the English ones, whose words are also told apart (see `englishOnly`).
   */
  static fromDictionaries(texts: string[], englishTexts: string[] = []): GeneralVocabulary {
    const hashes: number[] = [];
    const names: number[] = [];
    const norwegian = new Set<number>();
    const english: number[] = [];
    for (const [k, text] of [...texts, ...englishTexts].entries()) {
      for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        const h = lineHash(text, start, end);
        if (h !== undefined) {
          hashes.push(h);
          if (k < texts.length) norwegian.add(h);
          else english.push(h);
        } else {
          const name = nameHash(text, start, end);
          if (name !== undefined) names.push(name);
        }
        start = end + 1;
      }
    }
    const only = english.filter((h) => !norwegian.has(h));
    return new GeneralVocabulary(Uint32Array.from(hashes).sort(), Uint32Array.from(names).sort(), {
      all: Uint32Array.from(english).sort(),
      only: Uint32Array.from(only).sort(),
    });
  }

  /** The base form of an English past in -ed that the dictionaries have ("included": include, "affected": affect). */
  pastBase(word: string): string | undefined {
    if (!word.endsWith('ed')) return undefined;
    return [word.slice(0, -1), word.slice(0, -2)].find((f) => this.hasExact(f));
  }

  /**
   * Which language the folded word is a word of alone: English when every base form it may be a form of is English
   * and not Norwegian ("included", "inhabitants"), Norwegian when none is English ("berørt", "tilsette"); undefined
   * for a word of both ("plan", "hospital") or of neither.
   */
  languageOf(word: string): 'en' | 'no' | undefined {
    const past = this.pastBase(word);
    const forms = past !== undefined ? [past] : this.lemmas(word);
    if (forms.length === 0) return undefined;
    if (forms.every((f) => includes(this.english.only, hash(f)))) return 'en';
    if (forms.every((f) => !includes(this.english.all, hash(f)))) return 'no';
    return undefined;
  }

  /** True when the folded word is a name of the dictionaries ("namsos", "ostfold": Namsos, Østfold). */
  isName(word: string): boolean {
    return includes(this.nameHashes, hash(word));
  }

  /** True when the folded word, or a form of it with a common ending stripped, is a dictionary word. */
  has(word: string): boolean {
    return this.lemmas(word).length > 0;
  }

  /** True when the folded word is itself a base form in the dictionaries ("plan", "training"), not only a form of one. */
  isLemma(word: string): boolean {
    return this.hasExact(word);
  }

  /**
   * The dictionary base forms the folded word may be a form of, nearest first: itself, then its forms with one or two
   * common endings stripped (four letters or more left), each also with a final -e unless `finalE` is false
   * ("meldingar" → "melding", "vasker" → "vaske", "lærere" → "lærer", "supplies" → "supply").
   */
  lemmas(word: string, finalE = true): string[] {
    const forms = new Set<string>();
    const strip = (w: string, depth: number) => {
      for (const ending of SUFFIXES) {
        if (!w.endsWith(ending) || w.length - ending.length < 4) continue;
        const form = w.slice(0, -ending.length);
        if (forms.has(form)) continue;
        forms.add(form);
        if (depth < 1) strip(form, depth + 1);
      }
    };
    strip(word, 0);
    // The English plural of a word in -y ("supplies" → "supply").
    if (word.endsWith('ies') && word.length >= 6) forms.add(`${word.slice(0, -3)}y`);
    // The plural of a short noun in -e ("uker" → "uke", "veker" → "veke"), too short for an ending to be stripped.
    if (word.endsWith('er') && word.length >= 4) forms.add(word.slice(0, -1));
    const found = this.hasExact(word) ? [word] : [];
    for (const form of [...forms].sort((a, b) => b.length - a.length))
      for (const candidate of finalE ? [form, `${form}e`] : [form])
        if (!found.includes(candidate) && this.hasExact(candidate)) found.push(candidate);
    return found;
  }

  /**
   * True when the folded word is a general word, or a compound of two ("kaffemaskinen", "gjestenettet"): a first part
   * of `minFirst` letters or more (three unless given; with or without a joining s or e) and a last part of four or
   * more.
   */
  hasWordOrCompound(word: string, minFirst = 3): boolean {
    if (this.has(word)) return true;
    for (let i = minFirst; i <= word.length - 4; i++) {
      const left = word.slice(0, i);
      // With a joining letter the first part proper is one shorter; above the default it must still be long enough.
      const bare = firstPartForms(left)[1];
      const joined = bare !== undefined && (minFirst <= 3 || i > minFirst) && this.hasExact(bare);
      if ((this.hasExact(left) || joined) && this.has(word.slice(i))) return true;
    }
    return false;
  }

  private hasExact(word: string): boolean {
    return includes(this.hashes, hash(word));
  }
}

/** True when the sorted hashes hold the hash. */
function includes(a: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The hash of a name on one line of a .dic file (a capital letter, then small letters only), folded. */
function nameHash(text: string, start: number, end: number): number | undefined {
  let stop = start;
  while (stop < end && !'/\r\t '.includes(text[stop]!)) stop++;
  const word = text.slice(start, stop);
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? hash(fold(word)) : undefined;
}

/**
 * The hash of the word on one line of a .dic file (up to its flags), folded; undefined for a word the vocabulary
 * leaves out: a capital letter marks a name or an abbreviation, and a hyphen, digit or other sign a word no question
 * token has. Plain ASCII lines (most of them) are hashed where they stand, without a copy.
 */
function lineHash(text: string, start: number, end: number): number | undefined {
  let h = 0x811c9dc5;
  let k = start;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 47 /* / */ || c === 13 || c === 9 || c === 32) break;
    if (c >= 97 && c <= 122) {
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (c < 128) return undefined;
    const folded = FOLDED.get(c);
    if (folded !== undefined) {
      for (let j = 0; j < folded.length; j++) h = Math.imul(h ^ folded.charCodeAt(j), 0x01000193);
      continue;
    }
    // Any other letter outside ASCII: the whole word is folded as the questions are.
    let stop = k;
    while (stop < end && !'/\r\t '.includes(text[stop]!)) stop++;
    const word = text.slice(start, stop);
    if (/^\p{Lu}/u.test(word) || /[^\p{L}]/u.test(word)) return undefined;
    return hash(fold(word));
  }
  return k - start >= 2 ? h >>> 0 : undefined;
}

/** The folding of the common lower-case letters outside ASCII (as `fold` does), by character code. */
const FOLDED = new Map([...'æøåäöüéèêóòáà'].map((c) => [c.charCodeAt(0), fold(c)]));

/** FNV-1a, 32 bits. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

let packaged: GeneralVocabulary | undefined;

/** The general vocabulary of the installed dictionary packages, read once per process. */
export function generalVocabulary(): GeneralVocabulary {
  return (packaged ??= GeneralVocabulary.fromPackages());
}
