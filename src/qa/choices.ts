/**
 * A question that offers the answers to choose from: "Which of these towns does the chair of the option
 * municipalities' council come from: Kristiansund, Molde or Steinkjer?", "Samarbeidsråd members, they are from whole
 * region or only around Trondheim?", "Har kommunane i Møre og Romsdal allereie forplikta seg, eller korleis er dei
 * knytte til Helseplattformen?". The page's answer says which holds; the choices are not what is asked about.
 */
import { analyse } from './analysis';
import type { Answer } from './answer';
import type { Question } from './decision';
import { type FocusWords, type Word, wordsOf } from './focus';
import { verdictOf } from './focus-reach';
import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** At most this many words make one choice of a list after a colon ("Kristiansund", "Indre Fosen kommune"). */
const CHOICE_WORDS = 3;
/** At most this many words make the last choice offered after «eller»/"or" ("only around Trondheim", "not"). */
const LAST_CHOICE_WORDS = 4;
/** At most this many words make one of two choices in a cleft ("May Liz Bjørnevik Tho", "Helse Midt-Norge RHF"). */
const CLEFT_CHOICE_WORDS = 4;

/**
 * The question asked without the choices it offers, or undefined when it offers none: the question before a colon
 * that only lists the choices ("…: Kristiansund, Molde or Steinkjer?"); the question after «eller»/"or" when a
 * question word opens it (it is the one asked: "…, eller korleis er dei knytte til Helseplattformen?"); or the question
 * without its last choice, a few words after «eller»/"or" that `known` says the page has words for, or said as the
 * choice before it is ("… from whole region or only around Trondheim?", "… i Bispegata eller i Munkegata?"; not
 * "Hvem leder Teknisk eller IT i Oslo kommune?", which asks of somewhere else).
 */
export function withoutChoices(
  message: string,
  words: FocusWords,
  known: (text: string) => boolean,
  alike: (before: string, choice: string) => boolean = () => false,
): string | undefined {
  const colon = message.lastIndexOf(':');
  if (colon > 0 && listsChoices(message.slice(colon + 1), words)) return `${message.slice(0, colon).trim()}?`;
  const ws = wordsOf(message);
  let k = ws.length - 1;
  while (k > 0 && !words.alternatives.has(ws[k]!.folded)) k--;
  if (k <= 0) return undefined;
  const or = ws[k]!;
  if (words.questionWords.has(ws[k + 1]?.folded ?? ''))
    return `${message.slice(0, or.start)}${message.slice(ws[k + 1]!.start)}`;
  const rest = message.slice(or.end);
  const choice = wordsOf(rest);
  // "Er prosjektkontoret i Bispegata eller i Munkegata?": a choice said as the one before it is ("i …" and "i …") is
  // another of the same kind, whether or not the page knows it.
  // So is one of the same kind as the words just before «eller» ("Steinkjer eller Levanger?": two of the region's
  // municipalities).
  const before = ws.slice(Math.max(0, k - LAST_CHOICE_WORDS), k);
  const parallel =
    before.some((w) => w.folded === choice[0]?.folded) ||
    before.some((w) => alike(message.slice(w.start, or.start), rest));
  if (choice.length === 0 || choice.length > LAST_CHOICE_WORDS || !(parallel || known(rest)))
    return undefined;
  return `${message.slice(0, or.start).replace(/[\s,;]+$/u, '')}?`;
}

/** The text is only a list of choices: two or more of a few words each, between commas and «eller»/"or". */
function listsChoices(text: string, words: FocusWords): boolean {
  const ws = wordsOf(text);
  if (!ws.some((w) => words.alternatives.has(w.folded))) return false;
  const choices = text
    .split(/,/u)
    .flatMap((c) => c.split(new RegExp(`\\s(?:${[...words.alternatives].join('|')})\\s`, 'iu')))
    .map((c) => wordsOf(c).length);
  return choices.length >= 2 && choices.every((n) => n >= 1 && n <= CHOICE_WORDS);
}

/**
 * The question without the choices it offers (see withoutChoices), where a last choice counts when the bot knows all
 * its words and it names no place or organisation the page does not have ("… eller berre Trøndelag?", not "… eller
 * berre Bergen?").
 */
export function withoutKnownChoices(vocab: Vocabulary, message: string): string | undefined {
  const known = (text: string) => {
    const analysis = analyse(vocab, text);
    return analysis.unknown.length === 0 && analysis.otherNames.length === 0;
  };
  return withoutChoices(
    message,
    vocab.language.focus,
    known,
    (before, choice) => regionPlace(vocab, before) && regionPlace(vocab, choice),
  );
}

/** The text names one of the region's municipalities, by the language data or as someone's of the page ("Levanger"). */
function regionPlace(vocab: Vocabulary, text: string): boolean {
  const words = tokenize(text).filter((t) => !vocab.language.asker.placeNouns.has(t));
  if (words.length === 0) return false;
  return (
    vocab.language.asker.countyOf.has(words.join(' ')) ||
    (words.length === 1 && vocab.employers.has(stem(words[0]!)))
  );
}

