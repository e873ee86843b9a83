import { withNamesCapitalised } from './recasing';
import { withRespelledWords } from './respelling';
import { withoutRestated } from './restated';
import { withSentenceBreaks } from './sentence-breaks';
import type { Vocabulary } from './vocabulary';

/**
 * The message as its writer meant it, before anything else reads it: "a doctor, i.e. the municipal chief medical
 * officer" as what follows «i.e.» (restated.ts); "hva står sio for", a message without capitals, with its names'
 * (recasing.ts); "Which municiaplity …?", a slip as the word (respelling.ts); "Hvor ligger kontoret Jeg skal dit på møte" as two sentences
 * (sentence-breaks.ts).
 */
export function asMeant(vocab: Vocabulary, asked: string): string {
  return withRespelledWords(
    vocab,
    withNamesCapitalised(vocab, withoutRestated(vocab, withSentenceBreaks(vocab, asked))),
  );
}
