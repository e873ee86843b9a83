import type { GeneralVocabulary } from './general-vocabulary';
import type { KnowledgeBase } from './knowledge-base';
import { fold } from './text';
import type { Vocabulary } from './vocabulary';

/** A word, or words joined by hyphens ("Midt-Norge", "IT-tjenesten"). */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** What a word stands after when it opens a sentence, a heading or a quotation (its capital says nothing). */
const OPENING = /(?:^|[.!?:«"(•–-])\s*$/u;

/**
 * The knowledge base's names as it writes them, by the word in lower case ("bindal": Bindal, "sio": SiO,
 * "it-tjenesten": IT-tjenesten): the words it writes with a capital letter inside a sentence or in a name, and never in
 * lower case (in the texts that have capitals at all). An everyday word of the dictionaries, or a form of one, is
 * left out ("it" is English).
 */
export function nameCasings(kb: KnowledgeBase, everyday: GeneralVocabulary): Map<string, string> {
  const cased = new Map<string, string>();
  const lower = new Set<string>();
  const see = (word: string, opening: boolean) => {
    const key = word.toLowerCase();
    if (word === key) lower.add(key);
    else if (!opening && !cased.has(key)) cased.set(key, word);
  };
  // (A string with no capital letter at all says nothing of how names are written: an id, an e-mail address, a
  // keyword or an alias.)
  for (const text of stringsOf(kb).filter((t) => /\p{Lu}/u.test(t))) {
    const words = [...text.matchAll(WORD)];
    // ("Torunn Austheim", "Helse Midt-Norge RHF": in a name every word has its capital, the first one too.)
    const name = words.every(([word]) => /^\p{Lu}/u.test(word));
    for (const m of words) {
      const opening = !name && OPENING.test(text.slice(Math.max(0, m.index - 3), m.index));
      see(m[0], opening);
      const parts = m[0].split('-');
      if (parts.length > 1) parts.forEach((part, k) => see(part, opening && k === 0));
    }
  }
  for (const key of lower) cased.delete(key);
  for (const key of cased.keys()) if (everyday.has(fold(key))) cased.delete(key);
  for (const [key, phrase] of namePhrases(kb, everyday)) cased.set(key, phrase);
  return cased;
}

/**
 * "Helseplattformen AS": a name of several words inside a sentence, each with its capital, that has an everyday word in it («as»),
 * by the words in lower case with a space between them, when the knowledge base never writes them so in lower case.
 * The everyday word alone keeps no casing of its own; in the name it does.
 */
function namePhrases(kb: KnowledgeBase, everyday: GeneralVocabulary): Map<string, string> {
  const phrases = new Map<string, string>();
  const texts = stringsOf(kb);
  const lowered = texts.join('\n');
  for (const text of texts) {
    for (const m of text.matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+/gu)) {
      // (Inside a sentence: "On August 29 …", "Om Helseplattformen" open one.)
      if (OPENING.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const words = m[0].split(/\s+/u);
      if (!words.some((w) => everyday.has(fold(w)))) continue;
      const key = words.join(' ').toLowerCase();
      if (!lowered.includes(key)) phrases.set(key, words.join(' '));
    }
  }
  return phrases;
}

/** Every string the knowledge base holds, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * "er det riktig at torunn austheim er rådmann i levanger", "hva står sio for", "hvilken journalløsning har
 * sykehuset østfold": a message typed without a single capital letter is read with the capitals it would have had, so
 * that every later step, which takes a capital inside a sentence for a name, reads it as the same message typed with
 * them. The knowledge base's names get its own writing (see nameCasings); a word that is neither the knowledge base's
 * nor an everyday word, but a name of the dictionaries ("østfold", "namsos"), gets a capital letter; and so does the first letter of
 * each sentence. A message with any capital letter is left as written.
 */
export function withNamesCapitalised(vocab: Vocabulary, text: string): string {
  if (/\p{Lu}/u.test(text)) return text;
  let phrased = text;
  for (const [key, phrase] of vocab.nameCasing) {
    if (!key.includes(' ') || !phrased.includes(key)) continue;
    // (An everyday word last in the name is that word when the sentence goes on: "helseplattformen as a new tool".)
    const last = fold(key.slice(key.lastIndexOf(' ') + 1));
    const goesOn = vocab.language.everyday.has(last) ? '(?!\\s+\\p{L})' : '';
    phrased = phrased.replace(new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])${goesOn}`, 'gu'), phrase);
  }
  const named = phrased.replace(WORD, (word) => {
    const whole = vocab.nameCasing.get(word);
    if (whole !== undefined) return whole;
    return word
      .split('-')
      .map((part) => casedPart(vocab, part))
      .join('-');
  });
  // (Not after the dot of a short form: "regionalt fagråd for dig. samhandling" is one sentence.)
  return named.replace(
    /(^\s*|[.!?]\s+)(\p{Ll})/gu,
    (all: string, before: string, letter: string, at: number) =>
      before.startsWith('.') &&
      vocab.language.shortForms.has(fold(/\p{L}+$/u.exec(named.slice(0, at))?.[0] ?? ''))
        ? all
        : before + letter.toUpperCase(),
  );
}

function casedPart(vocab: Vocabulary, word: string): string {
  const known = vocab.nameCasing.get(word);
  if (known !== undefined) return known;
  const folded = fold(word);
  if (vocab.writtenWords.has(folded) || vocab.language.languageWords.has(folded)) return word;
  if (vocab.language.everyday.has(folded) || !vocab.language.everyday.isName(folded)) return word;
  return word[0]!.toUpperCase() + word.slice(1);
}
