import type { PersonalDataFinding } from './personal-data-kinds';

// Every pattern starts only where the previous character cannot belong to an address (the lookbehind),
// and each repetition is delimited by a character the repeated part cannot contain, so matching stays
// linear in the input length even on adversarial text.
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+`;
const LABEL = String.raw`[\p{L}\p{N}\-]+`;
const TLD_END = String.raw`\p{L}{2,}(?![\p{L}\p{N}\-])`;

// A space typed before a dot ("kari@stolav .no") still leaves an address; one after a dot may start a sentence.
const PLAIN_EMAIL = new RegExp(String.raw`${LOCAL}[ \t]?@[ \t]?(?:${LABEL}[ \t]?\.)+${TLD_END}`, 'gu');

const SP = String.raw`[ \t\u00a0]`;
const AT_WORD = '(?:at|krøllalfa|alfakrøll)';
const DOT_WORD = '(?:dot|punktum|prikk)';
const bracketed = (word: string) => String.raw`${SP}{0,2}[(\[{]${SP}{0,2}${word}${SP}{0,2}[)\]}]${SP}{0,2}`;
const spaced = (word: string) => String.raw`${SP}{1,2}${word}${SP}{1,2}`;
const AT = `(?:${bracketed(AT_WORD)}|${spaced(AT_WORD)})`;
const DOT = String.raw`(?:${bracketed(DOT_WORD)}|${spaced(DOT_WORD)}|\.)`;

const OBFUSCATED_EMAIL = new RegExp(`${LOCAL}${AT}(?:${LABEL}${DOT})+${TLD_END}`, 'giu');
const BRACKETED_AT = new RegExp(bracketed(AT_WORD), 'iu');
const WORD_DOT = new RegExp(`${bracketed(DOT_WORD)}|${spaced(DOT_WORD)}`, 'iu');
/** A local part no Norwegian word before «at» looks like: kari.nordmann, ola_n, per+hp (but not f.eks. or bl.a.). */
const ADDRESS_LIKE_LOCAL = /^[\p{L}\p{N}._%+-]*[\p{L}\p{N}]{2}[._+][\p{L}\p{N}]{2}/u;

/**
 * Finds e-mail addresses: ordinary ones (any case, sub-domains, plus tags, Unicode letters) and the
 * usual obfuscations such as `per(at)example.com`, `per [at] example [dot] com` and
 * `per at example dot com`. A bare ` at ` with only real dots counts only after an address-like local
 * part (`kari.nordmann at example.no`), because «at» is a common Norwegian word ("vet at helseplattformen.no").
 */
export function findEmails(text: string): PersonalDataFinding[] {
  const plain = [...text.matchAll(PLAIN_EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const obfuscated = [...text.matchAll(OBFUSCATED_EMAIL)]
    .filter((m) => BRACKETED_AT.test(m[0]) || WORD_DOT.test(m[0]) || ADDRESS_LIKE_LOCAL.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found: PersonalDataFinding[] = [];
  for (const range of [...plain, ...obfuscated].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = found[found.length - 1];
    if (last !== undefined && range.start < last.end) continue;
    found.push({ ...range, kind: 'email' });
  }
  return found;
}
