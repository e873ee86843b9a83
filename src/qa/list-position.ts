/**
 * "Hvem står sist på medlemslista i Samarbeidsrådet?", "Hvilket team nevnes sist i lista over tjenester …?", "Who is
 * listed first among the members of the council?": the first or the last item of a list the page gives, in the page's
 * order (the knowledge base keeps it).
 */
import type { Answer, AnswerItem } from './answer';
import type { Decision } from './decision';
import { answerWith } from './items';
import { listName, listOf } from './lists';
import type { Lang } from './knowledge-base';

/**
 * The first or the last item of the list of the topic (or of a list the question names), when the question asks who
 * or which, says first or last, and says it of a list or of what stands or is named in one (not "Hvem var den første
 * lederen?" nor "Hvem ble med sist?", which the page does not say). Not a yes/no question ("Står Vigdis Bolås sist?").
 */
export function answerListPosition(d: Decision): Answer | undefined {
  const { vocab, analysis, question, candidates, top } = d;
  const words = vocab.language.listPositions;
  const tokens = analysis.tokens;
  const first = tokens.some((t) => words.first.has(t));
  const last = tokens.some((t) => words.last.has(t));
  if (first === last || !tokens.some((t) => words.listing.has(t)) || analysis.yesNo) return undefined;
  const asks =
    analysis.intents.has('who') || analysis.intents.has('list') || analysis.askedNoun !== undefined;
  const other = ['lead', 'when', 'count', 'amount', 'where', 'phone', 'email'] as const;
  if (!asks || other.some((i) => analysis.intents.has(i))) return undefined;
  const listed = [top, ...candidates].find(
    (c) => (c === top || c.named) && listOf(vocab, c.entry) !== undefined,
  );
  if (listed === undefined) return undefined;
  const list = listOf(vocab, listed.entry)!;
  const lang: Lang = analysis.lang;
  const index = last ? list.nb.length - 1 : 0;
  const subject = listName(vocab, listed.entry, lang);
  const body = listed.entry.type === 'body' ? vocab.bodies.get(listed.entry.id) : undefined;
  // A member of a council is answered with the person; any other item with its list.
  const person = body && vocab.people.get(body.members[index]!);
  const item = person?.name ?? list[lang]?.[index] ?? list.nb[index]!;
  const direct = { type: 'position', item, subject, last } as const;
  if (!person) return answerWith(vocab, d.fallback, listed.entry, direct);
  const items: AnswerItem[] = [{ type: 'person', person, context: body.id }];
  return { kind: 'answer', lang, question, topicId: listed.entry.id, items, direct };
}
