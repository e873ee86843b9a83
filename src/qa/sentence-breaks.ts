import { fold, stem, tokenize } from './text';
import type { LanguageData } from './language-data';
import type { Vocabulary } from './vocabulary';

/** So many words at least of the sentence stand before a common word that opens the next (see opensClause). */
const CLAUSE_AFTER = 4;

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
    // (Only after a question of its own, four words at least: "who leads Direktoratet for e-helse" goes on.)
    const own = words.slice(k - CLAUSE_AFTER, k - 1).every((w) => !/[.!?:]$/u.test(w[0]));
    if (
      k >= CLAUSE_AFTER &&
      own &&
      opensClause(
        vocab,
        words.slice(k - 1, k + 3).map((w) => w[0]),
      )
    )
      breaks.push(k);
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
    if (!asksOrRequests(vocab, sentence)) continue;
    out += message.slice(from, end) + '?';
    from = end;
    start = at;
  }
  // ("… journalsystem Hva er gevinstene for kommunene": the last sentence, when it asks and ends unmarked, too.)
  const tail = message.slice(from);
  const last =
    message
      .slice(start)
      .split(/[.!?:]\s/u)
      .at(-1) ?? '';
  // (A question word or a request, not a verb: "… når ungen er syk Jobber i hjemmetjenesten" says who asks.)
  const opener = vocab.language.focus.questionWords.has(tokenize(last)[0] ?? '') || requests(vocab, last);
  const unmarked = from > 0 && /[\p{L}\p{N}]$/u.test(tail) && opener;
  return out + tail + (unmarked ? '?' : '');
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

/**
 * "… medlemmene i samarbeidsrådet Trenger det til et saksframlegg", "… their offices I have a meeting there": any
 * common word of the dictionaries written with a capital (not a name of theirs or of the knowledge base), or a
 * lone «I» not after a verb that opens a question ("Who should I contact") nor before a modal, opens a sentence when two more words of
 * the same run follow it: a capital on the last word or two ("Hva skjer med Legevakten") is emphasis, not a break.
 * `run` is the word before, the word and the two after it, as written.
 */
function opensClause(vocab: Vocabulary, run: string[]): boolean {
  const [before, word, ...after] = run as [string, string, ...string[]];
  if (after.length < 2 || !after.slice(0, 1).every((w) => /[\p{L}\p{N}]$/u.test(w))) return false;
  // (Nor after a small word, a capital or a genitive: "Who should I contact", "so I can", "the Premier League", "Kari
  // Nordmann", "the municipality's Teams".)
  if (vocab.stopwords.has(fold(before)) || /^\p{Lu}|['’]s$/u.test(before)) return false;
  // (Nor "an email I can use": a modal after it goes on the noun before it.)
  const modal = vocab.language.asker.selfModals.has(fold(after[0]!));
  if (word === 'I') return !opensAsking(vocab.language, fold(before)) && /^\p{Ll}/u.test(after[0]!) && !modal;
  const plain = word.replace(/[^\p{L}]+$/u, '');
  if (plain !== word || !/^\p{Lu}\p{Ll}{2,}$/u.test(plain)) return false;
  const folded = fold(plain);
  const { everyday } = vocab.language;
  if (!everyday.has(folded) || everyday.isName(folded)) return false;
  // (Nor a word the knowledge base names things by, however written: «Samarbeidsrådet», «Direktoratet».)
  if (vocab.strongVocabulary.has(stem(folded))) return false;
  if (vocab.language.asker.places.some((p) => p[0] === folded)) return false;
  return (
    !vocab.nameCasing.has(plain.toLowerCase()) &&
    !vocab.nameWords.has(folded) &&
    !vocab.nameWords.has(stem(folded))
  );
}

/** Whether a sentence opens by asking or by a request ("Kan du liste opp …"). */
function asksOrRequests(vocab: Vocabulary, sentence: string): boolean {
  return requests(vocab, sentence) || asks(vocab, sentence);
}

/** Whether a sentence opens by a request ("Kan du liste opp …", "Could you"). */
function requests(vocab: Vocabulary, sentence: string): boolean {
  const words = tokenize(sentence);
  return vocab.language.focus.requests.some((p) => p.every((w, j) => words[j] === w));
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
