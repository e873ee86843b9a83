import type { EntryType } from './entries';
import type { Claim } from './claim';
import type { PageLine } from './page-lines';
import { perVocabulary } from './per-vocabulary';
import { terms } from './text';
import { sameTimeOfYear } from './time-of-year';
import type { Vocabulary } from './vocabulary';

/** The kinds of entries that are one of several of a kind by name: a body, a subproject, a unit, a kind of benefit. */
const NAMED_KINDS = new Set<EntryType>(['body', 'subproject', 'unit', 'gainCategory']);

/** A word in the place of another (see inPlaceOf), but for a place among others in what it joins (see Claim.joins). */
export function otherInPlace(vocab: Vocabulary, claim: Claim, word: string, line: PageLine): boolean {
  // ("stemmer det at bindal er med fra troms?" of "Bindal kommune i Nordland": a place the page does not know, where the
  // line names one of the region's counties.)
  if (claim.elsewhere.has(word) && counties(vocab).some((c) => c.every((t) => line.all.has(t)))) return true;
  // ("Are Molde staff affected?" of «I Trondheim kommune får rundt 7000 ansatte …»: a figure of one municipality says
  // nothing of another's, when the claim gives no figure of its own.)
  const counted = [...line.numbers].some((n) => !/^(?:19|20)\d\d$/u.test(n));
  if (counted && municipality(vocab, word) && !claim.words.some((w) => /^\d+$/u.test(w))) return false;
  return !(claim.joins && vocab.employers.has(word)) && inPlaceOf(vocab, word, claim.words, line);
}

/** Whether the term is one of the region's municipalities ("molde", "bindal"). */
function municipality(vocab: Vocabulary, word: string): boolean {
  return municipalityTerms(vocab).has(word);
}

/** The terms of each county of the region's municipalities ("Nordland", "Møre og Romsdal"). */
const counties = perVocabulary((vocab: Vocabulary) => vocab.language.asker.counties.map((c) => terms(c)));

/** The terms of the region's municipalities named by one word ("Bindal", "Oppdal"). */
const municipalityTerms = perVocabulary(
  (vocab: Vocabulary) =>
    new Set(
      [...vocab.language.asker.countyOf.keys()].flatMap((name) => (name.includes(' ') ? [] : terms(name))),
    ),
);

/**
 * "… rådmann i Molde" of a line that says Kristiansund, "… telefon 481 61 844" of one that gives 952 63 567, "Har
 * samarbeidsrådet etablert en regional struktur?" of the line about the fagråd: the word is of a kind (a figure, a
 * place, a person, a body or subproject) of which the line has another, and the question does not name that other.
 */
export function inPlaceOf(vocab: Vocabulary, word: string, words: string[], line: PageLine): boolean {
  const other = (kind: (t: string) => boolean, terms: Iterable<string>) =>
    kind(word) && [...terms].some((t) => kind(t) && !words.includes(t));
  // (A year only in place of a year: "29. august 2025" of a line that gives no year is not another date.)
  const year = (t: string) => /^(?:19|20)\d\d$/.test(t);
  if (/^\d+$/.test(word))
    return [...line.numbers].some((n) => !year(word) || year(n)) && !line.numbers.has(word);
  // (A municipality of the region is a place too: "Koordinerer Bindal kommune arbeidet …?" of "Trondheim kommune …".)
  const place = (t: string) => vocab.employers.has(t) || municipalityTerms(vocab).has(t);
  const person = (t: string) => vocab.personNameStems.has(t);
  // ("… i fjerde etasje?" of "… i tredje etasje": another ordinal.)
  // ("… rundt påske 2019?" of "… i årsskiftet 2018/2019": another time of the year, as another ordinal is.)
  const { ordinals, seasons, months } = vocab.language.claims;
  const rank = ordinals.get(word);
  const otherRank =
    rank !== undefined && [...line.all].some((t) => ordinals.has(t) && ordinals.get(t) !== rank);
  // ("… in autumn 2018?" of "… by 1 October 2018": not a time of the year that may be the line's.)
  const time = (t: string) => seasons.has(t) || months.has(t);
  const otherTime =
    time(word) &&
    [...line.all].some(
      (t) => time(t) && !words.includes(t) && !sameTimeOfYear(vocab.language.claims, word, t),
    );
  // ("Er Tone Fagerholt fra Trøndelag?" of "… i Trondheim kommune": a municipality in the county named is no other place.)
  const countyOf = vocab.language.asker.countyOf;
  const lineOwn = [...line.own].filter(
    (t) => line.type !== 'person' || !terms(countyOf.get(t) ?? '').includes(word),
  );
  if (other(place, lineOwn) || other(person, line.words) || otherTime) return true;
  if (otherRank) return true;
  // Another entry of the line's own kind («samarbeidsrådet» for the fagråd's sentence).
  if (!NAMED_KINDS.has(line.type)) return false;
  const named = [...vocab.entries.values()].filter(
    (e) => e.type === line.type && e.id !== line.id && vocab.entryNames.get(e.id)?.has(word),
  );
  return named.length > 0 && !(vocab.entryNames.get(line.id)?.has(word) ?? false);
}
