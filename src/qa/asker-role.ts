/**
 * The asker's own role, said in the introduction: "Jeg er kommuneoverlege på Sunnmøre. Hvem ivaretar interessene til
 * oss små kommuner?". The rest needs the introduction for «oss», but the role there names someone of the page by
 * what they are (Verdal's kommuneoverlege), who is not what the rest asks about.
 */
import { analyse } from './analysis';
import type { Answer } from './answer';
import { introductionOf } from './asker-context';
import { MIN_SCORE } from './decision';
import { rank } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * Whether the answer to the message is a person only the introduction finds, by a word for what they are (not by
 * their name: "Jeg jobber med Tone Fagerholt. Hva er nummeret hennes?" asks about her), where the rest after it
 * (`rest`) does not.
 */
export function answersAskersRole(vocab: Vocabulary, message: string, rest: string, answer: Answer): boolean {
  // (Or the one person it shows of its topic: "… Hvilket organ skal passe på oss?" got the council's kommuneoverlege.)
  const [only, ...more] = answer.items;
  const shown = only?.type === 'person' && more.length === 0 ? only.person.id : answer.topicId;
  const person = vocab.entries.get(shown ?? '');
  if (answer.kind !== 'answer' || person?.type !== 'person') return false;
  const found = introductionOf(vocab, message);
  if (found === undefined) return false;
  const intro = analyse(vocab, found.intro);
  const byRole = rank(vocab, intro.known, intro.intents, intro.stems).some(
    (c) => c.entry.id === person.id && c.named && c.properTerms.size === 0,
  );
  if (!byRole) return false;
  const asked = analyse(vocab, rest);
  const ranked = rank(vocab, asked.known, asked.intents, asked.stems);
  return !ranked.some((c) => c.entry.id === person.id && c.score >= MIN_SCORE);
}
