import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvordan blir været i Midt-Norge i helgen?", "Kva seier vêrmeldinga for Steinkjer?", "Will the weather be good for
 * the meeting in Molde?": the weather the page says nothing of, whatever place or meeting of the page the question
 * names. (Checked on the words as written: «været» is also a form of «være», a stop word.)
 */
export function asksWeather(vocab: Vocabulary, analysis: Analysis): boolean {
  const weather = vocab.language.questionShape.weather;
  return analysis.tokens.some((t) => weather.has(t));
}
