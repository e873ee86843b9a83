/**
 * Abbreviations that end in a period without ending the sentence (bokmål, nynorsk and English), folded to lower
 * case and without their inner periods: "f.eks." is `feks`.
 */
const ABBREVIATIONS = new Set([
  'bl a',
  'ca',
  'dvs',
  'd v s',
  'dr',
  'e l',
  'ekskl',
  'etc',
  'evt',
  'f eks',
  'jf',
  'jfr',
  'kap',
  'kl',
  'inkl',
  'm a',
  'm fl',
  'mht',
  'mr',
  'mrs',
  'ms',
  'nr',
  'pga',
  'prof',
  'red',
  'st',
  'tlf',
  'vs',
  'e g',
  'i e',
  'no',
]);

/** What may start a new sentence: a capital letter, a digit or an opening quote or bracket. */
const SENTENCE_START = /^[\p{Lu}\p{N}«"“(]/u;

/**
 * The first sentence of a text, for a one-line summary. A period ends a sentence only when the next word can start
 * one (a capital letter or a digit), so "29. august avgjør …" and "3. etasje" are not cut; and not after an
 * abbreviation ("f.eks.", "bl.a.", "ca.", "nr.") or an initial ("Elise B. Vesterhus"). "!" and "?" always end one.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = /[.!?]+["'”»)]*(?=\s|$)/gu;
  for (let m = end.exec(trimmed); m; m = end.exec(trimmed)) {
    const stop = m.index + m[0].length;
    const rest = trimmed.slice(stop).trimStart();
    if (rest === '') return trimmed;
    if (!SENTENCE_START.test(rest)) continue;
    if (m[0].startsWith('.')) {
      const before = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u.exec(trimmed.slice(0, m.index))?.[1] ?? '';
      const word = before.toLowerCase().replace(/\./g, ' ');
      if (ABBREVIATIONS.has(word)) continue;
      // A single letter is an initial ("B. Vesterhus").
      if (/^\p{L}$/u.test(before)) continue;
    }
    return trimmed.slice(0, stop);
  }
  return trimmed;
}
