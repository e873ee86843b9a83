import type { Answer } from './answer';
import type { Question } from './decision';
import { analyse } from './analysis';
import { claimAsked } from './claim-asked';
import { check } from './sentence-checked';
import { claimOf } from './claim';
import { answerWith } from './items';
import { type PageLine, pageLines } from './page-lines';
import { fold, stem, terms } from './text';
import { perVocabulary } from './per-vocabulary';
import type { Vocabulary } from './vocabulary';

/** How a line's words are split to find a name before a word (spaces, punctuation, quotes, brackets). */
const LINE_WORDS = /[\s,.;:!?()«»“”"]+/u;
/** A house number after a street's name ("Munkegata 1", "Bispegata 9b"). */
const HOUSE_NUMBER = /\s\d+\p{L}?$/u;
/** A house number as a word of its own. */
const NUMBER_WORD = /^\d+\p{L}?$/u;
/** A street's name has so many letters at least before its word for a street («Bispe|gata»). */
const STREET_NAME_MIN = 3;

/**
 * "Ligger prosjektlokalene i det som før var Ila skole?", "Is the project office in the old Ila school?": a yes/no
 * question with a name the page does not know, right before a word a sentence of the page has after another name
 * («Kalvskinnet skole»), claims that sentence with the one name in the place of the other: when the sentence says the
 * claim with its own name, the answer is no with the sentence. Only of where something is, which is one place;
 * otherwise a name the page does not know is refused. So is a street the page does not know (see streetAsked).
 */
export function answerNameInPlace(q: Question): Answer | undefined {
  const { vocab, question, analysis } = q;
  if (!claimAsked(vocab, analysis)) return undefined;
  const street = streetAsked(q);
  // ("Holder prosjektorganisasjonen til i Munkegata 1?": a street with its number is the page's street with its own.)
  const numbered = street !== undefined && HOUSE_NUMBER.test(street);
  if (street !== undefined) return answerInPlace(q, street, (line) => streetOf(vocab, line.text, numbered));
  // ("Sitter prosjektorganisasjonen på rådhuset?": a building the page does not put it in, where its street is.)
  const building = buildingAsked(q);
  if (building !== undefined) return answerInPlace(q, building, (line) => streetOf(vocab, line.text, false));
  const doer = cleftAsked(q);
  if (doer !== undefined)
    return answerInPlace(
      q,
      doer,
      (line) => namesOf(vocab, line.text).find((n) => !question.includes(n)),
      false,
    );
  if (analysis.otherNames.length !== 1) return undefined;
  const at = analysis.otherNames[0]!;
  const written = analysis.words();
  const name = written[at];
  const after = analysis.tokens[at + 1];
  if (name === undefined || after === undefined || !question.includes(name)) return undefined;
  return answerInPlace(q, name, (line) => nameBefore(line.text, stem(after), fold(name)));
}

/**
 * The answer no with the line of a place that says the claim with its own name (`own` of the line) in the place of
 * `name` as written, when one does.
 */
function answerInPlace(
  q: Question,
  name: string,
  own: (line: PageLine) => string | undefined,
  placed = true,
): Answer | undefined {
  const { vocab, question, analysis, fallback } = q;
  const langRank = (line: PageLine) =>
    line.lang === analysis.lang ? 2 : line.lang === 'nb' && analysis.lang === 'nn' ? 1 : 0;
  let best: { line: PageLine; rank: number } | undefined;
  for (const line of pageLines(vocab)) {
    // (Only where something is, which is one place, or who it was (see cleftAsked): that the page says something of
    // Helse Midt-Norge RHF says nothing of Helse Nord RHF.)
    if (placed && line.type !== 'location') continue;
    const other = own(line);
    if (other === undefined || (best && langRank(line) <= best.rank)) continue;
    const said = question.replace(name, other);
    const claim = claimOf(vocab, analyse(vocab, said), said);
    if (claim.denied || check(vocab, claim, line)?.yes !== true) continue;
    best = { line, rank: langRank(line) };
  }
  if (!best) return undefined;
  const entry = vocab.entries.get(best.line.id)!;
  return answerWith(vocab, fallback, entry, { type: 'claimChecked', yes: false, sentence: best.line.text });
}

/**
 * "Er prosjektkontoret i Erling Skakkes gate?", "Ligger kontoret i Munkegata?", "Is the project office in Olav
 * Tryggvasons gate?": a street the page does not know, as written: words the bot does not know before a word for a
 * street, or one such word that ends in one and is no word of the dictionaries. A line of a place that names its own street («Bispegata 9») says where.
 */
function streetAsked(q: Question): string | undefined {
  const { vocab, question, analysis } = q;
  const { tokens, unknownPositions } = analysis;
  const streets = vocab.language.claims.streets;
  const unknown = (k: number) => unknownPositions.includes(k);
  for (const [k, token] of tokens.entries()) {
    let start = k;
    if (streets.includes(token)) while (unknown(start - 1)) start--;
    // (Not a word of the dictionaries that ends in one: «parkeringsplass» is no street.)
    else if (!unknown(k) || !endsInStreet(streets, token) || vocab.language.everyday.has(token)) continue;
    if (start === k && streets.includes(token)) continue;
    const written = analysis.words();
    const street = written.slice(start, k + 1).join(' ');
    const numbered = `${street} ${written[k + 1] ?? ''}`;
    if (NUMBER_WORD.test(written[k + 1] ?? '') && question.includes(numbered)) return numbered;
    if (question.includes(street)) return street;
  }
  return undefined;
}

/**
 * "Sitter prosjektorganisasjonen på rådhuset?", "Is the project office in the town hall?": a building, or a part of
 * one, the page does not put anything in (see claims.buildings), as written, after a word for where; with an article
 * or its age between ("the town hall", «det gamle rådhuset»: claims.buildingWords).
 */
function buildingAsked(q: Question): string | undefined {
  const { vocab, question } = q;
  const m = BUILDING_ASKED(vocab).exec(question.toLowerCase());
  return m ? question.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length) : undefined;
}

