import type { Answer, AnswerItem } from './answer';
import { type Decision, type Question, countAsked } from './decision';
import { keyContacts } from './lists';
import { hasPhrase } from './text';

/**
 * "Which people on the project have their email addresses listed?", "Hvem i innføringsprosjektet har telefonnummer på
 * siden?", "Kor mange telefonnummer er oppgitt for folk i prosjektet?", "How many e-mail addresses can I use to reach
 * the local project?": asked which or how many phone numbers or e-mail addresses the project has, the people of the
 * project who have one are the answer, and the project office too when the question does not ask for people (their
 * number, asked how many). Not when the question names a person or asks for both kinds of detail, nor of anything but
 * the project as a whole ("Hvor mange telefonnumre har samarbeidsrådet?" is refused as before).
 */
export function answerListedContacts(d: Decision): Answer | undefined {
  const { vocab, analysis, top } = d;
  if (!vocab.isProject(top.entry.id)) return listedOfIndividuals(d);
  // ("How many phone numbers does the hospital have?": a word the project is not called by says whose they are; "the
  // Trondheim organisation" is the project's, as «prosjektorganisasjon».)
  const project = (t: string) =>
    top.strongTerms.has(t) || vocab.orgWords.has(t) || vocab.projectTerms.has(t) || !top.terms.has(t);
  return analysis.known.every(project) ? listedContacts(d, top.entry.id) : undefined;
}

/**
 * "Which three people in the organisation have personal email addresses on the page?": a word for one person's own
 * (`claims.individual`) says whose details are asked, not what a topic with that word is about (the feedback's
 * «personlig informasjon»). With every other word the project's, or said of no one topic, the project's are listed.
 */
function listedOfIndividuals(d: Decision): Answer | undefined {
  const { vocab, analysis } = d;
  const { individual } = vocab.language.claims;
  if (!analysis.known.some((t) => individual.has(t))) return undefined;
  const rest = analysis.known.filter(
    (t) => !individual.has(t) && !vocab.projectTerms.has(t) && !vocab.orgWords.has(t),
  );
  return rest.every((t) => sharedKeyword(d, t)) ? listedContacts(d, 'kontakter') : undefined;
}

/**
 * "Who has a phone number listed?", "Hvor mange telefonnumre står det på siden?": asked with nothing the page names
 * besides, the contact details are the project's, as in the list of contacts.
 */
export function answerListedContactsAlone(q: Question): Answer | undefined {
  return q.analysis.known.every((t) => sharedKeyword(q, t)) ? listedContacts(q, 'kontakter') : undefined;
}

/**
 * "Which phone numbers are listed on the page, and who do they belong to?": a keyword several entries share and none
 * is named by ("page": the photo credit, the feedback) says nothing of whose details are asked.
 */
function sharedKeyword(q: Question, t: string): boolean {
  return (
    q.candidates.filter((c) => c.strongTerms.has(t)).length > 1 &&
    !q.candidates.some((c) => c.nameTerms.has(t))
  );
}

/**
 * "Hvor mange personer har kontaktinformasjon oppgitt?": with no other word at all, which or how many details are
 * listed is answered before a bare question for someone to contact is given the list of contacts.
 */
export function answerBareListedContacts(q: Question): Answer | undefined {
  const { known, unknown, generalPositions } = q.analysis;
  return known.length + unknown.length + generalPositions.length === 0
    ? answerListedContactsAlone(q)
    : undefined;
}

/** The phone numbers or e-mail addresses the project has, asked which or how many (see answerListedContacts). */
function listedContacts(q: Question, topicId: string): Answer | undefined {
  const { vocab, analysis, question } = q;
  const { intents, tokens } = analysis;
  const shape = vocab.language.questionShape;
  // "Kven er dei tre personane i prosjektet som det står kontaktinformasjon for?": either detail, whoever has one.
  const either = hasPhrase(tokens, shape.contactInformation);
  // "Which project people have both a phone number and an e-mail listed?": those who have both; "… a phone number or
  // an e-mail address": those who have either.
  const or = tokens.some((t) => vocab.language.focus.alternatives.has(t));
  const detail =
    intents.has('phone') && intents.has('email')
      ? or
        ? 'either'
        : 'both'
      : intents.has('phone')
        ? 'phone'
        : intents.has('email')
          ? 'email'
          : either
            ? 'either'
            : undefined;
  if (detail === undefined) return undefined;
  if (analysis.known.some((t) => vocab.personNameStems.has(t))) return undefined;
  // "… the email addresses of the project lead and the communications lead": a lead asked of is someone named.
  if (intents.has('lead')) return undefined;
  // "My Outlook mailbox is full, how do I archive old emails?": something else, or the asker's own, is asked about.
  if (analysis.unknown.length > 0 || analysis.everydayPositions.length > 0 || analysis.own) return undefined;
  const count = countAsked(analysis) || analysis.opening === 'count';
  const people = tokens.some((t) => shape.people.has(t));
  // "Hvem har e-postadresse oppgitt?": who has one, not whom to contact ("Who do I write to if I have a question?").
  const whoHas =
    intents.has('who') && tokens.some((t, k) => shape.possess.has(t) && !shape.self.has(tokens[k - 1] ?? ''));
  const several = tokens.some((t) => shape.contactDetails.has(t));
  if (!count && !people && !whoHas && !several) return undefined;
  const has = (c: { phone?: string; email?: string }) =>
    detail === 'either'
      ? c.phone !== undefined || c.email !== undefined
      : detail === 'both'
        ? c.phone !== undefined && c.email !== undefined
        : c[detail] !== undefined;
  const focus = detail === 'either' || detail === 'both' ? undefined : detail;
  const holders = keyContacts(vocab).filter(has);
  // (The page gives the office an e-mail address, no phone number.)
  const offices = people || whoHas ? [] : vocab.kb.units.filter(has);
  const items: AnswerItem[] = [
    ...offices.map((unit): AnswerItem => ({ type: 'unit', unit, focus })),
    ...holders.map((person): AnswerItem => ({ type: 'person', person, focus })),
  ];
  if (items.length === 0) return undefined;
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId,
    items,
    direct: count
      ? { type: 'count', count: items.length, subject: '', counted: focus ?? 'contact' }
      : undefined,
  };
}
