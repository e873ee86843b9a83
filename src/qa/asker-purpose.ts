/**
 * What the asker will do with the answer, said after the question: "effektivitetsgevinstar – kva står det? skal leggje
 * fram på personalmøte", "Hvem leder prosjektkontoret? Jeg skal ha møte med dem i morgen.", "Who chairs the council?
 * Going to present it to my team." The sentence asks nothing, and the answer is the same without it; left in, its
 * words (personalmøte, møte) would make the message one about something the page does not hold.
 */
import { analyse, saysNothing } from './analysis';
import { askingSentences, sentencesOf, wordsOf } from './focus';
import type { Vocabulary } from './vocabulary';

/**
 * The message without the sentences after its question that say what the asker will do with the answer (opening
 * with «skal», after «jeg»/«vi» if any, and asking for nothing: not "Skal ha telefonnummeret."), and without its
 * closing greeting, or undefined when it has neither.
 */
export function withoutAskersPurpose(vocab: Vocabulary, message: string): string | undefined {
  const sentences = sentencesOf(message);
  const asking = askingSentences(sentences, vocab.language.focus);
  const last = sentences.lastIndexOf(asking[asking.length - 1] ?? '');
  if (last < 0 || last === sentences.length - 1) return undefined;
  const purpose = (sentence: string) => {
    const ws = wordsOf(sentence);
    const first = vocab.language.focus.self.has(ws[0]?.folded ?? '') ? 1 : 0;
    // ("Takk! Mvh Kari": a sentence of courtesy says nothing at all.)
    if (saysNothing(vocab, sentence)) return true;
    return (
      !sentence.includes('?') &&
      vocab.language.asker.purposes.has(ws[first]?.folded ?? '') &&
      analyse(vocab, sentence).intents.size === 0
    );
  };
  const after = sentences.slice(last + 1);
  // "Hvem leder Teknisk? Mvh Kari": the closing, and whatever follows it, asks nothing either.
  const closing = after.findIndex((sentence) => opensWithSignOff(vocab, sentence));
  if (!after.slice(0, closing >= 0 ? closing : after.length).every(purpose)) return undefined;
  const end = message.indexOf(after[0]!, message.indexOf(sentences[last]!) + sentences[last]!.length);
  return message.slice(0, end).trim();
}

/** True when the sentence opens with the closing of a message ("Mvh Kari", "Best regards, Kari"). */
function opensWithSignOff(vocab: Vocabulary, sentence: string): boolean {
  const ws = wordsOf(sentence);
  return vocab.language.asker.signOffs.some((phrase) => phrase.every((w, k) => ws[k]?.folded === w));
}
