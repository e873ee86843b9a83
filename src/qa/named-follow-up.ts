/**
 * A message whose later questions ask of the body or project its first question names, not of whom that one answers:
 * "Who heads the council, and who is the kommuneoverlege on it?", "Hvem leder rådet, og hvem er kommuneoverlegen i
 * det?", "Kven leiar prosjektet, og kven er kommunikasjonsansvarleg der?". (Asked of the one answered, see
 * follow-up.ts: "…, og hvilken kommune kommer han fra?")
 */
import type { Answer } from './answer';
import type { PartAnswer, QuestionPart } from './question-parts';
import { pick } from './knowledge-base';
import { sameItem } from './items';
import { keyContacts } from './lists';
import type { Vocabulary } from './vocabulary';

/** The name of a body, unit or subproject, and the people it holds (its lead, its members, a project's contacts). */
export function holder(
  vocab: Vocabulary,
  id: string,
  lang: Answer['lang'],
): [string, Set<string>] | undefined {
  const body = vocab.bodies.get(id);
  if (body) return [pick(body.name, lang), new Set([...(body.members ?? []), body.leader ?? ''])];
  const unit = vocab.units.get(id);
  if (unit) {
    const people = vocab.isProject(id) ? keyContacts(vocab).map((p) => p.id) : [];
    return [pick(unit.name, lang), new Set([...people, unit.lead ?? ''])];
  }
  const part = vocab.subprojects.get(id);
  return part && [pick(part.name, lang), new Set([part.lead])];
}

/**
 * The answer to a message whose first question is answered about a body, unit or subproject, and whose later ones
 * each point back ("on it", "i det") and, asked of it by name, are answered with people it holds: the answers of all,
 * in one card. Undefined when a part does not fit this; the message is then answered as before.
 */
export function answerFollowUpsOfNamed(
  vocab: Vocabulary,
  whole: Answer,
  parts: QuestionPart[],
  answerPart: (text: string) => PartAnswer,
): Answer | undefined {
  if (whole.kind === 'answer' || parts.length < 2) return undefined;
  const first = answerPart(parts[0]!.text).answer;
  if (first.kind !== 'answer' || first.topicId === undefined) return undefined;
  const held = holder(vocab, first.topicId, first.lang);
  if (held === undefined) return undefined;
  const [name, people] = held;
  const items = [...first.items];
  for (const part of parts.slice(1)) {
    if (!part.refersBack) return undefined;
    const { answer } = answerPart(`${name}: ${part.text}`);
    if (answer.kind !== 'answer' || answer.items.length === 0) return undefined;
    if (!answer.items.every((i) => i.type === 'person' && people.has(i.person.id))) return undefined;
    for (const item of answer.items) if (!items.some((i) => sameItem(i, item))) items.push(item);
  }
  return { ...first, question: whole.question, lang: whole.lang, items };
}
