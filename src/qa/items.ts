import type { Answer, AnswerItem, Direct, Missing } from './answer';
import type { Entry } from './entries';
import type { Intent } from './language-data';
import type { Lang, Localized, Person } from './knowledge-base';
import { terms } from './text';
import { keyContacts } from './lists';
import type { Vocabulary } from './vocabulary';

/** Turns the chosen entry and the question's intents into answer items. */
export function itemsFor(
  vocab: Vocabulary,
  entry: Entry,
  intents: Set<Intent>,
): { items: AnswerItem[]; missing?: Answer['missing'] } {
  const kb = vocab.kb;
  const person = (id: string | undefined) => (id ? vocab.people.get(id) : undefined);
  const wantsPerson =
    intents.has('lead') || ((intents.has('who') || intents.has('contact')) && !intents.has('what'));
  const focus = intents.has('phone') ? 'phone' : intents.has('email') ? 'email' : undefined;
  switch (entry.type) {
    case 'person': {
      const p = person(entry.id)!;
      if (focus === 'phone' && !p.phone)
        return { items: [{ type: 'person', person: p }], missing: { attribute: 'phone', subject: p.name } };
      if (focus === 'email' && !p.email)
        return { items: [{ type: 'person', person: p }], missing: { attribute: 'email', subject: p.name } };
      // "Hvilken avdeling kommer Elise B. Vesterhus fra?": the unit of someone the page names none for. (Not the unit
      // their role says they lead: "Kva eining leiar Bjørn Buan?", «Leiar SiO i Orkland kommune».)
      if (intents.has('unit') && !p.unit && !(intents.has('lead') && roleOpensWithLead(vocab, p)))
        return { items: [{ type: 'person', person: p }], missing: { attribute: 'unit', subject: p.name } };
      // "How do I get in touch with Arne Ingebrigtsen?": how to reach someone the page gives no phone or e-mail for.
      if (intents.has('contact') && !p.phone && !p.email)
        return {
          items: [{ type: 'person', person: p }],
          missing: { attribute: 'contact', subject: p.name },
        };
      return { items: [{ type: 'person', person: p, focus }] };
    }
    case 'subproject': {
      const s = vocab.subprojects.get(entry.id)!;
      const lead = person(leadOf(vocab, entry))!;
      // ("What is the phone number of the person leading the training sub-project?": asked what, a detail asked is the
      // lead's, as of a unit's lead; a subproject has no number of its own.)
      // ("Which unit does the training lead come from?": so is the unit asked of its lead.)
      if (focus || (wantsPerson && (!intents.has('what') || intents.has('unit')))) {
        if (focus && !lead[focus])
          return {
            items: [{ type: 'subproject', subproject: s, lead }],
            missing: { attribute: focus, subject: lead.name },
          };
        return { items: [{ type: 'person', person: lead, context: s.id, focus }] };
      }
      return { items: [{ type: 'subproject', subproject: s, lead }] };
    }
    case 'unit': {
      const u = vocab.units.get(entry.id)!;
      const lead = person(leadOf(vocab, entry));
      const location = u.location === undefined ? undefined : vocab.locations.get(u.location);
      if (intents.has('where') && location && !wantsPerson && !focus)
        return { items: [{ type: 'location', location }] };
      if (lead && (intents.has('lead') || (intents.has('who') && !focus && !intents.has('contact')))) {
        // "Hva er telefonnummeret til lederen for prosjektkontoret?": the lead's own detail, as of a subproject's lead.
        if (focus && !lead[focus])
          return {
            items: [{ type: 'person', person: lead, context: u.id }],
            missing: { attribute: focus, subject: lead.name },
          };
        return { items: [{ type: 'person', person: lead, context: u.id, focus }] };
      }
      if (focus === 'email' && !u.email && lead?.email)
        return { items: [{ type: 'person', person: lead, context: u.id, focus }] };
      // "Who's the contact for the project office – name, phone and email?": who to reach there, and how, is its lead
      // beside the unit's own ways in.
      const unit: AnswerItem = { type: 'unit', unit: u, lead, location, focus };
      if (lead && focus && intents.has('who'))
        return { items: [unit, { type: 'person', person: lead, context: u.id, focus }] };
      return { items: [unit] };
    }
    case 'location':
      return { items: [{ type: 'location', location: vocab.locations.get(entry.id)! }] };
    case 'body': {
      const b = vocab.bodies.get(entry.id)!;
      const leader = person(leadOf(vocab, entry));
      const members = b.members.map((m) => person(m)!).filter(Boolean);
      if (intents.has('lead') && !intents.has('list')) {
        if (!leader)
          return {
            items: [{ type: 'body', body: b, members }],
            missing: { attribute: 'lead', subject: b.name.nb },
          };
        if (focus && !leader[focus])
          return {
            items: [{ type: 'person', person: leader, context: b.id }],
            missing: { attribute: focus, subject: leader.name },
          };
        return { items: [{ type: 'person', person: leader, context: b.id }] };
      }
      // "Kva er e-postadressa til samarbeidsrådet?": the page gives a body no e-mail or phone of its own.
      if (focus)
        return {
          items: [{ type: 'body', body: b, leader, members }],
          missing: { attribute: focus, subject: b.name.nb },
        };
      return { items: [{ type: 'body', body: b, leader, members }] };
    }
    case 'decision': {
      const d = vocab.decisions.get(entry.id)!;
      if (intents.has('when') && !d.date)
        return {
          items: [{ type: 'decision', decision: d }],
          missing: { attribute: 'date', subject: d.title.nb },
        };
      return { items: [{ type: 'decision', decision: d }] };
    }
    case 'fact':
      if (intents.has('when') && !entry.dated) return { items: [] };
      return { items: [{ type: 'fact', fact: vocab.facts.get(entry.id)! }] };
    case 'gains':
      return { items: [{ type: 'gains', title: kb.gains.title, categories: kb.gains.categories }] };
    case 'gainCategory':
      return {
        items: [
          {
            type: 'gains',
            title: kb.gains.title,
            categories: kb.gains.categories.filter((c) => c.id === entry.id),
          },
        ],
      };
    case 'subprojects': {
      const subprojects = kb.subprojects.map((s) => ({ subproject: s, lead: person(s.lead)! }));
      // "Hvilke enheter kommer delprosjektlederne fra?": where each lead works, which each lead's own card says.
      if (intents.has('unit') && intents.has('lead'))
        return {
          items: subprojects.map(({ subproject, lead }) => ({
            type: 'person',
            person: lead,
            context: subproject.id,
          })),
        };
      return { items: [{ type: 'subprojectList', subprojects }] };
    }
    case 'contacts':
      return {
        items: [{ type: 'contactList', people: keyContacts(vocab), officeEmail: kb.projectOffice.email }],
      };
    case 'decisions':
      return { items: [{ type: 'decisionList', decisions: kb.decisions }] };
  }
}

