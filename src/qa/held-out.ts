import { fold, tokenize } from './text';

/** Prepositions that say whose a left-out word is ("medlemmene i rådet", "the members of the council"). */
const OWNER_PREPOSITIONS = new Set(['i', 'av', 'of', 'in', 'on']);
/** How many words may stand between «andre» and «enn» of a phrase of exception said apart (see withoutExcepted). */
const APART_REACH = 4;
/** An English word in -ing this long or longer, after a phrase of exception, is a verb ("writing", not "king"). */
const VERBAL_MIN = 5;
/**
 * Articles and determiners that may stand before the word a phrase of exception leaves out, one or two of them
 * ("utover de andre delprosjektene", "besides the other subprojects").
 */
const EXCEPTED_ARTICLES = new Set(['de', 'dei', 'den', 'det', 'the', 'a', 'an', 'andre', 'other', 'ovrige']);
/** Words that join alternatives held out together ("rather than a chief executive or a doctor"). */
const ALTERNATIVES = new Set(['or', 'nor', 'eller']);

/** Words that join things held out together ("og", "and"), and whether a word opens a question after one. */
export interface HeldOutJoins {
  words: Set<string>;
  opens: (word: string) => boolean;
}

/**
 * "rather than a chief executive or a doctor", "heller enn rådmann eller lege": the alternatives joined to the word held
 * out are held out too (an item may be two words before «or»). Returns the chunk the held-out words end at.
 */
function alternativesEnd(
  chunks: string[],
  words: string[][],
  from: number,
  plain: (k: number) => boolean,
  joined: HeldOutJoins,
): number {
  const word = (k: number) => (words[k]?.length === 1 ? words[k]![0]! : '');
  const alternative = (k: number) => ALTERNATIVES.has(word(k));
  // ("utanom pleie og omsorg": so is a word joined to it by «og»/"and", unless a question opens after it; and the
  // last part of a compound cut short before it, "utanom helse- og velferdskontor", one thing held out whole.)
  const joins = (k: number) =>
    alternative(k) ||
    (joined.words.has(word(k)) && (!joined.opens(word(k + 2)) || (chunks[k - 2] ?? '').endsWith('-')));
  let end = from;
  while (plain(end) && end + 4 < chunks.length) {
    if (!joins(end + 2) && alternative(end + 4) && plain(end + 2)) {
      end += 2;
      continue;
    }
    if (!joins(end + 2)) break;
    let item = end + 4;
    if (EXCEPTED_ARTICLES.has(words[item]?.[0] ?? '') && item + 2 < chunks.length) item += 2;
    if ((words[item]?.length ?? 0) === 0) break;
    end = item;
  }
  return end;
}

/**
 * The question without what a phrase of exception leaves out ("hvem var med på gruppebildet i tillegg til
 * rådsmedlemmene", "Hvilke tjenester er med utenom legevakt?", "anyone besides the council"): the phrase (of
 * `phrases`, tokens) and the word after it, with an article before that word, go; punctuation after them stays. A
 * phrase of two words that opens with one of `others` may have the word asked about between its two ("andre kommuner
 * enn Trondheim", "other municipalities than Trondheim"): then «enn» and the word after it go.
 */
export function withoutExcepted(
  text: string,
  phrases: string[][],
  owned = new Set<string>(),
  others = new Set<string>(),
  pointers = new Set<string>(),
  joined: HeldOutJoins = { words: new Set(), opens: () => false },
): string {
  // Most questions have none: a quick look for the phrases' first words before the word-by-word one.
  const folded = fold(text);
  if (!phrases.some((p) => folded.includes(p[0]!))) return text;
  const chunks = text.split(/(\s+)/);
  const words = chunks.map((c, i) => (i % 2 === 0 ? tokenize(c) : []));
  const single = (k: number, w: string) => words[k]?.length === 1 && words[k]![0] === w;
  // (Any of `others` may open it: "fleire kommunar enn Kristiansund" as "andre kommunar enn …".)
  const apart = (i: number, [, than]: string[]) =>
    single(i, than!) &&
    Array.from({ length: APART_REACH }, (_, k) => i - 2 * (k + 2)).some(
      (k) => k >= 0 && words[k]?.length === 1 && others.has(words[k]![0]!),
    );
  for (let i = 0; i < chunks.length; i += 2) {
    const phrase = phrases.find((p) => p.every((w, k) => single(i + 2 * k, w)));
    const split = phrase
      ? undefined
      : phrases.find((p) => p.length === 2 && others.has(p[0]!) && apart(i, p));
    if (!phrase && !split) continue;
    let end = i + 2 * (phrase?.length ?? 1);
    for (let k = 0; k < 2 && EXCEPTED_ARTICLES.has(words[end]?.[0] ?? '') && end + 2 < chunks.length; k++)
      end += 2;
    // ("flere medlemmer enn 7": a number is no thing held out, but what a count is said against.)
    if (end >= chunks.length || words[end]!.length === 0 || /^\d/u.test(words[end]![0]!)) continue;
    // "i tillegg til medlemmene i rådet", "besides the members of the council": a word for what belongs to something
    // goes with whose it is.
    const plain = (k: number) => /^[\p{L}\p{N}-]+$/u.test(chunks[k] ?? '');
    if (owned.has(words[end]![0]!) && plain(end) && OWNER_PREPOSITIONS.has(words[end + 2]?.[0] ?? '')) {
      let owner = end + 4;
      if (EXCEPTED_ARTICLES.has(words[owner]?.[0] ?? '') && owner + 2 < chunks.length) owner += 2;
      if (owner < chunks.length && (words[owner]?.length ?? 0) > 0) end = owner;
    }
    const start = end;
    end = alternativesEnd(chunks, words, end, plain, joined);
    // "number of people in the council, not counting the ones only on the photo", "…, utenom de som bare er med på
    // bildet": a clause after a comma that opens with the phrase and a word that points (`pointers`) is what is left
    // out, to its end; so is one between commas ("Fra hvilke enheter, utenom Rådmannens fagstab, kommer …?"). ("…, i
    // tillegg til med prosjektmedarbeidarar" names what else.)
    let clauseEnd = end;
    while (clauseEnd + 2 < chunks.length && plain(clauseEnd)) clauseEnd += 2;
    const between = /,$/u.test(chunks[clauseEnd] ?? '') && clauseEnd + 2 < chunks.length;
    // ("… rather than writing to a single person?", "… heller enn å skrive til én person": so is what is not done.)
    // (Said of the first word held out: "besides care and nursing" holds out no verb.)
    const left = words[start]![0]!;
    const verbal =
      (left.length > VERBAL_MIN && left.endsWith('ing')) || /^å$/iu.test(chunks[start - 2] ?? '');
    const comma = /,$/u.test(chunks[i - 2] ?? '');
    // ("Besides the emergency clinic (legevakt), which …?", "Utanom legevakta, kva …?": so is a clause that opens the
    // message, to its comma.)
    const clause = verbal || (comma && (pointers.has(left) || between)) || (i === 0 && between);
    if (clause) end = clauseEnd;
    // (The comma before it stays, and stands for the one after.)
    const rest = clause && between ? '' : (chunks[end]!.match(/[^\p{L}\p{N}]+$/u)?.[0] ?? '');
    return withoutExcepted(
      [...chunks.slice(0, Math.max(0, i - 1)), rest, ...chunks.slice(end + 1)].join(''),
      phrases,
      owned,
      others,
      pointers,
      joined,
    );
  }
  return text;
}
