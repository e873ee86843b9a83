/**
 * A message whose later questions ask more of what its first question answers: "Hvilket rådsmedlem leder SiO, og
 * hvilken kommune kommer han fra?", "Hvilket organ skal passe på interessene til kommunene med opsjon, og hvor kommer
 * representantene fra?", "Who heads the project office, and what is her phone number?".
 */
import type { Answer, AnswerItem } from './answer';
import { pick } from './knowledge-base';
import { sameItem } from './items';
import { type PartAnswer, type QuestionPart, namesNothing } from './question-parts';
import { tokenize } from './text';
import { holder } from './named-follow-up';
import type { Vocabulary } from './vocabulary';

/** What the first answer is about, by the name a later question may stand for it with. */
function nameOf(item: AnswerItem, lang: Answer['lang']): string | undefined {
  switch (item.type) {
    case 'person':
      return item.person.name;
    case 'unit':
      return pick(item.unit.name, lang);
    case 'subproject':
      return pick(item.subproject.name, lang);
    case 'body':
      return pick(item.body.name, lang);
    // ("… to ulike tidspunkter, ett for RHF og ett for bystyret, og hva er de i så fall?": what was decided, by its title.)
    case 'decision':
      return pick(item.decision.title, lang);
    default:
      return undefined;
  }
}

/**
 * The answer to a message whose first question is answered and whose later ones each ask only about what it answers
 * (they name nothing of their own: alone, they ask nothing): each later one is asked of the first one's subject by
 * name. Its answer must be about that subject too; its items add to the first one's. A detail the page does not give
 * of the subject ("…, og hva er telefonnummeret hans?" of someone with no phone) is refused as the later question
 * alone would be. Undefined when a part does not fit this, so the whole message is answered as one. A pronoun for a
 * person named before ("she", "hun") asks of the person; without one, a part asks first of what the first question
 * was about, when that is not the person it answers with (a subproject asked who leads).
 */
export function answerFollowUps(
  vocab: Vocabulary,
  whole: Answer,
  parts: QuestionPart[],
  answerPart: (text: string) => PartAnswer,
): Answer | undefined {
  if (parts.length < 2) return undefined;
  const first = answerPart(parts[0]!.text).answer;
  const subject = first.items[0];
  const name = subject && nameOf(subject, first.lang);
  if (first.kind !== 'answer' || subject === undefined || name === undefined) return undefined;
  const topic = first.topicId === undefined ? undefined : holder(vocab, first.topicId, first.lang)?.[0];
  const topicName = topic === name ? undefined : topic;
  const { pronouns, possessives } = vocab.language.focus;
  const items = [...first.items];
  for (const part of parts.slice(1)) {
    // ("…, and which organisation does she lead projects for?": a part that points back to a person answered first asks
    // of that person, whatever it finds alone.)
    const alone = answerPart(part.text);
    // (So it does by a word for whose it is: "…, og hva er telefonnummeret hennes?" is hers, not the office's.)
    const toPerson =
      subject.type === 'person' && tokenize(part.text).some((t) => pronouns.has(t) || possessives.has(t));
    // ("Har prosjektet et eget delprosjekt for opplæring? Hvem leder det?": «det» points back to what the first answers,
    // whatever the part finds alone.)
    // ("Hva er samarbeidsrådet, og hvem er leder?": nor a part that names nothing, whatever a bare «hvem er leder?» finds.)
    const own = !part.refersBack && !namesNothing(alone.words);
    if (!toPerson && own && (alone.answer.kind === 'answer' || alone.asksAlone)) return undefined;
    // ("Hvem leder delprosjektet Opplæring, og hvorfor kalles oppgaven betydelig?": with no word for the person, what
    // it points back to is what the first question was about, the subproject, not its lead, when that answers it.)
    const ofTopic =
      toPerson || topicName === undefined ? undefined : answerPart(`${topicName}: ${part.text}`);
    if (ofTopic?.answer.kind === 'answer' && ofTopic.answer.topicId === first.topicId) {
      for (const item of ofTopic.answer.items) if (!items.some((i) => sameItem(i, item))) items.push(item);
      continue;
    }
    // Said after the name, as one asks of someone named first ("Bjørn Buan: hvilken kommune kommer han fra?"): a
    // pronoun in it then stands for the name (see focus.ts), and a question with none asks of it.
    const { answer } = answerPart(`${name}: ${part.text}`);
    const about =
      answer.topicId === first.topicId ||
      answer.missing?.subject === name ||
      answer.items.some((i) => sameItem(i, subject));
    if (answer.kind === 'fallback')
      return answer.missing !== undefined && about ? { ...answer, question: whole.question } : undefined;
    if (!about) return undefined;
    for (const item of answer.items) if (!items.some((i) => sameItem(i, item))) items.push(item);
  }
  return { ...first, question: whole.question, lang: whole.lang, items };
}

/**
 * Whether the whole message, answered as one, answers it rather than its parts one after another: when both answer and
 * the whole shows something the parts do. "Who represents Hareid on the council, and which organisation does she lead
 * projects for?" is about Evelyn Haram Larsen, whom the parts answer, not the project the whole matches. Not when only
 * the parts answer the yes/no question asked first.
 */
export function wholeAnswers(whole: Answer, followed: Answer | undefined): boolean {
  if (whole.kind !== 'answer' || followed?.kind !== 'answer') return false;
  // ("Har prosjektet eget delprosjekt for opplæring? Hvem leder det?": the whole names the lead, the parts say yes too.)
  if (followed.direct !== undefined && whole.direct === undefined) return false;
  const shown = (item: AnswerItem, answer: Answer) => answer.items.some((i) => sameItem(i, item));
  // ("Kven leiar prosjektkontoret, og kva felles e-postadresse har det?": the parts show all the whole does, its head,
  // and more, the office with its own address.)
  if (whole.items.every((w) => shown(w, followed)) && followed.items.some((f) => !shown(f, whole)))
    return false;
  return followed.items.some((f) => shown(f, whole));
}
