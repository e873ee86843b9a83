import { analyse } from './analysis';
import { MIN_SCORE } from './decision';
import { type Focus, sentencesOf, wordsOf } from './focus';
import { rank } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * "Tannlegen – får de Helseplattformen?": a question after a dash that points back is about what the dash set first.
 * Not when what stands before the dash is the asker's own sentence naming something of the page by a name of its own
 * ("I'm visiting the project office next week – which floor is it on?", "Skal på besøk til prosjektkontoret neste uke
 * – hvilken etasje er det i?"): that dash ends a sentence, as a full stop does, and the question is asked of what the
 * sentence names. ("I'm visiting my dentist next week – which floor is it on?" still sets the dentist first.)
 */
export function topicBeforeDash(vocab: Vocabulary, question: string, focus: Focus): boolean {
  const before = question.slice(0, question.lastIndexOf(focus.text)).trimEnd();
  if (!/\s[–—-]$/u.test(before)) return false;
  const last = sentencesOf(before.slice(0, -1)).pop() ?? '';
  const opener = wordsOf(last)[0]?.folded ?? '';
  const { purposes, selfContractions } = vocab.language.asker;
  const own = vocab.language.focus.self.has(opener) || selfContractions.has(opener) || purposes.has(opener);
  if (!own) return true;
  const said = analyse(vocab, last);
  const named = rank(vocab, said.known, said.intents, said.stems).some(
    (c) => c.named && c.score >= MIN_SCORE,
  );
  return !named || said.otherNames.length > 0;
}
