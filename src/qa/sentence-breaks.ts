import { fold, stem, tokenize } from './text';
import type { LanguageData } from './language-data';
import type { Vocabulary } from './vocabulary';

/** A word as written, with what stands right before it. */
const WORD = /\S+/gu;

/**
 * "Hvor ligger kontoret til innføringsprosjektet Jeg skal dit på et møte", "Who leads the technical subproject I'm
 * asking for our lab": chat that leaves the question mark out runs the question and the next sentence together. A
 * common word written with a capital inside the message (a filler word or a question word, never a name: «May» Liz,
 * «Teknisk», «Møre», and not the first word of a name of several, "in New York") starts the next sentence, as does
 * "I'm"; when the sentence before it asks (opens with a question word or a verb that opens a yes/no question), the
 * question mark is put back there. Anything else is left as it is.
 */
export function withSentenceBreaks(vocab: Vocabulary, message: string): string {
  const words = [...message.matchAll(WORD)];
  const breaks: number[] = [];
  words.forEach((m, k) => {
    if (k < 2) return;
    const before = words[k - 1]![0];
    if (!/[\p{L}\p{N}]$/u.test(before)) return;
    const word = m[0];
    // (A capital on the next word too is a name of several words: "in New York".)
    if (/^\p{Lu}/u.test(words[k + 1]?.[0] ?? '')) return;
    if (selfOpens(vocab, word) || opensSentence(vocab, word)) breaks.push(k);
  });
  if (breaks.length === 0) return message;
  let out = '';
  let from = 0;
  let start = 0;
  for (const k of breaks) {
    const at = words[k]!.index!;
    const end = words[k - 1]!.index! + words[k - 1]![0].length;
    const sentence =
      message
        .slice(start, end)
        .split(/[.!?:]\s/u)
        .at(-1) ?? '';
    if (!asks(vocab, sentence)) continue;
    out += message.slice(from, end) + '?';
    from = end;
    start = at;
  }
  return out + message.slice(from);
}

/** A common word with a capital, not a name of the knowledge base: a stop word or a question word. */
function opensSentence(vocab: Vocabulary, word: string): boolean {
  const plain = word.replace(/[^\p{L}]+$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(plain)) return false;
  const folded = fold(plain);
  // (Nor thanks, which close the message and ask nothing: "… skal ta med prosjektgruppa Takk!", see asker-purpose.ts.)
  if (vocab.language.asker.thanks.some((p) => p[0] === folded)) return false;
  // (Nor a place of the region or a word the knowledge base writes with a capital: «Møre» folds to an English stop word.)
  const place = vocab.language.asker.places.some((p) => p[0] === folded);
  if (place || vocab.nameCasing.has(plain.toLowerCase())) return false;
  if (vocab.nameWords.has(folded) || vocab.nameWords.has(stem(folded))) return false;
  return vocab.language.fillerWords.has(folded) || vocab.language.focus.questionWords.has(folded);
}

/** Whether a sentence opens by asking: a question word, or a verb that opens a yes/no question. */
export function asks(vocab: Vocabulary, sentence: string): boolean {
  return opensAsking(vocab.language, tokenize(sentence)[0] ?? '');
}

/** Whether a word (folded) opens a question: a question word, or a verb that opens a yes/no question. */
export function opensAsking(language: LanguageData, word: string): boolean {
  return language.focus.questionWords.has(word) || language.questionShape.yesNo.has(word);
}

/** "I'm", "I've": a contraction of "I", with its capital, that opens a sentence of the asker's own. */
function selfOpens(vocab: Vocabulary, word: string): boolean {
  const plain = word.replace(/’/gu, "'").replace(/[^\p{L}]+$/u, '');
  return plain.startsWith('I') && vocab.language.asker.selfContractions.has(plain.toLowerCase());
}
