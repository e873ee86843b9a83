/**
 * Splits a message that asks several questions into them: "Hvem leder prosjektet og hvem leder prosjektkontoret?",
 * "Who leads the project office, and who is kommunikasjonsansvarlig?", "Hvem leder Teknisk? Hvem leder Opplæring?".
 * Each part is answered alone; the answers are put together when each part asks about something of its own.
 */
import type { Answer, AnswerItem } from './answer';
import { type FocusWords, type Word, askingSentences, sentencesOf, wordsOf } from './focus';
import { sameItem } from './items';
import { answerOfUnknownPart } from './unknown-part';

/** A message of more questions than this is answered as one (a list of questions pasted in is no conversation). */
export const MAX_PARTS = 4;

/** One question of several in a message. */
export interface QuestionPart {
  /** The question as written, without the joining word before it ("hvem leder prosjektkontoret?"). */
  text: string;
  /** It points back to something said before it ("… og hva er telefonnummeret hennes?"): not a question alone. */
  refersBack: boolean;
  /** It opens with a question word ("hva er adressen?", "og når?"), not a verb ("Can I just drop by?"). */
  questionWord?: boolean;
}

/**
 * Where a second question opens inside one sentence: at a question word after "og"/"and" or after a comma, when a
 * question word or a yes/no verb stands before it in the same sentence ("Hvem leder Teknisk, og hvem leder Opplæring?"); the parts
 * without the joining word. "Hvilken rolle og hvilken kommune har hun?" is split too: the answerer finds that its
 * first part asks nothing alone.
 */
function splitSentence(sentence: string, words: FocusWords): string[] {
  const ws = wordsOf(sentence);
  const parts: string[] = [];
  let from = 0;
  // ("Finnes det en felles e-postadresse til prosjektkontoret, og hvem leder kontoret?": a sentence a yes/no verb opens
  // asks before any question word.)
  let asked = words.yesNo.has(ws[0]?.folded ?? '');
  for (let i = 0; i < ws.length; i++) {
    if (!isQuestionWord(ws[i]!.folded, words)) continue;
    const joined = i > 0 && words.joins.has(ws[i - 1]!.folded);
    // The first word of the join: "og" in "…, og hvem", the question word itself in "…, hvem".
    const at = joined ? i - 1 : i;
    const comma = at > 0 && sentence.slice(ws[at - 1]!.end, ws[at]!.start).includes(',');
    // ("Is Bindal, which takes part through an option agreement, located in Troms?": a relative clause between commas
    // opens no question of its own.)
    const relative =
      !joined && words.relatives.has(ws[i]!.folded) && sentence.slice(ws[i]!.end).includes(',');
    if (asked && (joined || comma) && !relative) {
      parts.push(sentence.slice(from, ws[at]!.start));
      from = ws[i]!.start;
    }
    asked = true;
  }
  parts.push(sentence.slice(from));
  return parts.map((p) => p.replace(/[\s,;]+$/u, '').trim()).filter((p) => /\p{L}/u.test(p));
}