/**
 * "Er det Malvik eller Melhus som har rådmannen sin med i samarbeidsrådet?", "Is it Molde or Kristiansund that …?",
 * "Er prosjektkontoret i Bispegata eller Munkegata?", "Skal strategien legges fram i 2018 eller 2019?": a yes/no
 * question that offers two choices asks which of them holds. Each is asked alone ("Er det Malvik som …?", "Er
 * prosjektkontoret i Munkegata?"); when one is answered yes and the other not, that answer is given, without a yes or
 * no of its own (the question asks which, not whether). Undefined for any other message, or when both or neither hold.
 */
export function answerEitherChoice(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, question, analysis } = q;
  if (!analysis.yesNo) return undefined;
  const asked = cleftChoices(vocab, question) ?? lastChoices(vocab, question);
  if (asked === undefined) return undefined;
  const answers = asked.map(ask);
  // (Or, when the other is answered no, the one answered without a yes or no: "Er prosjektkontoret i Bispegata?")
  const no = answers.filter((a) => a.kind === 'answer' && verdictOf(a) === false).length === 1;
  const held = answers.filter((a) => a.kind === 'answer' && (verdictOf(a) ?? (no ? true : false)));
  return held.length === 1 ? { ...held[0]!, direct: undefined, question } : undefined;
}

/** "Er det X eller Y som …?": the cleft asked of each choice ("Er det X som …?", "Er det Y som …?"). */
function cleftChoices(vocab: Vocabulary, question: string): string[] | undefined {
  const { questionShape: shape, claims, roleQuestion, focus } = vocab.language;
  const ws = wordsOf(question);
  if (!shape.yesNo.has(ws[0]?.folded ?? '') || !claims.cleft.has(ws[1]?.folded ?? '')) return undefined;
  const or = ws.findIndex((w, k) => k > 2 && focus.alternatives.has(w.folded));
  const relative = ws.findIndex(
    (w, k) => k > or + 1 && (shape.relative.has(w.folded) || roleQuestion.who.has(w.folded)),
  );
  if (or < 0 || relative < 0 || or - 2 > CLEFT_CHOICE_WORDS || relative - or - 1 > CLEFT_CHOICE_WORDS)
    return undefined;
  const opening = question.slice(0, ws[2]!.start);
  const rest = question.slice(ws[relative]!.start);
  return [
    question.slice(ws[2]!.start, ws[or - 1]!.end),
    question.slice(ws[or + 1]!.start, ws[relative - 1]!.end),
  ].map((choice) => `${opening}${choice} ${rest}`);
}

/**
 * "… i Bispegata eller Munkegata?", "… i tredje eller fjerde etasje?": the last words of a question, «eller»/"or"
 * between two choices of one kind (names, figures, ordinals), one or two words each; the question asked of each. (A
 * word after the second choice, «etasje», is said of both.)
 */
function lastChoices(vocab: Vocabulary, question: string): string[] | undefined {
  const ws = wordsOf(question);
  const or = ws.findIndex((w) => vocab.language.focus.alternatives.has(w.folded));
  if (or < 1 || ws.slice(or + 1).some((w) => vocab.language.focus.alternatives.has(w.folded)))
    return undefined;
  const ordinal = (w: Word) => vocab.language.claims.ordinals.has(stem(w.folded));
  const kind = (w: Word) =>
    /^\d+$/u.test(w.folded) ? 'figure' : ordinal(w) ? 'ordinal' : w.capital ? 'name' : undefined;
  const after = ws.length - or - 1;
  const choice = (w: Word[]) => question.slice(w[0]!.start, w.at(-1)!.end);
  for (const n of [1, 2]) {
    const [one, other] = [ws.slice(or - n, or), ws.slice(or + 1, or + 1 + n)];
    const tail = after - n;
    if (one.length < n || other.length < n || tail > 1 || or - n < 1) continue;
    if (!one.every((w, k) => kind(w) !== undefined && kind(w) === kind(other[k]!))) continue;
    // (A name outside what the page and the region know is no choice it can settle: "… Steinkjer eller Bergen?")
    if (kind(one[0]!) === 'name' && ![one, other].every((c) => settled(vocab, choice(c)))) continue;
    // (A word after them is of both only after ordinals: "… tredje eller fjerde etasje?")
    if (tail === 1 && kind(one[0]!) !== 'ordinal') continue;
    const end = tail === 1 ? question.slice(ws.at(-1)!.start) : '?';
    const opening = question.slice(0, one[0]!.start);
    const tailWord = tail === 1 ? ' ' : '';
    return [one, other].map((c) => `${opening}${choice(c)}${tailWord}${end}`.replace(/\?*$/u, '?'));
  }
  return undefined;
}

/** The name is one the page knows, one of the region's municipalities, or a street's (which the page may place). */
function settled(vocab: Vocabulary, name: string): boolean {
  const streets = vocab.language.claims.streets;
  const folded = tokenize(name).join(' ');
  const analysis = analyse(vocab, name);
  return (
    (analysis.unknown.length === 0 && analysis.otherNames.length === 0) ||
    regionPlace(vocab, name) ||
    streets.some((s) => folded.length > s.length + 2 && folded.endsWith(s))
  );
}
