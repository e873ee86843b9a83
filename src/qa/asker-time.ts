/**
 * When the asker needs the answer or has something on, said in a sentence of its own: "Fristen er om to uker.",
 * "Møtet er om tre veker.", "My deadline is tonight.", "We're discussing it at our leadership meeting on Wednesday.",
 * "I'd like to reach out before I leave in March." The sentence is about the asker's calendar, not the project's: the
 * answer is the same without it, and its words (frist, møte, deadline) would make the message one about the
 * project's deadlines and meetings, or about something the page does not hold.
 */
import { type Analysis, analyse } from './analysis';
import { MIN_SCORE } from './decision';
import { wordsOf } from './focus';
import type { Intent } from './language-data';
import { rank } from './ranking';
import { monthsOf } from './time-of-year';
import type { Vocabulary } from './vocabulary';

/**
 * What a sentence of the asker's time may seem to ask, besides what the question asks: a word for a deadline or a time
 * reads as «when», «er om» as «what», and reaching out to someone as «contact»; in a sentence that asks nothing, they
 * say what the asker has on. (A phone number or an e-mail address is something the asker asks for.)
 */
const SAID_OF_TIME: ReadonlySet<Intent> = new Set(['when', 'what', 'contact']);

/**
 * Whether a sentence that asks nothing says the asker's time: it has a word for a time (`asker.times`, a day of the
 * week, a month or a season), names no other place or organisation and nothing of the page by its name, and asks for
 * nothing the question does not (`asked`). Not "Vi skal ha møte med prosjektkontoret på fredag." (the office), nor
 * "Jeg trenger telefonnummeret innen fredag." (a phone number).
 */
export function saysAskersTime(vocab: Vocabulary, sentence: string, asked: Analysis): boolean {
  if (sentence.includes('?')) return false;
  const { asker, weekdays, claims, focus } = vocab.language;
  // ("Fristen er om to uker, og jeg lurer på lønna hennes.": a sentence with a verb of wondering asks after all.)
  const ws = wordsOf(sentence);
  if (ws.some((_, k) => focus.knowing.some((p) => p.every((w, j) => ws[k + j]?.folded === w)))) return false;
  const said = analyse(vocab, sentence);
  const time = (t: string) => asker.times.has(t) || weekdays.has(t) || monthsOf(claims, t) !== undefined;
  if (!said.tokens.some(time) || said.otherNames.length > 0) return false;
  if (![...said.intents].every((i) => SAID_OF_TIME.has(i) || asked.intents.has(i))) return false;
  // ("We're discussing it at our leadership meeting": «it» in an English message is no «IT», see analysis.ts.)
  const written = said.words();
  const filler = (k: number) =>
    asked.lang === 'en' &&
    vocab.language.englishFunctionWords.has(said.tokens[k] ?? '') &&
    written[k] === written[k]?.toLowerCase();
  const known = said.known.filter((_, j) => !filler(said.knownPositions[j]!));
  const candidates = rank(vocab, known, said.intents, said.stems);
  return !candidates.some((c) => c.named && c.score >= MIN_SCORE);
}
