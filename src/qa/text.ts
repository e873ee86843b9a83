/** Text normalisation shared by the index and the questions: folding, tokens and a light stemmer. */

const FOLD: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  é: 'e',
  è: 'e',
  ê: 'e',
  ó: 'o',
  ò: 'o',
  á: 'a',
  à: 'a',
};

/** Words and short phrases this long or shorter are remembered by `remembered`; longer text is worked out each time. */
const REMEMBERED_LENGTH = 40;
/** So many are remembered per function before it starts afresh (a few MB at most, whatever is asked). */
const REMEMBERED_MAX = 50_000;

/**
 * A pure function of a word, remembered for the words it was given: every question folds and stems the same few
 * thousand words again and again. Bounded in what it keeps (see above), so hostile input cannot grow it.
 */
export function remembered<R>(work: (word: string) => R): (word: string) => R {
  const known = new Map<string, R>();
  return (word) => {
    if (word.length > REMEMBERED_LENGTH) return work(word);
    let result = known.get(word);
    if (result === undefined) {
      if (known.size >= REMEMBERED_MAX) known.clear();
      result = work(word);
      known.set(word, result);
    }
    return result;
  };
}

/** Lower-cases and folds Norwegian and accented letters so that "Bjørnevik" and "bjornevik" meet. */
export const fold = remembered((input) =>
  input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[æøåäöüéèêóòáà]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, ''),
);