/**
 * A body, unit or subproject the entry is: its name and the id of the person who leads it (a body's leader, a unit's or
 * a subproject's lead), when the page names one. Undefined for entries nobody leads (people, places, decisions).
 */
export function ledThing(vocab: Vocabulary, entry: Entry): { name: Localized; lead?: string } | undefined {
  if (entry.type === 'body') {
    const body = vocab.bodies.get(entry.id);
    return body && { name: body.name, lead: body.leader };
  }
  if (entry.type === 'unit') return vocab.units.get(entry.id);
  if (entry.type === 'subproject') return vocab.subprojects.get(entry.id);
  return undefined;
}

/** The id of the person who leads the entry, when the page names one (see ledThing). */
export function leadOf(vocab: Vocabulary, entry: Entry): string | undefined {
  return ledThing(vocab, entry)?.lead;
}

/** The unit that is the project office (the one reached at the office's address), when there is one. */
export function contactPoint(vocab: Vocabulary): Entry | undefined {
  const unit = vocab.kb.units.find((u) => u.email === vocab.kb.projectOffice.email);
  return unit && vocab.entries.get(unit.id);
}

/** The overview behind the `kontakter`, `delprosjekter` and `beslutninger` commands. */
export function overview(
  vocab: Vocabulary,
  kind: 'contacts' | 'subprojects' | 'decisions',
  lang: Lang,
): Answer {
  const id = { contacts: 'kontakter', subprojects: 'delprosjekter', decisions: 'beslutninger' }[kind];
  const { items } = itemsFor(vocab, vocab.entries.get(id)!, new Set());
  return { kind: 'answer', lang, question: id, topicId: id, items };
}

/** The entry's items as the answer ("Hvem tok bildet?": the photo credit), the direct answer first when there is one. */
export function answerWith(vocab: Vocabulary, fallback: Answer, entry: Entry, direct?: Direct): Answer {
  const items = itemsFor(vocab, entry, new Set()).items;
  const answer: Answer = {
    kind: 'answer',
    lang: fallback.lang,
    question: fallback.question,
    topicId: entry.id,
    items,
  };
  return direct ? { ...answer, direct } : answer;
}

/**
 * "I don't know <what is missing>", with the entry the question is about shown, for what the page does say of it
 * ("Hvem er nestleder i samarbeidsrådet?": the council and its members).
 */
export function refuseShowing(
  vocab: Vocabulary,
  fallback: Answer,
  entry: Entry,
  missing: Missing | undefined,
  intents: Set<Intent> = new Set(),
): Answer {
  return { ...fallback, topicId: entry.id, items: itemsFor(vocab, entry, intents).items, missing };
}

export function sameItem(a: AnswerItem, b: AnswerItem): boolean {
  if (a.type === 'person' && b.type === 'person') return a.person.id === b.person.id;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The person's role opens with a word for leading («Leder SiO i Orkland kommune»): it names what they lead. */
function roleOpensWithLead(vocab: Vocabulary, p: Person): boolean {
  const first = terms(p.role?.nb ?? '')[0];
  return first !== undefined && vocab.intentOf(first) === 'lead';
}
