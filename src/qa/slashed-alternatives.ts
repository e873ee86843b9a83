import { fold, stem } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * "Is there a generic/shared email for the project office?", "Kven er kontaktpersonen/ansvarleg for …": two words joined
 * by a slash offer the same thing in other words; the one the page uses is read, when the other is an everyday word of
 * the language the page does not have (not a name or jargon the bot cannot place: "IT/VPN" keeps «VPN»).
 */
export function withSlashedAlternatives(vocab: Vocabulary, text: string): string {
  const onPage = (w: string) => vocab.vocabulary.has(stem(fold(w)));
  const everyday = (w: string) => !onPage(w) && vocab.language.everyday.hasWordOrCompound(fold(w));
  return text.replace(
    /(?<![\p{L}\d/])(\p{L}{2,})\/(\p{L}{2,})(?![\p{L}\d/])/gu,
    (whole, a: string, b: string) => {
      if (onPage(b) && everyday(a)) return b;
      if (onPage(a) && everyday(b)) return a;
      return whole;
    },
  );
}