/** A question word, also with «is» run into it: "What's the date, and when …?", "Who's the lead, and …?". */
function isQuestionWord(folded: string, words: FocusWords): boolean {
  return words.questionWords.has(folded) || words.questionWords.has(folded.replace(/['’]s$/u, ''));
}

/**
 * The questions of a message, in the order asked: the sentences that ask (with a question mark, or all of them when
 * none has one), each split where a second question opens inside it. One part when the message asks one question.
 * With `knowing` (when the message is not answered as one), a sentence before the first that asks, without a question
 * mark, asks too when a question word follows a verb of knowing in it: "Eg skal ha eit møte om gevinstar og lurer på
 * kven som er delprosjektleiar der. Og kva avdeling kjem vedkomande frå?".
 */
export function questionParts(message: string, words: FocusWords, knowing = false): QuestionPart[] {
  const sentences = sentencesOf(message.trim());
  const asking = askingSentences(sentences, words);
  // "gevinstrealisering: når skal HMN ha den klar og når kommer saken i bystyret": a heading before a colon, right
  // before the questions, says what each of them is asked within, as it does of one question alone.
  const before = asking.length > 0 ? sentences[sentences.indexOf(asking[0]!) - 1] : undefined;
  const heading = before?.endsWith(':') && !before.includes('?') ? `${before} ` : '';
  const first = asking.length > 0 && knowing ? sentences.indexOf(asking[0]!) : 0;
  const knowingBefore = sentences.slice(0, first).filter((s) => asksAfterKnowing(s, words));
  // "The page mentions a deadline for the RHF's strategy. What's the date, and when is …?": so the sentence right
  // before says what the first of several questions in one sentence, which names nothing of its own, is asked of.
  // (Not one of the asker's own, "I'm a visiting official from …", which says who asks, not what.)
  // (English «I» is one too, written in capitals or run into a verb, not the Norwegian preposition «i».)
  const self = (w: Word, k: number) => {
    const base = w.folded.replace(/['’]\p{L}+$/u, '');
    return words.self.has(base) && (base !== 'i' || base !== w.folded || (w.capital && k > 0));
  };
  const askers = (s: string) => wordsOf(s).some(self);
  const said =
    before !== undefined &&
    !heading &&
    !before.includes('?') &&
    !knowingBefore.includes(before) &&
    !askers(before)
      ? `${/[.!]$/u.test(before) ? before : `${before}.`} `
      : '';
  const texts = [...knowingBefore, ...(asking.length > 0 ? asking : sentences)].flatMap((s, k) => {
    const split = splitSentence(s, words);
    const lead = (j: number) =>
      k !== knowingBefore.length ? '' : heading || (j === 0 && split.length > 1 ? said : '');
    return split.map((part, j) => ({ part, text: lead(j) + part }));
  });
  return texts.map(({ part, text }, i) => ({
    text,
    // The first part may only point back to words before the question ("Hei! Om Teknisk: hvem leder det, og …").
    refersBack: i > 0 && refersBack(text, words),
    questionWord: wordsOf(part).some((w, k) => k < 2 && isQuestionWord(w.folded, words)),
  }));
}

/** So many words may stand between a verb of knowing and the question word after it ("lurer litt på kven"). */
const KNOWING_REACH = 3;

/** Whether a question word follows a verb of knowing in the sentence ("… og lurer på kven som er leiar der."). */
function asksAfterKnowing(sentence: string, words: FocusWords): boolean {
  const ws = wordsOf(sentence);
  return ws.some((_, i) =>
    words.knowing.some(
      (p) =>
        p.every((w, k) => ws[i + k]?.folded === w) &&
        ws
          .slice(i + p.length, i + p.length + KNOWING_REACH + 1)
          .some((w) => words.questionWords.has(w.folded)),
    ),
  );
}

/**
 * Whether a later question points back to something said before it ("… og hva er telefonnummeret hennes?", "… and who
 * is their contact person?"). «det»/«it» as the last word after a verb of being points back to nothing ("… og kor
 * mange delprosjekt er det?", "… and what time is it?").
 */
export function refersBack(text: string, words: FocusWords): boolean {
  const ws = wordsOf(text);
  return ws.some((w, k) => {
    if (words.pronouns.has(w.folded) || words.possessives.has(w.folded)) return true;
    const empty =
      k === ws.length - 1 && k > 0 && words.yesNo.has(ws[k - 1]!.folded) && words.dummies.has(w.folded);
    return words.backReferences.has(w.folded) && !empty;
  });
}

/** One part of a message answered alone, and whether it asks something of its own when the page has no answer. */
export interface PartAnswer {
  answer: Answer;
  /** It names something the bot does not know, or something whose asked detail the page lacks. */
  asksAlone: boolean;
  /** How many of its words the bot knows, and how many it does not (see unknown-part.ts). */
  words?: { known: number; unknown: number };
}

/**
 * The answer to a message of several questions when each asks about something of its own ("Hvem leder prosjektet og
 * hvem leder prosjektkontoret?"): the answers of the parts in one card, in the order asked. A part the page does not
 * answer ("… og hvem vant kommunevalget?") is said to be unanswered under the others rather than left out, as a
 * person asked two things expects to hear of both. Undefined when the message is one question, when a later part
 * needs the one before it ("… og hva er telefonnummeret hennes?"), when a part asks nothing alone ("Hvilken rolle og
 * hvilken kommune har Ragnhild Holmberg Aunsmo?"), when the whole message answered as one already shows what the parts
 * do (one topic that answers both: "Hvem sto bak anskaffelsen, og hvordan har Trondheim kommune vært representert?"),
 * or when none is answered: the whole message is then answered as one question. (Parts of one topic that show more
 * than the whole are put together: "Finnes det en felles e-postadresse til prosjektkontoret, og hvem leder kontoret?"
 * gets the office's address and its head; not so the parts of `ofOneQuestion`, one question asked of two things.)
 */
export function mergeParts(
  whole: Answer,
  parts: QuestionPart[],
  answerPart: (text: string) => PartAnswer,
  ofOneQuestion = false,
  eachAlone = false,
): Answer | undefined {
  if (parts.length < 2 || parts.length > MAX_PARTS || parts.some((p) => p.refersBack)) return undefined;
  // "What are the opening hours of …? Can I just drop by?": the part the page has no answer to.
  const unknown = answerOfUnknownPart(whole, parts, answerPart);
  if (unknown) return unknown;
  const answered: Answer[] = [];
  const unanswered: NonNullable<Answer['unanswered']> = [];
  for (const [i, part] of parts.entries()) {
    const { answer, asksAlone, words } = answerPart(part.text);
    // ("Hva er samarbeidsrådet, og hvem er leder?": a later part that names nothing asks of what the one before it
    // answers, as one that points back does; see follow-up.ts. Only when that finds nothing, `eachAlone`, is it
    // answered alone: "Hvor ligger prosjektkontoret og hvem er sjefen der?".)
    if (i > 0 && !eachAlone && namesNothing(words)) return undefined;
    if (answer.kind === 'answer') answered.push(answer);
    else if (asksAlone) unanswered.push({ question: part.text, missing: answer.missing });
    else return undefined;
  }
  if (answered.length === 0) return undefined;
  // (Parts cut from one question asked of two things, "Which people have both a phone number and an e-mail listed?",
  // that one topic answers are that topic's one answer, not the people with either.)
  const topics = new Set(answered.map((a) => a.topicId));
  if (ofOneQuestion && topics.size < 2 && unanswered.length === 0 && whole.kind === 'answer')
    return undefined;
  // One card has one direct answer line; two yes/no questions are answered as one message.
  const directs = answered.filter((a) => a.direct);
  if (directs.length > 1) return undefined;
  // The direct line stands first on the card, so the answer it belongs to comes first, beside it ("Kven leiar
  // prosjektkontoret og kor mange delprosjekt er det?": the count and the subprojects, then the head of the office).
  const ordered = [...directs, ...answered.filter((a) => !a.direct)];
  const items: AnswerItem[] = [];
  for (const item of ordered.flatMap((a) => a.items))
    if (!items.some((i) => sameItem(i, item))) items.push(item);
  // The whole message, answered as one, already says all of it ("… hvor er det og hvilken etasje?").
  const told = (item: AnswerItem) => whole.items.some((i) => sameItem(i, item));
  if (whole.kind === 'answer' && unanswered.length === 0 && items.every(told)) return undefined;
  return {
    kind: 'answer',
    lang: whole.lang,
    question: whole.question,
    topicId: ordered[0]!.topicId,
    items,
    direct: directs[0]?.direct,
    ...(unanswered.length > 0 ? { unanswered } : {}),
  };
}

/** Whether a part, by its words, names nothing the bot knows or does not know: "og hvem er leder?", "what's the email?". */
export function namesNothing(words: PartAnswer['words']): boolean {
  return words !== undefined && words.known === 0 && words.unknown === 0;
}

/**
 * Questions cut from one message that each stand alone (none points back to another): each answered on its own and
 * put together in one answer (see mergeParts), when each can be. A detail the page lacks for one of them is said.
 */
export function mergeSeparate(
  whole: Answer,
  texts: string[] | undefined,
  answerOne: (text: string) => Answer,
): Answer | undefined {
  if (texts === undefined) return undefined;
  const answerPart = (text: string) => {
    const answer = answerOne(text);
    return { answer, asksAlone: answer.missing !== undefined };
  };
  return mergeParts(
    whole,
    texts.map((text) => ({ text, refersBack: false })),
    answerPart,
    true,
  );
}

/**
 * "Hvor mange ansatte gjelder dette i Midt-Norge, og hvor mange av dem i Trondheim kommune?": a later question whose
 * one word pointing back is a plural pronoun for what the question before it counts or lists asks about that, and is
 * a question of its own with the noun in the pronoun's place ("hvor mange av ansatte i Trondheim kommune").
 */
export function withAskedNoun(part: QuestionPart, noun: string | undefined, words: FocusWords): QuestionPart {
  if (!part.refersBack || noun === undefined) return part;
  const ws = wordsOf(part.text);
  const back = ws.filter(
    (w) =>
      words.pronouns.has(w.folded) || words.possessives.has(w.folded) || words.backReferences.has(w.folded),
  );
  const only = back.length === 1 ? back[0]! : undefined;
  if (only === undefined || !words.plurals.has(only.folded)) return part;
  return { text: `${part.text.slice(0, only.start)}${noun}${part.text.slice(only.end)}`, refersBack: false };
}
