/**
 * "Vi ønsker å ta kontakt med rådmannen fra Lierne som sitter i samarbeidsrådet. Hva heter vedkommende?", "We would
 * like to contact the chief executive from Lierne on the council. What is his name?": the sentence before the question
 * says why the asker asks (to get in touch), and the question asks who it is. When the page gives no way to reach that
 * person, the question is still answered: its own words ask for no contact details.
 */
import { analyse } from './analysis';
import type { Answer } from './answer';
import { askingSentences, sentencesOf, wordsOf } from './focus';
import type { Intent } from './language-data';
import { stem } from './text';
import type { Vocabulary } from './vocabulary';

const REACHING: Intent[] = ['contact', 'phone', 'email'];

/**
 * The message without the words of getting in touch («ta kontakt», «ringe», "contact") in the sentences before its
 * question that ask nothing, when the question asks for no contact details itself; undefined when there are none.
 */
function withoutWishToReach(vocab: Vocabulary, message: string): string | undefined {
  const sentences = sentencesOf(message);
  const asking = askingSentences(sentences, vocab.language.focus);
  const last = sentences.lastIndexOf(asking[asking.length - 1] ?? '');
  if (last <= 0) return undefined;
  const asked = analyse(vocab, asking.join(' '));
  if (REACHING.some((i) => asked.intents.has(i))) return undefined;
  const phrases = vocab.language.intentPhrases.filter((p) => REACHING.includes(p.intent));
  const cuts: [number, number][] = [];
  let from = 0;
  for (const sentence of sentences.slice(0, last)) {
    const offset = message.indexOf(sentence, from);
    from = offset + sentence.length;
    if (asking.includes(sentence)) continue;
    const ws = wordsOf(sentence);
    const stems = ws.map((w) => stem(w.folded));
    for (let i = 0; i < ws.length; i++) {
      const phrase = phrases.find((p) => p.words.every((x, k) => stems[i + k] === x));
      if (phrase === undefined) continue;
      const end = i + phrase.words.length - 1;
      cuts.push([offset + ws[i]!.start, offset + ws[end]!.end]);
      i = end;
    }
  }
  if (cuts.length === 0) return undefined;
  let text = message;
  for (const [start, end] of cuts.reverse()) text = `${text.slice(0, start).trimEnd()}${text.slice(end)}`;
  return text;
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
