/**
 * The sentences of a message before its question ("Vi ønsker å ta kontakt med rådmannen fra Lierne. Hva heter
 * vedkommende?"), which say why or on whose behalf the asker asks, and the message with words of them taken out.
 */
import { type Word, askingSentences, sentencesOf, wordsOf } from './focus';
import type { Vocabulary } from './vocabulary';

/** A sentence before the question that asks nothing: where it starts in the message, and its words. */
export interface LeadSentence {
  offset: number;
  words: Word[];
}

/**
 * The message's asking sentences and the sentences before the last of them that ask nothing; undefined when the
 * message opens with its question.
 */
export function leadSentences(
  vocab: Vocabulary,
  message: string,
): { asking: string[]; lead: LeadSentence[] } | undefined {
  const sentences = sentencesOf(message);
  const asking = askingSentences(sentences, vocab.language.focus);
  const last = sentences.lastIndexOf(asking[asking.length - 1] ?? '');
  if (last <= 0) return undefined;
  const lead: LeadSentence[] = [];
  let from = 0;
  for (const sentence of sentences.slice(0, last)) {
    const offset = message.indexOf(sentence, from);
    from = offset + sentence.length;
    if (!asking.includes(sentence)) lead.push({ offset, words: wordsOf(sentence) });
  }
  return { asking, lead };
}

/** The text without the spans (start and end offsets, apart from each other), each with the space before it. */
export function withoutSpans(text: string, spans: [number, number][]): string {
  let out = text;
  for (const [from, to] of [...spans].sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, from).trimEnd()}${out.slice(to)}`;
  return out;
}
