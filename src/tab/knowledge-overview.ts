import { pick, type KnowledgeBase, type Lang, type Person } from '../qa/knowledge-base';
import type { TabDecision, TabOverviewResponse, TabPerson } from './tab-api-types';

/** A knowledge-base person as the tab shows it, in the given language. */
export function toTabPerson(person: Person, lang: Lang): TabPerson {
  return {
    id: person.id,
    name: person.name,
    role: pick(person.role, lang),
    unit: person.unit,
    organisation: person.organisation,
    email: person.email,
    phone: person.phone,
  };
}

/** A decision or milestone as the tab shows it. */
export function toTabDecision(decision: KnowledgeBase['decisions'][number], lang: Lang): TabDecision {
  return {
    id: decision.id,
    title: pick(decision.title, lang),
    text: pick(decision.text, lang),
    date: (lang === 'en' ? decision.dateEn : undefined) ?? decision.date,
    decidedBy: pick(decision.decidedBy, lang),
    status: decision.status,
  };
}

/**
 * Everything the tab's overview, contact list and timeline show, from the same knowledge base the bot answers
 * from: people, subprojects with their leads, councils with their members, decisions in the order of the file.
 */
export function createOverview(kb: KnowledgeBase, keyContacts: Person[], lang: Lang): TabOverviewResponse {
  const people = new Map(kb.people.map((p) => [p.id, p]));
  const person = (id: string | undefined) => {
    const p = id === undefined ? undefined : people.get(id);
    return p ? toTabPerson(p, lang) : undefined;
  };
  return {
    lang,
    source: kb.source,
    projectOfficeEmail: kb.projectOffice.email,
    keyContacts: keyContacts.map((p) => toTabPerson(p, lang)),
    people: kb.people.map((p) => toTabPerson(p, lang)),
    subprojects: kb.subprojects.flatMap((s) => {
      const lead = person(s.lead);
      return lead ? [{ id: s.id, name: pick(s.name, lang), purpose: pick(s.purpose, lang), lead }] : [];
    }),
    bodies: kb.bodies.map((b) => ({
      id: b.id,
      name: pick(b.name, lang),
      description: pick(b.description, lang),
      leader: person(b.leader),
      members: b.members.map((m) => person(m)).filter((m): m is TabPerson => m !== undefined),
    })),
    decisions: kb.decisions.map((d) => toTabDecision(d, lang)),
  };
}