/** Splits folded text into word tokens ("e-post" stays one word, "it-tjenesten" becomes two). */
export function tokenize(input: string): string[] {
  return fold(input)
    .replace(/\b([a-z])-(?=[a-z]{2,})/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** The word tokens of a list of words and phrases, as one set (folded, not stemmed). */
export function wordSet(words: string[]): Set<string> {
  return new Set(words.flatMap((w) => tokenize(w)));
}

/**
 * The first part of a compound as it may stand in the compound, and without the joining s or e that may end it
 * ("styrings|gruppen": «styring»; "arbeids|utvalet": «arbeid»; "heime|tenestene": «heim»).
 */
export function firstPartForms(part: string): string[] {
  return /[se]$/.test(part) ? [part, part.slice(0, -1)] : [part];
}

/** A word as written, with the punctuation before and after it taken away ("«SSIKT»?" is «SSIKT»). */
export function trimPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

// Longest first; each needs a stem of at least MIN_STEM letters left.
/** The common endings of Norwegian (and plural English) words, longest first. */
export const SUFFIXES = [
  'heitene',
  'hetene',
  'elsene',
  'ingane',
  'ingene',
  'ingen',
  'ingar',
  'inga',
  'ande',
  'ende',
  'heten',
  'heita',
  'erne',
  'ene',
  'ane',
  'ing',
  'het',
  'ers',
  'ens',
  'ets',
  'en',
  'et',
  'er',
  'ar',
  'es',
  'a',
  'e',
  's',
];
const MIN_STEM = 3;

/**
 * A light stemmer for Norwegian (and plural English): strips common endings until none is left, so that
 * "nummer" and "nummeret", or "koordinering" and "koordineringsansvar"'s first part, meet.
 */
export const stem = remembered((token) => {
  // The irregular plural of the -mann words ("rådmenn", "rådmennene" of "rådmann"), which no ending takes away.
  let current = token.replace(/menn(?:ene)?$/, 'mann');
  for (;;) {
    const next = stripEnding(current);
    if (next === current) return current;
    current = next;
  }
});

/** Strips one common ending ("opplæringen" → "opplær"): what typo correction compares. */
export function stripEnding(token: string): string {
  if (/^[0-9]+$/.test(token) || token.length <= MIN_STEM + 1) return token;
  for (const suffix of SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM) {
      if (suffix === 's' && (token.length < 5 || token.endsWith('ss'))) continue;
      return token.slice(0, -suffix.length);
    }
  }
  return token;
}

/** Folds, tokenises and stems a text: the terms the index and the answerer compare. */
export function terms(input: string): string[] {
  return tokenize(input).map(stem);
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows (the one before the previous is needed for transpositions): no matrix per call.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, before[j - 2]! + 1);
      }
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How many typing errors a word of this length may carry and still be recognised. */
export function allowedTypos(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/**
 * Writes out an English first word cut short before a shared head: "physio and occupational therapy" becomes
 * "physiotherapy and occupational therapy", when the first word is no word of the knowledge base (`known`) and, with
 * the head (one of the two words after "and"/"or") joined to it, is one.
 */
export function expandClipped(text: string, known: (folded: string) => boolean): string {
  return text.replace(
    /(?<![\p{L}-])(\p{L}{3,})([ \t]+(?:and|or)[ \t]+)(\p{L}+)(?:([ \t]+)(\p{L}{4,}))?/giu,
    (all, first: string, between: string, next: string, space?: string, after?: string) => {
      const a = fold(first);
      if (known(a)) return all;
      const head = [after, next].find((h) => h !== undefined && h.length >= 4 && known(a + fold(h)));
      return head ? `${first}${head.toLowerCase()}${between}${next}${space ?? ''}${after ?? ''}` : all;
    },
  );
}

/**
 * Writes out Norwegian coordinated compounds that share their last part: "ergo- og fysioterapi" becomes "ergoterapi
 * og fysioterapi", "hjemme- og sykehjemstjenester" "hjemmetjenester og sykehjemstjenester". The shared part is an
 * ending of the last word that is a word itself (`isWord`) and makes a word with the first part (`joins`); of several,
 * the one left by a first part that is a base form (`isBase`: "legevakt|tjenesten", "heime|tenestene"), nearest the first word in
 * length (the two first parts stand side by side: "legevakt", not "lege"), else the nearest of any ("fysio|terapi").
 * Without the hyphen ("ergo og fysioterapi") only when `unhyphenated` accepts the first part as cut short.
 * `keepAll` keeps the first part as written and writes out every possible shared part (for the index, where a word
 * too many does no harm: "ergoterapitjenester" and "ergotjenester").
 */
export function expandCoordinated(
  text: string,
  isWord: (folded: string) => boolean,
  joins: (folded: string) => boolean,
  unhyphenated?: (first: string, joined: string) => boolean,
  keepAll = false,
  isBase: (folded: string) => boolean = isWord,
): string {
  return text.replace(
    /(?<![\p{L}-])(\p{L}{2,})(-?)([ \t]+(?:og|eller)[ \t]+)(\p{L}{5,})/giu,
    (all, first: string, hyphen: string, between: string, last: string) => {
      const a = fold(first);
      const b = fold(last);
      const found: { shared: string; wordFirst: number; distance: number }[] = [];
      // A shared part of five letters or more: a shorter one is more often an ending split off ("heimete|nestene").
      for (let k = 2; k <= b.length - 5; k++) {
        const shared = b.slice(k);
        if (!isWord(shared) || !joins(a + shared)) continue;
        // An s that joins the last word's own parts ("velferds|kontor") is not part of what is shared.
        const after = shared.slice(1);
        if (shared.startsWith('s') && isWord(after) && joins(a + after)) continue;
        const own = b.slice(0, k);
        // A base form itself before one with a joining s or e ("heime|tenestene", not "heimet-e|nestene").
        const wordFirst = isBase(own) ? 2 : firstPartForms(own).some(isBase) ? 1 : 0;
        found.push({ shared, wordFirst, distance: Math.abs(k - a.length) });
      }
      if (found.length === 0) return all;
      if (keepAll)
        return `${first}${hyphen} ${found.map((f) => `${first}${f.shared} `).join('')}${between.trim()} ${last}`;
      found.sort((x, y) => y.wordFirst - x.wordFirst || x.distance - y.distance);
      const best = found[0]!.shared;
      if (!hyphen && !unhyphenated?.(a, a + best)) return all;
      return `${first}${best}${between}${last}`;
    },
  );
}

/**
 * The question after a set phrase that opens it by asking whether what follows is so ("Stemmer det at
 * skolehelsetjenesten er med?", "Is it true that GPs can connect?"), the longest of `phrases` (tokens) that fits, or
 * undefined when it opens with none.
 */
export function afterOpening(question: string, phrases: string[][]): string | undefined {
  if (phrases.length === 0) return undefined;
  const longest = Math.max(...phrases.map((p) => p.length));
  const words = /\S+/g;
  const seen: string[] = [];
  let rest: string | undefined;
  for (let m = words.exec(question); m && seen.length < longest; m = words.exec(question)) {
    seen.push(...tokenize(m[0]));
    if (phrases.some((p) => p.length === seen.length && p.every((w, k) => w === seen[k])))
      rest = question.slice(m.index + m[0].length);
  }
  return rest;
}

/**
 * Writes out a compound cut short before a dot ("komm.ansvarlig", "prosj.leder"): the first part is the start of a word
 * of `words` (the knowledge base's, folded) that ends with the second part, and of one such word only. E-mail
 * addresses and web addresses ("ola.skorstad@…", "trondheim.kommune.no") are left as they are.
 */
export function expandShortened(text: string, words: Iterable<string>): string {
  if (!/\p{L}\.\p{L}/u.test(text)) return text;
  return text.replace(
    /(?<![\p{L}\p{N}.@])(\p{L}{2,})\.(\p{L}{3,})(?![\p{L}\p{N}@]|\.\p{L})/gu,
    (all, first: string, last: string) => {
      const a = fold(first);
      const b = fold(last);
      const found = new Set<string>();
      for (const w of words)
        if (w.length > a.length + b.length && w.startsWith(a) && w.endsWith(b)) found.add(w);
      return found.size === 1 ? [...found][0]! : all;
    },
  );
}

/** True when the phrase's words stand in the tokens from position `k` on ("doesn t" at the k of "doesn"). */
export function phraseAt(tokens: readonly string[], k: number, phrase: readonly string[]): boolean {
  return phrase.every((w, j) => tokens[k + j] === w);
}

/** True when one of the phrases stands anywhere in the tokens. */
export function hasPhrase(tokens: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return tokens.some((_, k) => phrases.some((p) => phraseAt(tokens, k, p)));
}
