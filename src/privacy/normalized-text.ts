/**
 * A text as the redactor reads it, with a map back to the text as it was written. Personal data is looked
 * for here and removed from the original, so everything else the user wrote stays exactly as written.
 */
export interface NormalizedText {
  /** NFKC, without invisible characters, every digit ASCII, every run of white space one character. */
  text: string;
  /** For each UTF-16 unit of `text`: where the original characters it came from start… */
  starts: number[];
  /** …and end (exclusive). */
  ends: number[];
}

// \p{Cf}: zero-width space/joiners (U+200B–U+200D), word joiner (U+2060), BOM (U+FEFF), soft hyphen (U+00AD),
// bidi controls, Mongolian vowel separator: invisible, so they can hide inside a number or an address.
const INVISIBLE = /^[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]$/u;
const MARK = /^\p{M}$/u;
const WHITE_SPACE = /^\s$/u;
const LINE_BREAK = /^[\n\r\u2028\u2029\u0085\v\f]$/u;
const NON_ASCII_DIGIT = /^\p{Nd}$/u;
const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Normalises a text for finding personal data, in one pass (linear in its length): NFKC per character with
 * its combining marks (fullwidth ０１２ and ＠ become 012 and @), invisible characters dropped, decimal
 * digits of any script made ASCII, and every run of white space made one character: a space between two
 * digits (so "010280⏎37445" is one number), otherwise a line break if the run held one, else a space.
 */
export function normalizeForSearch(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (piece: string, start: number, end: number) => {
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k]!);
      starts.push(start);
      ends.push(end);
    }
  };
  let space: { start: number; end: number; lineBreak: boolean } | undefined;
  const flushSpace = (nextIsDigit: boolean) => {
    if (!space) return;
    const previous = out[out.length - 1];
    const betweenDigits = nextIsDigit && previous !== undefined && previous >= '0' && previous <= '9';
    emit(space.lineBreak && !betweenDigits ? '\n' : ' ', space.start, space.end);
    space = undefined;
  };
  const characters = [...original];
  let at = 0;
  for (let i = 0; i < characters.length;) {
    const start = at;
    const first = characters[i]!;
    at += first.length;
    i++;
    if (INVISIBLE.test(first)) continue;
    if (WHITE_SPACE.test(first)) {
      if (space) space.end = at;
      else space = { start, end: at, lineBreak: false };
      space.lineBreak ||= LINE_BREAK.test(first);
      continue;
    }
    let cluster = first;
    while (i < characters.length && (MARK.test(characters[i]!) || INVISIBLE.test(characters[i]!))) {
      const next = characters[i]!;
      if (!INVISIBLE.test(next)) cluster += next;
      at += next.length;
      i++;
    }
    const piece = asciiDigits(cluster.normalize('NFKC'));
    if (WHITE_SPACE.test(piece)) {
      // Compatibility spaces (figure space U+2007, ideographic space) are white space after NFKC.
      if (space) space.end = at;
      else space = { start, end: at, lineBreak: false };
      continue;
    }
    flushSpace(piece[0] !== undefined && piece[0] >= '0' && piece[0] <= '9');
    emit(piece, start, at);
  }
  flushSpace(false);
  return { text: out.join(''), starts, ends };
}

/** Digits of other scripts (Arabic-Indic ٣, Devanagari ३ …) as ASCII; NFKC leaves them as they are. */
function asciiDigits(piece: string): string {
  if (!DECIMAL_DIGIT.test(piece)) return piece;
  let result = '';
  for (const c of piece) {
    if (c >= '0' && c <= '9') result += c;
    else if (NON_ASCII_DIGIT.test(c)) result += String(digitValue(c));
    else result += c;
  }
  return result;
}

/** Unicode puts the ten digits of every script in a row from zero (some rows touch), so count back to the row's start. */
function digitValue(c: string): number {
  let code = c.codePointAt(0)!;
  let distance = 0;
  while (NON_ASCII_DIGIT.test(String.fromCodePoint(code - 1))) {
    code--;
    distance++;
  }
  return distance % 10;
}
