import type { Answer } from './answer';
import { analyse } from './analysis';
import { wordsOf, type Word } from './focus';
import { givesVerdict } from './focus-reach';
import { pageLines } from './page-lines';
import { perVocabulary } from './per-vocabulary';
import { pageFormsOf } from './page-forms';
import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** A yes/no question and the clause of concession it ends with (see answerConceding). */
interface Conceded {
  /** The question without the clause ("Er Bindal med?"). */
  asked: string;
  /** The clause without its opening words ("kommunen ligger i Nordland"). */
  clause: string;
}

/**
 * "Er Bindal med, sjøl om kommunen ligger i Nordland?", "Is Bindal included even though it is in Nordland?": a yes/no
 * question that ends with a clause of concession asks the question without it; the clause is what the asker takes as
 * given. It is answered so when the page gives a yes or no to the question and says what the clause takes as given:
 * every word of it the page has stands in what the answer is about, every place of the region it names stands in the
 * sentence that gives the verdict (one after a word for outside, as «utenfor Trøndelag», does not), it names no place
 * the page does not know ("… selv om den ligger i Troms?") and denies nothing. Otherwise, or when the whole question
 * is answered yes or no as it stands, `answer` of the whole question decides.
 */
export function answerConceding(
  vocab: Vocabulary,
  question: string,
  answer: (text: string) => Answer,
): Answer {
  const whole = answer(question);
  const conceded = givesVerdict(whole) ? undefined : concededIn(vocab, question);
  if (conceded === undefined) return whole;
  const asked = answer(conceded.asked);
  if (!givesVerdict(asked) || !premiseHolds(vocab, conceded, asked)) return whole;
  return { ...asked, question };
}

/** The question and the clause of concession it ends with (see answerConceding), or undefined. */
function concededIn(vocab: Vocabulary, question: string): Conceded | undefined {
  const words = wordsOf(question);
  const phrases = vocab.language.claims.conceded;
  // (After the question's own words: "Selv om Bindal ligger i Nordland, er kommunen med?" names what it asks of only
  // in the clause.)
  for (let k = 2; k < words.length; k++) {
    const phrase = phrases.find((p) => p.every((w, j) => words[k + j]?.folded === w));
    if (!phrase || words[k + phrase.length] === undefined) continue;
    const from = words[k + phrase.length]!.start;
    const end = question.slice(from).search(/[?.!]/u);
    // ("Bindal er med i arbeidet sjølv om kommunen ligg i Nordland. Stemmer det?": a sentence that only asks whether
    // what is said holds may follow.)
    const rest = end < 0 ? [] : tokenize(question.slice(from + end + 1));
    const tag = vocab.language.questionShape.confirmAfter.some(
      (p) => p.length === rest.length && p.every((w, j) => w === rest[j]),
    );
    if (rest.length > 0 && !tag) return undefined;
    const clause = end < 0 ? question.slice(from) : question.slice(from, from + end);
    const before = question.slice(0, words[k]!.start).replace(/[\s,–—-]+$/u, '');
    return { asked: `${before}?`, clause };
  }
  return undefined;
}

/** Whether the page says what the clause takes as given, of what the answer is about (see answerConceding). */
function premiseHolds(vocab: Vocabulary, conceded: Conceded, answer: Answer): boolean {
  const { everyday, asker, claims } = vocab.language;
  const words = wordsOf(conceded.clause);
  // ("… selv om kommunen ikke har signert avtalen?": what the asker takes as not so, the page does not say. "… even
  // though it is not in Trøndelag?": not in a place is outside it.)
  const { prepositions } = asker;
  const notIn = (k: number) => {
    const next = words[k + 1]?.folded ?? '';
    const verb = claims.located.has(stem(next)) || vocab.language.questionShape.yesNo.has(next) ? 1 : 0;
    return prepositions.has(words[k + 1 + verb]?.folded ?? '') && placeAt(vocab, words, words[k + 2 + verb]);
  };
  const negated = words.map((w, k) => (claims.negation.has(stem(w.folded)) ? k : -1)).filter((k) => k >= 0);
  if (negated.some((k) => !notIn(k)) || answer.topicId === undefined) return false;
  // The clause's words read as in the question ("although it lies …": «it» is no IT in English), but for the words
  // for outside, which are no words of the page's ("utenfor" is not "ut" and "for").
  const inside = words.map((w) =>
    claims.outside.has(stem(w.folded)) ? '' : conceded.clause.slice(w.start, w.end),
  );
  const whole = analyse(vocab, `${conceded.asked} ${inside.join(' ')}`);
  const from = analyse(vocab, conceded.asked).tokens.length;
  const known = whole.known.filter((_, j) => whole.knownPositions[j]! >= from);
  if (whole.otherNames.some((p) => p >= from)) return false;
  const told = new Set(pageLines(vocab).flatMap((l) => (l.id === answer.topicId ? [...l.told] : [])));
  const forms = pageFormsOf(vocab);
  // (A word for a municipality is the one asked of: "… although the municipality lies …".)
  const placeNoun = (t: string) => vocab.language.questionShape.placeNouns.has(t);
  if (known.some((t) => !placeNoun(t) && ![t, ...forms(t)].some((x) => told.has(x)))) return false;
  // ("… selv om det er kveld?": a word the page does not have, but one that says where something lies, is what the
  // page does not say.)
  const unknown = whole.unknown.filter((_, j) => whole.unknownPositions[j]! >= from);
  if (unknown.some((t) => !claims.located.has(t))) return false;
  // ("… ligger i troms?": a name of the dictionaries after «i», one the page does not have, is a place of its own.)
  const within = vocab.language.questionShape.within;
  const elsewhere = (w: Word, k: number) =>
    within.has(words[k - 1]?.folded ?? '') &&
    everyday.isName(w.folded) &&
    !placeAt(vocab, words, w) &&
    !known.includes(w.folded);
  if (words.some(elsewhere)) return false;
  const said = new Set(wordsOf(verdictText(answer)).map((w) => w.folded));
  const outside = words.findIndex((w, k) => claims.outside.has(stem(w.folded)) || negated.includes(k));
  return words.every((w, k) => {
    const place = regionPlaces(vocab).find((p) => p.every((f, j) => words[k + j]?.folded === f));
    // (One after a word for outside is where the verdict's sentence does not put it.)
    const saidHere = place?.every((f) => said.has(f));
    return !place || (outside >= 0 && k > outside ? !saidHere : saidHere);
  });
}

/** Whether the word starts or is part of a place of the region the language data names ("Møre og Romsdal"). */
function placeAt(vocab: Vocabulary, words: Word[], word: Word | undefined): boolean {
  if (word === undefined) return false;
  const k = words.indexOf(word);
  return regionPlaces(vocab).some((p) =>
    p.some((f, j) => f === word.folded && p.every((g, i) => words[k - j + i]?.folded === g)),
  );
}

/** The places of the region the language data names, and the counties of its municipalities, word by word. */
const regionPlaces = perVocabulary((vocab: Vocabulary) => {
  const { places, counties } = vocab.language.asker;
  return [...places, ...counties.map((c) => wordsOf(c).map((w) => w.folded))];
});

/** The sentence or list item that gives the answer's yes or no. */
function verdictText(answer: Answer): string {
  const direct = answer.direct;
  if (direct === undefined) return '';
  if ('sentence' in direct) return direct.sentence;
  return 'item' in direct ? direct.item : '';
}