/**
 * One pattern for every building after a word for where, built once per vocabulary. (After a word for where only: "Er
 * helsehuset med?" asks whether a service is.)
 */
const BUILDING_ASKED = perVocabulary((vocab: Vocabulary) => {
  const { buildings, placedIn, buildingWords } = vocab.language.claims;
  const escaped = (words: string[]) =>
    [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const places = escaped(placedIn).join('|');
  const names = escaped(buildings).join('|');
  const between = escaped(buildingWords).join('|');
  return new RegExp(
    `(?<![\\p{L}])(?:${places})\\s+((?:(?:${between})\\s+){0,2}(?:${names}))(?![\\p{L}])`,
    'u',
  );
});

/**
 * The street a line names ("Bispegata" of "… Kalvskinnet skole i Bispegata 9"), if it names one; with its number
 * ("Bispegata 9") when `numbered`.
 */
function streetOf(vocab: Vocabulary, text: string, numbered: boolean): string | undefined {
  const words = text.split(LINE_WORDS);
  const at = words.findIndex((w) => endsInStreet(vocab.language.claims.streets, fold(w)));
  if (at < 0) return undefined;
  const number = words[at + 1] ?? '';
  return numbered && NUMBER_WORD.test(number) ? `${words[at]} ${number}` : words[at];
}

/** The word is a street's name: it ends in a word for a street, after at least a few letters ("Munkegata"). */
function endsInStreet(streets: string[], word: string): boolean {
  return streets.some((s) => word.length >= s.length + STREET_NAME_MIN && word.endsWith(s));
}

/** The name (a word with a capital, other than `name`) the text has right before a word of the stem `word`. */
function nameBefore(text: string, word: string, name: string): string | undefined {
  const words = text.split(LINE_WORDS);
  for (let k = 1; k < words.length; k++) {
    const before = words[k - 1]!;
    if (/^\p{Lu}/u.test(before) && fold(before) !== name && stem(fold(words[k]!)) === word) return before;
  }
  return undefined;
}

/**
 * "Var det Helse Nord som gjennomførte anskaffelsen sammen med Trondheim kommune?", "Was it Helse Nord that ran the
 * procurement?": a yes/no question that says it was one, by a name the page does not know, who did something asks who
 * it was: the name as written between «det»/"it" and «som»/"that". A sentence that says it of another name it has, not
 * named in the question, answers no.
 */
function cleftAsked(q: Question): string | undefined {
  const { vocab, question, analysis } = q;
  const { tokens, otherNames } = analysis;
  const { questionShape: shape, claims, roleQuestion } = vocab.language;
  if (!analysis.yesNo || !claims.cleft.has(tokens[1] ?? '')) return undefined;
  const end = tokens.findIndex((t, k) => k > 2 && (shape.relative.has(t) || roleQuestion.who.has(t)));
  if (end < 0 || otherNames.some((p) => p >= end)) return undefined;
  const written = analysis.words().slice(2, end);
  const doer = written.join(' ');
  if (!question.includes(doer)) return undefined;
  // ("Er det Helse Møre og Romsdal som koordinerer …?": so is a name of known words the page never writes as one.)
  return otherNames.some((p) => p > 1) || unwrittenName(vocab, written) ? doer : undefined;
}

/**
 * The words are a name of several words with a capital (joined by «og» / "and") that no line of the page has as
 * written: another organisation than those of the page, whatever place its words name ("Helse Møre og Romsdal"). Not
 * a person's name of the page written short ("Elise Vesterhus" of «Elise B. Vesterhus»).
 */
function unwrittenName(vocab: Vocabulary, written: string[]): boolean {
  const joins = vocab.language.focus.joins;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  if (written.length < 2 || !capital(written[0]!) || !capital(written.at(-1)!)) return false;
  if (terms(written.join(' ')).every((t) => vocab.personNameStems.has(t))) return false;
  if (!written.every((w) => capital(w) || joins.has(fold(w)))) return false;
  const name = fold(written.join(' '));
  return !pageLines(vocab).some((line) => fold(line.text).includes(name));
}

/**
 * The names of places and organisations a line has: runs of words with a capital ("Helse Midt-Norge RHF",
 * "Trondheim") whose every word is one of theirs (not "Fageksperter" opening a sentence).
 */
function namesOf(vocab: Vocabulary, text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu)]
    .map((m) => m[0])
    .filter((name) => terms(name).every((t) => vocab.orgWords.has(t)));
}
