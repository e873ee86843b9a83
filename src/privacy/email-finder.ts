import type { PersonalDataFinding } from './personal-data-kinds';

// Every pattern starts only where the previous character cannot belong to an address (the lookbehind),
// and each repetition is delimited by a character the repeated part cannot contain, so matching stays
// linear in the input length even on adversarial text.
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+`;
const LABEL = String.raw`[\p{L}\p{N}\-]+`;
const TLD_END = String.raw`\p{L}{2,}(?![\p{L}\p{N}\-])`;

// A space typed before a dot ("kari@stolav .no", "nav . no") still leaves an address; one only after a dot may
// start a sentence ("kari@nav.no. Hvem …").
// «ola . nordmann @ nav . no»: a dot in the local part may have spaces around it too, but a space before it is
// needed: «Slutt. kari@nav.no» is a sentence and an address. At most four, for linear time (see below).
const SPACED_LOCAL_DOT = String.raw`(?:[ \t]{1,2}\.[ \t]{0,2}[\p{L}\p{N}_%+\-]+){0,4}`;
const PLAIN_EMAIL = new RegExp(
  String.raw`${LOCAL}${SPACED_LOCAL_DOT}[ \t]{0,2}@[ \t]{0,2}(?:${LABEL}(?:[ \t]{1,2}\.[ \t]{0,2}|\.))+${TLD_END}`,
  'gu',
);

const SP = String.raw`[ \t\u00a0]`;
const AT_WORD = '(?:at|krøllalfa|alfakrøll|snabel-?a)';
/** Inside brackets only: «navn(a)domene.no», «navn(@)domene.no». */
const BRACKETED_AT_WORD = '(?:at|a|@|krøllalfa|alfakrøll|snabel-?a)';
const DOT_WORD = '(?:dot|punktum|prikk)';
const bracketed = (word: string) => String.raw`${SP}{0,2}[(\[{]${SP}{0,2}${word}${SP}{0,2}[)\]}]${SP}{0,2}`;
const spaced = (word: string) => String.raw`${SP}{1,2}${word}${SP}{1,2}`;
const AT = `(?:${bracketed(BRACKETED_AT_WORD)}|${spaced(AT_WORD)}|${SP}{0,2}@${SP}{0,2})`;
const DOT = String.raw`(?:${bracketed(DOT_WORD)}|${spaced(DOT_WORD)}|\.)`;

// The local part may have spelled-out dots too: «ola dot nordmann at nav dot no». At most four of them, so a
// text of «a punktum a punktum …» is not read to its end from every word (which would take quadratic time).
const OBFUSCATED_EMAIL = new RegExp(
  `${LOCAL}(?:${DOT}${LABEL}){0,4}?${AT}(?:${LABEL}${DOT})+${TLD_END}`,
  'giu',
);
const BRACKETED_AT = new RegExp(bracketed(BRACKETED_AT_WORD), 'iu');
const WORD_DOT = new RegExp(`${bracketed(DOT_WORD)}|${spaced(DOT_WORD)}`, 'iu');
/** A local part no Norwegian word before «at» looks like: kari.nordmann, ola_n, per+hp (but not f.eks. or bl.a.). */
const ADDRESS_LIKE_LOCAL = /^[\p{L}\p{N}._%+-]*[\p{L}\p{N}]{2}[._+][\p{L}\p{N}]{2}/u;
/** Words that often stand before the conjunction «at» ("vet at", "husk at"): such a word is not a local part. */
const WORDS_BEFORE_CONJUNCTION_AT = new Set(
  (
    'og eller men så slik for fordi enn etter før uten om at det dette der her da nå også bare ikke ' +
    'vet visste vite veit tror trodde tru mener meinte mente sier seier sa sagt ser såg så husk husker huske ' +
    'hugs hugsar merk merker obs nb sjekk sjekker håper håpar håpet betyr tyder viser viste opplyser ' +
    'bekrefter bekreftet antar forstår forstod skjønner syns synes synest føler tenker påstår lover ' +
    'understreker beklager informerer skriver skrev står stod fant finner hørte hører leste les lest krav ' +
    'kravet sørg sørge pass passe gjør gjer forutsatt bortsett unntatt klar klart sikker sikre sikkert ' +
    'glad lei redd fornøyd enig einig overrasket trolig mulig viktig greit fint bra sant kjent ' +
    'poenget målet grunnen faktum saken problemet beskjed melding meldinga meldingen varsel info ' +
    'jeg eg du han hun ho vi me dere de dei man en ein noen nokon alle ingen mange ' +
    'dvs evt ca mao altså nemlig typisk spesielt særlig heller likevel hvis dersom som til med av på i ' +
    'kanskje jo vel fortsatt fremdeles allerede derfor dessuten iallfall uansett'
  ).split(' '),
);

/**
 * Finds e-mail addresses: ordinary ones (any case, sub-domains, plus tags, Unicode letters) and the
 * usual obfuscations such as `per(at)example.com`, `per [at] example [dot] com` and
 * `per at example dot com`. A bare ` at ` with only real dots counts only after an address-like local
 * part (`kari.nordmann at example.no`), because «at» is a common Norwegian word ("vet at helseplattformen.no").
 */
/** «kari at nav.no» is an address unless the word before «at» is one that often takes the conjunction. */
function isLikelyLocalPart(match: string): boolean {
  const local = /^[^ \t\u00a0]+/u.exec(match)?.[0] ?? '';
  // A local part never ends with a dot; an abbreviation does («f.eks. at», «bl.a. at»).
  return !local.endsWith('.') && !WORDS_BEFORE_CONJUNCTION_AT.has(local.toLowerCase());
}

export function findEmails(text: string): PersonalDataFinding[] {
  const plain = [...text.matchAll(PLAIN_EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const obfuscated = [...text.matchAll(OBFUSCATED_EMAIL)]
    .filter(
      (m) =>
        BRACKETED_AT.test(m[0]) ||
        WORD_DOT.test(m[0]) ||
        ADDRESS_LIKE_LOCAL.test(m[0]) ||
        isLikelyLocalPart(m[0]),
    )
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found: PersonalDataFinding[] = [];
  for (const range of [...plain, ...obfuscated].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = found[found.length - 1];
    if (last !== undefined && range.start < last.end) continue;
    found.push({ ...range, kind: 'email' });
  }
  return found;
}
