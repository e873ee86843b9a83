/**
 * "Hvem kan jeg kontakte om informasjon om prosjektet som skal ut til foreldre og elever?", "Who do I talk to about news
 * for residents?": whom information or news goes out to says nothing of what it is about; left in, the everyday words
 * for them (foreldre, elever) would make the message one about something the page does not hold.
 */
import { wordsOf } from './focus';
import { withoutSpans } from './lead-sentences';
import type { Vocabulary } from './vocabulary';

/** So many words may stand between what is told and whom it goes to ("informasjon om prosjektet som skal ut til …"). */
const TELLING_REACH = 6;

/**
 * The message without the groups of people (with their preposition) that something told or sent out goes to, when a
 * word for such a thing stands a few words before them in the same sentence.
 */
export function withoutAudience(vocab: Vocabulary, message: string): string {
  const { tellings, audiences, audienceTo } = vocab.language.asker;
  const joins = vocab.language.focus.joins;
  const alternatives = vocab.language.focus.alternatives;
  const ws = wordsOf(message);
  const cuts: [number, number][] = [];
  for (let k = 1; k < ws.length; k++) {
    if (!audiences.has(ws[k]!.folded) || !audienceTo.has(ws[k - 1]!.folded)) continue;
    let last = k;
    while (
      (joins.has(ws[last + 1]?.folded ?? '') || alternatives.has(ws[last + 1]?.folded ?? '')) &&
      audiences.has(ws[last + 2]?.folded ?? '')
    )
      last += 2;
    const before = ws.slice(Math.max(0, k - 1 - TELLING_REACH), k - 1);
    const start = ws[k - 1]!.start;
    const apart = (w: (typeof ws)[number]) => /[.!?]/u.test(message.slice(w.end, start));
    if (!before.some((w) => tellings.has(w.folded) && !apart(w))) continue;
    cuts.push([start, ws[last]!.end]);
    k = last;
  }
  return withoutSpans(message, cuts);
}
