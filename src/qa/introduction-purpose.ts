/**
 * What the asker is to do, joined to their introduction by «og» ("Eg jobbar i kommunikasjonsavdelinga i Steinkjer og
 * skal lage ei nyheitssak.", "Jeg er enhetsleder og skal sende en bestilling om opplæringsplan til riktig person."):
 * it goes on introducing the asker. When the sentences after it name what they ask about by a name of the page, it
 * steers nothing; its words (nyheitssak, bestilling, formannskapet) would make the message one about the asker's
 * errand. asker-context.ts reads the whole sentence as the introduction then.
 */
import { analyse } from './analysis';
import { MIN_SCORE } from './decision';
import { askingSentences, sentencesOf, wordsOf } from './focus';
import { rank } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * Whether the text names what it asks about by a name or alias of the page, enough to be answered as it: where its
 * question points back («Kor mange er det?», «kontoret deira», "their offices"), a sentence before the question must name it ("Eg treng å
 * vite kor mange innbyggjarar … Kor mange er det?"); the question's own words may be about what it points back to.
 */
export function namesOwnTopic(vocab: Vocabulary, text: string): boolean {
  const words = vocab.language.focus;
  const sentences = sentencesOf(text);
  const asking = askingSentences(sentences, words);
  // («Kva er adressa til kontoret deira?»: whose office is what the sentence before names, see focus.ts.)
  const pointing = (w: string) =>
    words.backReferences.has(w) || words.owners.has(w) || words.possessives.has(w);
  const back = asking.some((s) => wordsOf(s).some((w) => pointing(w.folded)));
  const named = back ? sentences.filter((s) => !asking.includes(s)).join(' ') : text;
  if (!/\p{L}/u.test(named)) return false;
  const said = analyse(vocab, named);
  return rank(vocab, said.known, said.intents, said.stems).some((c) => c.named && c.score >= MIN_SCORE);
}

/**
 * Whether what follows the introduction in its sentence (`after`) says what the asker is to do: it opens with a word
 * of purpose («skal», «vil», «treng»; not «har», which goes on a question as often), asks nothing, and the message
 * goes on after the sentence (`later`) with sentences that name their own topic. Not "Jeg er rådgiver og skal ringe
 * prosjektkontoret. Hva er nummeret?": the question after it names nothing itself.
 */
export function purposeGoesOn(vocab: Vocabulary, after: string, later: string): boolean {
  const { purposes, purposesGoingOn } = vocab.language.asker;
  const ws = wordsOf(after);
  const first = vocab.language.focus.self.has(ws[0]?.folded ?? '') ? 1 : 0;
  const opener = ws[first]?.folded ?? '';
  if (!purposes.has(opener) || purposesGoingOn.has(opener) || after.includes('?')) return false;
  return /\p{L}/u.test(later) && namesOwnTopic(vocab, later);
}
