import type { Answer } from './answer';
import type { Decision } from './decision';
import { listOf } from './lists';
import { quotedTerms } from './question-text';
import { terms } from './text';

/**
 * "Which benefit category is "kortere ventelister" listed under?", "Which heading is 'shorter waiting lists' under?":
 * a benefit quoted as an item of the benefits that no item of theirs has (most of its words in one item) is not on the
 * page, under any heading. ("'fewer unnecessary hospital admissions'" is Economy's «Færre unødvendige innleggelser».)
 */
export function refuseUnlistedQuote(d: Decision): Answer | undefined {
  const { vocab, question, top, fallback } = d;
  if (top.entry.type !== 'gains' && top.entry.type !== 'gainCategory') return undefined;
  // ("… 'faller bort' – under hvilken gevinstkategori …?": a quote of one word as meant, «forsvinner», names no benefit.)
  const quoted = [...quotedTerms(question, vocab)].filter((t) => t.length > 2);
  if (quoted.length < 2) return undefined;
  const items = vocab.kb.gains.categories.flatMap((c) => {
    const list = listOf(vocab, vocab.entries.get(c.id)!);
    return list ? [list.nb, list.nn ?? [], list.en ?? []].flat() : [];
  });
  const holds = (item: string) => {
    const words = new Set(terms(vocab.writeOut(item)));
    return 2 * quoted.filter((t) => words.has(t)).length > quoted.length;
  };
  return items.some(holds) ? undefined : fallback;
}
