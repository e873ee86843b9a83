import type { Answer } from './answer';
import { type Decision, type Question, countAsked } from './decision';
import type { Person } from './knowledge-base';
import { negatedBefore } from './negation';
import { fold, terms } from './text';
import { roleTerms } from './refusals';
import { leadOf } from './items';
import { whichLength } from './which-by-sentence';

/**
 * "Hvem fra Rådmannens fagstab er med i prosjektet?", "Which people in the implementation project come from Rådmannens
 * fagstab?", "Which three project leaders come from Rådmannens fagstab?", "Kor mange av leiarane i innføringsprosjektet kjem frå Rådmannens fagstab?": the people of a unit the
 * question names by all its words are the answer (and their number, asked how many, when the page names more than
 * one from it). Not when the question names one of them, nor when it asks who leads the unit itself («Hvem leder
 * Rådmannens fagstab?»), which the page does not say.
 */
export function answerUnitPeople(d: Decision): Answer | undefined {
  return unitPeople(d, d.top.entry.id);
}

/**
 * "Which of the people named on the page come from Rådmannens fagstab?", "Kven av dei som står på sida kjem frå
 * Rådmannens fagstab?": asked with no topic chosen (each of the unit's people matches alike), the unit's people are the
 * answer all the same, when nothing the page does not know is asked besides.
 */
export function answerUnitPeopleAlone(q: Question): Answer | undefined {
  const first = q.candidates[0];
  if (!first || q.analysis.unknown.length > 0) return undefined;
  return unitPeople(q, first.entry.id);
}

/** The people of a unit the question names (see answerUnitPeople). */
function unitPeople(q: Question, topicId: string): Answer | undefined {
  const { vocab, analysis, question } = q;
  const people = vocab.language.questionShape.people;
  const count = countAsked(analysis);
  // "Which three project leaders come from Rådmannens fagstab?": which of the people, by a word for what they are.
  // ("Kva for tre frå Rådmannens fagstab …": a which of two words too.)
  const which = whichLength(vocab, analysis.tokens) !== undefined;
  const asksPeople =
    analysis.intents.has('who') || count || which || analysis.tokens.some((t) => people.has(t));
  if (!asksPeople || analysis.known.some((t) => vocab.personNameStems.has(t))) return undefined;
  // ("Is the person leading the integrations workstream from the HR department?" asks whether of the lead.)
  if (analysis.yesNo && analysis.intents.has('lead')) return undefined;
  const known = new Set(analysis.known);
  const byUnit = new Map<string, Person[]>();
  for (const person of vocab.people.values()) {
    const unit = person.unit ? terms(person.unit) : [];
    if (unit.length > 0 && unit.every((t) => known.has(t)))
      byUnit.set(person.unit!, [...(byUnit.get(person.unit!) ?? []), person]);
  }
  const found = [...byUnit];
  // (One person of a unit is answered too, "Who on the team comes from the IT service (IT-tjenesten)?"; counted, one
  // is not how many the unit has: "Kor mange tilsette har IT-tenesta?")
  // "Which two sub-project leaders come from IT-tjenesten and from Personaltjenesten?": the people of each unit named,
  // all together (counted, two units are two answers, which one count is not).
  if (found.length === 0 || (count && (found.length > 1 || found[0]![1].length < 2))) return undefined;
  const unit = found[0]![0];
  const members = found.flatMap(([, people]) => people);
  const first = Math.min(
    ...found.flatMap(([u]) => terms(u)).map((t) => analysis.positions.get(t) ?? Infinity),
  );
  if (analysis.leadEnd >= 0 && first >= analysis.leadEnd && first - analysis.leadEnd <= 1) return undefined;
  // "Kven frå Rådmannens fagstab leiar noko i prosjektet?": the unit's people who lead something are those the page
  // names, each with a role; not when the question names what is led ("… leder delprosjektet Opplæring?").
  // (Nor the place all of them work at: "… has a leading role in the Trondheim project?")
  const workAt = (t: string) => members.every((p) => terms(p.organisation ?? '').includes(t));
  const led = analysis.known.filter(
    (t, j) => analysis.knownPositions[j]! >= analysis.leadEnd && !vocab.projectTerms.has(t) && !workAt(t),
  );
  const leading = analysis.leadEnd >= 0 && first < analysis.leadEnd;
  if (leading && led.length > 0) return undefined;
  // (Of them, those whose role is to lead something: a role word that ends in a word for leading, «prosjektleder».)
  const leads = vocab.language.intentPhrases
    .filter((p) => p.intent === 'lead' && p.words.length === 1)
    .map((p) => p.words[0]!);
  const leadsSomething = (person: Person) =>
    terms(person.role?.nb ?? '').some((t) => leads.some((l) => t.endsWith(l)));
  // "Hvilke delprosjektledere kommer fra Rådmannens fagstab?", "Which subproject leads …": of them, those whose role
  // the word before the word for leading names (not the project lead), when it picks any.
  const kind = analysis.known.filter(
    (t, j) =>
      analysis.knownPositions[j] === analysis.leadEnd - 2 &&
      first > analysis.leadEnd &&
      !vocab.projectTerms.has(t),
  );
  const ofKind = members.filter((p) => kind.every((t) => roleNames(p, t)));
  const named = kind.length > 0 && ofKind.length > 0 ? ofKind : members;
  // "Hvem fra Rådmannens fagstab leder prosjektet?": the project right after the word for leading, with no preposition
  // between («leder noe i prosjektet»), is what is led: of them, the one who leads the project.
  const chosen = leading ? named.filter(leadsProject(q) ?? leadsSomething) : named;
  if (chosen.length === 0 || (count && chosen.length < 2)) return undefined;
  // "Hvilke delprosjekter ledes ikke av Rådmannens fagstab?": those not from the unit are for refuseNegatedList.
  if (negatedBefore(vocab, analysis.tokens, first)) return undefined;
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId,
    items: chosen.map((person) => ({ type: 'person', person })),
    direct: count ? { type: 'count', count: chosen.length, subject: unit } : undefined,
  };
}

/** The least length of a word whose compounds a role is named by ("delprosjekt" of «Delprosjektleder»). */
const MIN_ROLE_HEAD = 4;

/** True when the person's role has the term, as a word or as the first part of one ("delprosjekt"). */
function roleNames(person: Person, term: string): boolean {
  const words = fold(Object.values(person.role ?? {}).join(' ')).split(/[^\p{L}]+/u);
  return (
    roleTerms(person).has(term) || (term.length >= MIN_ROLE_HEAD && words.some((w) => w.startsWith(term)))
  );
}

/** Who leads the project, when the question asks who leads the project itself (see unitPeople); undefined otherwise. */
function leadsProject(q: Question): ((person: Person) => boolean) | undefined {
  const { vocab, analysis } = q;
  const j = analysis.known.findIndex(
    (t, k) => analysis.knownPositions[k]! >= analysis.leadEnd && vocab.projectTerms.has(t),
  );
  const at = analysis.knownPositions[j] ?? -1;
  const between = analysis.tokens.slice(analysis.leadEnd, at);
  if (at < 0 || between.some((t) => vocab.language.asker.prepositions.has(t))) return undefined;
  const leads = new Set(
    vocab.kb.projectOffice.contactFor.map((id) => vocab.entries.get(id)).map((e) => e && leadOf(vocab, e)),
  );
  return (person) => leads.has(person.id);
}
