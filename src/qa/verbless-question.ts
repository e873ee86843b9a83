import { sentencesOf } from './focus';
import { presentVerb } from './refusals';
import { stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** Words a verbless question may have before its word for being part of something ("bo- og aktivitetstilbud også med?"). */
const NAME_REACH = 6;

/**
 * "helsestasjon part of the local project?", "legevakta med?", "bo- og aktivitetstilbud også med? har brukere derfra",
 * "velferdsteknologi nevnt noe sted?": typed in a hurry, a name with a word for being part of something or for being
 * mentioned after it, and no question word or verb before, asks whether it is, as "Er … med?" does. The sentence that
 * asks is read, not what the asker adds after it. A word for being part of something that is also a preposition
 * («med») is that word only where nothing it governs follows ("med?", "med i løsningen?"): "liste med tjenester?"
 * asks for a list. So is a word for being mentioned at the end of the whole ("gevinstrealisering negative konsekvenser
 * nevnt?").
 */
export function asksWhetherPart(vocab: Vocabulary, text: string): boolean {
  const { questionShape: shape, focus } = vocab.language;
  const words = tokenize(text);
  if (
    !/\?\s*$/.test(text) ||
    words.length < 2 ||
    focus.questionWords.has(words[0]!) ||
    shape.yesNo.has(words[0]!)
  )
    return false;
  if (shape.mentioned.has(words[words.length - 1]!)) return true;
  if (shape.inclusion.some((p) => p.every((w, k) => words[1 + k] === w))) return true;
  const asking = sentencesOf(text).find((s) => s.includes('?'));
  return asking !== undefined && namesThenPart(vocab, tokenize(asking));
}

/** True when the sentence is a name, then a word for being part of something or for being mentioned (see above). */
function namesThenPart(vocab: Vocabulary, words: string[]): boolean {
  const { questionShape: shape, focus } = vocab.language;
  // ("Ka har fagrådet drevi med?", "What number should I use?": a question word or a verb before it asks otherwise.)
  const asks = (w: string) =>
    focus.questionWords.has(w) || focus.yesNo.has(w) || shape.past.has(w) || presentVerb(vocab, w, 'nb');
  let named = false;
  for (let p = 0; p < Math.min(words.length, NAME_REACH + 1); p++) {
    const word = words[p]!;
    const part = shape.inclusion.find((phrase) => phrase.every((w, k) => words[p + k] === w));
    const next = words[p + (part?.length ?? 1)];
    const governs = next !== undefined && !shape.qualifiers.has(next);
    if (named && (shape.mentioned.has(word) || (part && (part.length > 1 || !governs)))) return true;
    if (asks(word)) return false;
    named ||= !vocab.stopwords.has(stem(word));
  }
  return false;
}
