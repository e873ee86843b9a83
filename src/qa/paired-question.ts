/**
 * One question asked of two things at once: "Kan du gi meg e-postadressene til både prosjektlederen og lederen for
 * prosjektkontoret?", "Hva er forskjellen på den som leder hele prosjektet og den som leder prosjektkontoret?", "What
 * is the difference between the units that the training sub-project leader and the technical sub-project leader come
 * from?". Each is asked alone, and the answers are put together as for a message of several questions.
 */
import { type FocusWords, wordsOf } from './focus';

/**
 * The two questions in one that names two things after a word that pairs them («både», «forskjellen på», "difference
 * between") and joins them by «og»/"and": the words before the pairing word asked of the first thing, and of the
 * second thing with all that follows it ("… til prosjektlederen", "… til lederen for prosjektkontoret?"). Undefined
 * when the message pairs nothing.
 */
export function pairedQuestions(message: string, words: FocusWords): [string, string] | undefined {
  const ws = wordsOf(message);
  for (let i = 0; i < ws.length; i++) {
    const phrase = words.pairs.find((p) => p.every((w, k) => ws[i + k]?.folded === w));
    if (phrase === undefined) continue;
    const after = i + phrase.length;
    // (Something must stand between: "både og" pairs nothing.)
    const join = ws.findIndex((w, k) => k > after && words.joins.has(w.folded));
    if (join < 0 || join + 1 >= ws.length) return undefined;
    const before = message.slice(0, ws[i]!.start);
    const first = `${before}${message.slice(ws[after]!.start, ws[join]!.start)}`;
    const second = `${before}${message.slice(ws[join + 1]!.start)}`;
    return [tidy(first), tidy(second)];
  }
  return undefined;
}

/** One question of the two, without the doubled spaces and trailing commas the cut leaves. */
function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[\s,;–—-]+$/u, '')
    .trim();
}
