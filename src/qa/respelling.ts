import { perVocabulary } from './per-vocabulary';
import { dialectPlural } from './question-text';
import { correctTypo } from './spelling';
import { fold, stem } from './text';
import type { Vocabulary } from './vocabulary';

/** Words shorter than this are left as written: a swap in a short word makes another word too often. */
const MIN_LETTERS = 5;
/** The same for a word read as an everyday word the bot does not know: it must be longer still. */
const MIN_EVERYDAY_LETTERS = 8;
/** A compound with a slip must be longer still: a swap in a shorter word makes some compound too often ("reviweed"). */
const MIN_COMPOUND_LETTERS = 12;
/** Shorter still, down to this, when only one swap makes an everyday word. */
const MIN_SHORT_EVERYDAY_LETTERS = 7;

/**
 * "Which municiaplity is Karl Audun Fagerli from?", "Er leiaren for samarbedisrådet frå Kristiansund?": a word that is
 * no word at all (not of the knowledge base, the language data or the everyday dictionaries, nor a form of one) but
 * becomes a word of the knowledge base or the language data with two neighbouring letters swapped, the commonest slip
 * of fast typing, is read as that word, so every later step sees it as meant. The first letter stays in place. A name
 * the bot does not know stays as written: no swap makes it one of the bot's words ("Stavanger").
 */
export function withRespelledWords(vocab: Vocabulary, text: string): string {
  return text.replace(/\p{L}+/gu, (word) => respelled(vocab, word) ?? word);
}

function respelled(vocab: Vocabulary, word: string): string | undefined {
  const folded = fold(word);
  if (word.length < MIN_LETTERS || isWord(vocab, folded)) return undefined;
  const asWritten = swapsOf(word).find((swapped) => isWordAsWritten(vocab, fold(swapped), folded));
  if (asWritten !== undefined) return asWritten;
  // ("delprosjetklederne", "epotsen": a form of a word of the knowledge base the closest-word search does not reach
  // through its ending, when it is the only swap that makes a word at all.)
  const words = swapsOf(word).filter((swapped) => isWord(vocab, fold(swapped)));
  if (words.length === 1 && vocab.vocabulary.has(stem(fold(words[0]!)))) return words[0];
  // "Hvor mange ferieadger har ansatte?": a slip in a long everyday word the bot does not know, and near no word of its
  // own, is that everyday word, which the bot then knows it does not know (not a word to pass over). Not in a name
  // ("Vestnes") nor in a shorter word, where a swap makes another word too often ("boende", "bonede").
  // (Nor a plural as the dialects say it, which the question's text reads: «lederan» is «lederne», not «lederna».)
  if (word.length < MIN_SHORT_EVERYDAY_LETTERS || /^\p{Lu}/u.test(word) || dialectPlural(vocab, word))
    return undefined;
  if (vocab.language.everyday.hasWordOrCompound(folded) || correctTypo(vocab, folded) !== undefined)
    return undefined;
  const everyday = swapsOf(word).filter((swapped) => vocab.language.everyday.has(fold(swapped)));
  // ("prosjekltokala", "opplærignsbiten": a slip in a compound is the compound of words one swap makes, when only one
  // does.)
  const compounds = swapsOf(word).filter((swapped) =>
    vocab.language.everyday.hasWordOrCompound(fold(swapped)),
  );
  if (everyday.length === 0 && compounds.length === 1 && word.length >= MIN_COMPOUND_LETTERS)
    return compounds[0];
  // ("Where is the staff caneten?", "Hvem leder kanitna?": in a shorter word, when only one swap makes a word.)
  return word.length >= MIN_EVERYDAY_LETTERS || everyday.length === 1 ? everyday[0] : undefined;
}

/** The word with each two neighbouring letters after the first swapped, in order. */
function swapsOf(word: string): string[] {
  return Array.from({ length: Math.max(0, word.length - 2) }, (_, k) => {
    const i = k + 1;
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  });
}

/**
 * The words of the language data's lists of what questions ask (as written, folded): "Korleis blir vêret i helga?" is
 * the weather, no slip for «verte».
 */
const SHAPE_WORDS = perVocabulary(
  (vocab: Vocabulary) =>
    new Set(
      Object.values(vocab.language.questionShape).flatMap((words) =>
        words instanceof Set ? [...(words as Set<unknown>)].filter((w) => typeof w === 'string') : [],
      ),
    ),
);

/** A word of the knowledge base, the language data or the dictionaries, or a form of one. */
function isWord(vocab: Vocabulary, folded: string): boolean {
  return (
    vocab.writtenWords.has(folded) ||
    SHAPE_WORDS(vocab).has(folded) ||
    vocab.vocabulary.has(stem(folded)) ||
    vocab.language.languageWords.has(folded) ||
    vocab.language.everyday.has(folded)
  );
}

/**
 * A word as the knowledge base or the language data writes it, or another form of the word of the knowledge base the
 * misspelling is closest to ("fastlgeene" is "fastlegene", but "hjemmetenesta" no "hjemmetenseta").
 */
function isWordAsWritten(vocab: Vocabulary, folded: string, misspelt: string): boolean {
  if (vocab.writtenWords.has(folded) || vocab.language.languageWords.has(folded)) return true;
  const term = stem(folded);
  return vocab.vocabulary.has(term) && correctTypo(vocab, misspelt)?.term === term;
}
