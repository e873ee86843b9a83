/**
 * "Vi ønsker å ta kontakt med rådmannen fra Lierne som sitter i samarbeidsrådet. Hva heter vedkommende?", "We would
 * like to contact the chief executive from Lierne on the council. What is his name?": the sentence before the question
 * says why the asker asks (to get in touch), and the question asks who it is. When the page gives no way to reach that
 * person, the question is still answered: its own words ask for no contact details.
 */
import { analyse } from './analysis';
import type { Answer } from './answer';
import type { Intent } from './language-data';
import { leadSentences, withoutSpans } from './lead-sentences';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

const REACHING: Intent[] = ['contact', 'phone', 'email'];

/**
 * The message without the words of getting in touch («ta kontakt», «ringe», "contact") in the sentences before its
 * question that ask nothing, when the question asks for no contact details itself; undefined when there are none.
 */
function withoutWishToReach(vocab: Vocabulary, message: string): string | undefined {
  const found = leadSentences(vocab, message);
  if (found === undefined) return undefined;
  const asked = analyse(vocab, found.asking.join(' '));
  if (REACHING.some((i) => asked.intents.has(i))) return undefined;
  const phrases = vocab.language.intentPhrases.filter((p) => REACHING.includes(p.intent));
  const cuts: [number, number][] = [];
  for (const { offset, words: ws } of found.lead) {
    const stems = ws.map((w) => stem(w.folded));
    for (let i = 0; i < ws.length; i++) {
      const phrase = phrases.find((p) => p.words.every((x, k) => stems[i + k] === x));
      if (phrase === undefined) continue;
      const end = i + phrase.words.length - 1;
      cuts.push([offset + ws[i]!.start, offset + ws[end]!.end]);
      i = end;
    }
  }
  return cuts.length === 0 ? undefined : withoutSpans(message, cuts);
}

/**
 * The message's answer; when it is refused (the page gives no way to reach the person it names, say) and only the
 * words before the question asked for one, the answer to the message without them (see withoutWishToReach).
 */
export function answerDespiteWish(
  vocab: Vocabulary,
  message: string,
  answerOf: (text: string) => Answer,
): Answer {
  const answer = answerOf(message);
  if (answer.kind !== 'fallback') return answer;
  const wish = withoutWishToReach(vocab, message);
  const named = wish === undefined ? undefined : answerOf(wish);
  return named?.kind === 'answer' ? { ...named, question: message } : answer;
}
