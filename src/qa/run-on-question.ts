import type { Answer } from './answer';
import { wordsOf } from './focus';
import { asks } from './sentence-breaks';
import { analyse } from './analysis';
import { presentVerb } from './refusals';
import type { Vocabulary } from './vocabulary';

/** So many words at least stand before the point where the question may end. */
const QUESTION_MIN = 3;

/**
 * "hvor ligger prosjektkontoret hen skal på møte der", "har dere eposten til Skorstad skal sende noen spørsmål": a
 * question run on, without any mark, into what the asker will do with the answer or what they believed. When the
 * whole message is refused, the question is tried without what follows a word such a sentence opens with (what the
 * asker will do, «skal», "need", or believed, «trodde»; after «jeg», «vi» if any, and not after a verb or «som»,
 * where the sentence goes on), the longest part first: its answer stands when it answers. A part that does not open by asking, or a rest
 * that asks, is no such question.
 */
export function answerRunOn(
  vocab: Vocabulary,
  message: string,
  whole: Answer,
  answer: (question: string) => Answer,
): Answer {
  if (whole.kind !== 'fallback' || message.includes('?')) return whole;
  const { asker, focus, questionShape } = vocab.language;
  const opens = (w: string) =>
    (asker.purposes.has(w) && !asker.purposesGoingOn.has(w)) || asker.beliefs.has(w);
  const ws = wordsOf(message);
  // ("how much is HP going to cost …", "hvem er det som skal …": after a verb or «som» the sentence goes on.)
  const goesOn = (w: string) => questionShape.yesNo.has(w) || questionShape.relative.has(w);
  const cuts = ws.flatMap((w, k) => {
    if (k < QUESTION_MIN || !opens(w.folded) || goesOn(ws[k - 1]!.folded)) return [];
    return [focus.self.has(ws[k - 1]?.folded ?? '') && k - 1 >= QUESTION_MIN ? k - 1 : k];
  });
  for (const k of cuts.reverse()) {
    const part = message.slice(0, ws[k]!.start).trim();
    const rest = ws.slice(k).map((w) => w.folded);
    if (!asks(vocab, part) || !hasVerb(vocab, part) || rest.some((w) => focus.questionWords.has(w))) continue;
    const answered = answer(part);
    if (answered.kind !== 'fallback') return { ...answered, question: message };
  }
  return whole;
}

/**
 * Whether the part has a verb of its own after its first word ("hvor ligger …", "who leads …", "hvem er …"): "Kva
 * gamle journalsystem skal bytast ut …" has none before «skal», which is its own verb, not the start of another
 * sentence.
 */
function hasVerb(vocab: Vocabulary, part: string): boolean {
  const analysis = analyse(vocab, part);
  const { yesNo } = vocab.language.questionShape;
  const verb = (t: string) => yesNo.has(t) || presentVerb(vocab, t, analysis.lang);
  return (
    analysis.tokens.slice(1).some(verb) || analysis.intents.has('lead') || yesNo.has(analysis.tokens[0] ?? '')
  );
}
