import { namedFrom, stopwordAt } from './asked-phrase';
import { type Answer, missingOf } from './answer';
import type { Intent } from './language-data';
import { listHolds, listOf } from './lists';
import { leadOf, refuseShowing } from './items';
import {
  onlyWorksAt,
  otherSurname,
  ownTerms,
  worksAtTerms,
  possessedUnknown,
  roleQualifiedByUnknown,
  roleTerms,
} from './refusals';
import { otherBranchOf, untitled } from './workplace-only';
import { stem, terms } from './text';
import type { Analysis } from './analysis';
import type { Person } from './knowledge-base';
import type { Vocabulary } from './vocabulary';
import type { Decision } from './decision';
import type { Candidate } from './ranking';
import { asksJointParties } from './joint-decision';
import { perVocabulary } from './per-vocabulary';

/** Refuses a question about someone or something other than the person or body that matched. */
export function checkSubject(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  // "Hvem er Line Andersen?": a first name followed by a surname the bot does not know is someone else.
  const topPerson = top.entry.type === 'person' ? vocab.people.get(top.entry.id) : undefined;
  if (topPerson && otherSurname(vocab, topPerson, analysis)) return fallback;
  // "Who is Elise Vesterhus's deputy?", "Olas stedfortreder": a word the bot does not know, said to be the
  // person's, is someone or something else.
  if (topPerson && possessedUnknown(topPerson, analysis)) return fallback;
  // "Hva er Helseplattformen sitt organisasjonsnummer?", "the project's budget": a word the bot does not know, said
  // to be something's, is what is asked.
  const genitive = vocab.language.questionShape.genitive;
  // Words of the language may stand between ("the project office's opening hours").
  // ("Trondheim's matching grant": so may a word the page has only in its prose, which says which one.)
  const prose = (k: number) => {
    const at = analysis.knownPositions.indexOf(k);
    return at >= 0 && !vocab.strongVocabulary.has(analysis.known[at]!);
  };
  // ("ha gevinststrategien sin klar": a word for being done says when it is due, not what is owned.)
  const { done } = vocab.language.questionShape;
  const possessed = analysis.unknownPositions.some((p) => {
    if (done.has(analysis.tokens[p] ?? '')) return false;
    let k = p - 1;
    while (k > 0 && (analysis.generalPositions.includes(k) || prose(k))) k--;
    const before = analysis.tokens[k] ?? '';
    return genitive.has(before) || (before === 's' && analysis.knownPositions.includes(k - 1));
  });
  // ("Who was Trondheim's partner in the procurement?": the partner in what several made together is who else made it.)
  const joint = asksJointParties(vocab, analysis, top);
  if (possessed && !joint) return fallback;
  // "Is Elise Vesterhus married?": about a person, a word the bot does not know is what is asked, unless the
  // question says it wants what the bot has of people (who they are, their role, how to reach them).
  const aboutPerson = [...analysis.intents].every((i) => i === 'what');
  if (topPerson && aboutPerson && analysis.unknown.length > 0) return fallback;
  // ("What does the project lead earn?": so of the lead the question names by what they lead, when what it asks of
  // them is an everyday verb last; "What does the project lead do?" is answered.)
  if (leadAskedWhat(vocab, analysis, top)) return fallback;
  // "Hvor ligger Molde?", "Hva er været i Kristiansund?": a place the bot knows only as where someone works is asked
  // about as a place, not about the person.
  const workplace = topPerson
    ? new Set(terms(`${topPerson.unit ?? ''} ${topPerson.organisation ?? ''}`))
    : undefined;
  const onlyWorkplace =
    workplace && top.nameTerms.size === 0 && [...top.strongTerms].every((t) => workplace.has(t));
  const asksPlace = ['where', 'what'].some((i) => analysis.intents.has(i as Intent));
  // ("What role does Kristiansund's rådmann have?": a word for what someone is, with a word of the person's own role
  // besides the body they sit on, asks about the person.)
  const roleNouns = vocab.language.questionShape.roleNouns;
  const ownRole = (t: string) =>
    !!topPerson && roleTerms(topPerson).has(t) && !workplace?.has(t) && !bodyWords(vocab).has(t);
  const asksRole = analysis.tokens.some((t) => roleNouns.has(t)) && analysis.known.some(ownRole);
  if (topPerson && otherBranchOf(topPerson, analysis, d.question, vocab.projectTerms)) return fallback;
  // "What's Ole Gunnar Kjøsnes's job title at KS?", "Kva stilling har han?": of someone whose role only says where
  // they work, the page gives no title; what it says of them is shown.
  const titleAsked = analysis.tokens.some((t) => roleNouns.has(t)) && !analysis.yesNo;
  if (topPerson && titleAsked && untitled(topPerson))
    return refuseShowing(vocab, fallback, top.entry, undefined);
  // ("Hva heter rådmannen i Lierne?": what someone of a role of their own is called asks who they are; so where a
  // sentence after the one naming the role asks it: "Rådmannen fra Lierne. Hva heter han?"; so does asking their name:
  // "What is the name of the rådmann of Malvik?", "Malvik's chief executive, what is his name?")
  const role = vocab.language.roleQuestion;
  const { tokens } = analysis;
  const nameAsked = tokens.some((t) => role.what.has(t)) && tokens.some((t) => role.names.has(t));
  const naming =
    (nameAsked || tokens.some((t, k) => role.what.has(t) && role.naming.has(tokens[k + 1] ?? ''))) &&
    analysis.known.some(ownRole);
  const asksPerson =
    asksRole ||
    naming ||
    ['who', 'lead', 'contact', 'phone', 'email', 'list'].some((i) => analysis.intents.has(i as Intent));
  if (onlyWorkplace && asksPlace && !asksPerson) return fallback;
  // "Hvem representerer Trondheim kommune i samarbeidsrådet?": who of a body from a place none of its members is from.
  // "Hvem representerer Bindal kommune …": also a place the bot knows from elsewhere on the page, written as a name.
  const written = analysis.words();
  const asName = (t: string) => /^\p{Lu}/u.test(written[analysis.positions.get(t) ?? -1] ?? '');
  const place = (t: string) =>
    vocab.employers.has(t) || (asName(t) && !top.terms.has(t) && !vocab.projectTerms.has(t));
  const fromElsewhere = analysis.known.some(
    (t) => place(t) && !top.strongTerms.has(t) && !listHolds(vocab, top.entry, t),
  );
  if (top.entry.type === 'body' && asksPerson && listOf(vocab, top.entry) && fromElsewhere) return fallback;
  if (asksPerson && atOrganisationOfNoOne(vocab, analysis)) return fallback;
  if (representsNoOne(d)) return fallback;
  // "Hva er Tone Fagerholts mobilnummer privat?", "What is Tone Fagerholt's home address?": the page gives only how to
  // reach people at work; the bot says so and shows that.
  // ("Where does the head of the project office live?": so of the lead the question names by the body.)
  const led = analysis.intents.has('lead') ? leadOf(vocab, top.entry) : undefined;
  const whose = topPerson ?? (led === undefined ? undefined : vocab.people.get(led));
  if (whose && privateContactAsked(vocab, analysis))
    return {
      ...fallback,
      topicId: whose.id,
      items: [{ type: 'person', person: whose }],
      missing: { attribute: 'privateContact', subject: whose.name },
    };
  return undefined;
}

/** "What does the project lead earn?": what, of the lead of the topic, ends in an everyday word the page does not have. */
function leadAskedWhat(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  const intents = [...analysis.intents];
  if (analysis.opening !== 'what' || !intents.every((i) => i === 'what' || i === 'lead')) return false;
  if (!analysis.intents.has('lead') || leadOf(vocab, top.entry) === undefined) return false;
  return analysis.everydayPositions.includes(analysis.tokens.length - 1);
}

/** Asks for contact details (phone, e-mail, an address) that are the person's own ("privat", "home", "personal"). */
function privateContactAsked(vocab: Vocabulary, analysis: Analysis): boolean {
  const own = vocab.language.questionShape.privateContact;
  const contact = (['phone', 'email', 'where', 'contact'] as Intent[]).some((i) => analysis.intents.has(i));
  // As written: «Hvor bor hun?» asks where she lives, «Hvor bør jeg ringe?» (folded alike) does not.
  const written = analysis.words().map((w) => w.toLowerCase());
  return contact && written.some((w) => own.has(w) || w.startsWith('privat'));
}

/** Entry types that hold no one who could represent anything: what the page says, not who. */
const PEOPLELESS = new Set(['fact', 'decision', 'gains', 'gainCategory']);

/**
 * "Who represents the GPs (fastleger) in the project organisation?", "Hvem representerer Bindal i samarbeidsrådet?":
 * who represents something is a person or a body; when what matches best is a fact or a decision with no sentence
 * that says who represents what the question names, the page names no one. ("Er andre kommuner representert i
 * prosjektorganisasjonen?" is a yes/no question, and "Hvordan er Trondheim representert?" asks how.)
 */
function representsNoOne(d: Decision): boolean {
  const { vocab, analysis, top } = d;
  const represents = vocab.language.questionShape.represents;
  if (analysis.yesNo || analysis.opening !== 'who' || !PEOPLELESS.has(top.entry.type)) return false;
  if (!analysis.tokens.some((t) => represents.has(stem(t)))) return false;
  const asked = analysis.known.filter((t) => !vocab.projectTerms.has(t) && !represents.has(t));
  const body = vocab.entries.get(top.entry.id)?.body ?? '';
  return !body.split(/(?<=[.!?])\s+/).some((sentence) => {
    const own = new Set(terms(sentence));
    return [...own].some((t) => represents.has(t)) && asked.every((t) => own.has(t));
  });
}

/**
 * "Kven er kontaktperson for opsjonskommunane hos Helse Midt-Norge RHF?", "Who is the contact at Helse Midt-Norge?": the
 * person asked for works at an organisation, named after "hos"/"at", that the page names no one from (it names the
 * regional health trust, none of its people). Not the project itself ("kontaktperson hos Helseplattformen").
 */
function atOrganisationOfNoOne(vocab: Vocabulary, analysis: Analysis): boolean {
  const { tokens } = analysis;
  const written = analysis.words();
  const at = tokens.findIndex((t) => vocab.language.questionShape.workplace.has(t));
  if (at < 0 || !/^\p{Lu}/u.test(written[at + 1] ?? '')) return false;
  const named: string[] = [];
  // "at Trondheim municipality": the word for a municipality is no part of its name («Trondheim kommune»).
  const placeNouns = vocab.language.questionShape.placeNouns;
  for (let k = at + 1; k < tokens.length; k++) {
    const here = analysis.known.filter((_, j) => analysis.knownPositions[j] === k);
    if (here.length === 0) break;
    if (!placeNouns.has(tokens[k]!)) named.push(...here);
  }
  if (named.length === 0 || named.some((t) => vocab.projectTerms.has(t))) return false;
  return !vocab.kb.people.some((p) => {
    const theirs = new Set([...worksAtTerms(p), ...ownTerms(vocab, p)]);
    return named.every((t) => theirs.has(t));
  });
}

/** A role asked for ("Hvem er direktør i …") must be the role of what answers it. */
export function checkRole(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  // "Hvem er nestleder i samarbeidsrådet?": the bot knows the council, not who its deputy is.
  // It says which role it does not know, and shows what it knows of the thing named ("Hvem er styreleder i
  // Helseplattformen AS?": the decision about Helseplattformen AS).
  // ("Kven var samarbeidspartnaren til Trondheim i anskaffinga?": a partner is no role (see asksJointParties).)
  if (analysis.unknownRoleAsked && !asksJointParties(vocab, analysis, top)) {
    if (!analysis.yesNo && analysis.roleQuestionWho && top.named)
      return refuseShowing(
        vocab,
        fallback,
        top.entry,
        missingOf(
          'role',
          namedFrom(vocab, analysis, analysis.roleAt, () => false, stopwordAt(vocab, analysis)),
        ),
      );
    return fallback;
  }
  // "Hvem er direktør i …": the role asked for must be what the answer is (a person with that role, or a name).
  // The list the answer belongs to may be what is named ("What are the benefits in terms of quality?").
  const roleOf = (t: string) =>
    top.terms.has(t) || candidates.some((c) => top.entry.parents.includes(c.entry.id) && c.nameTerms.has(t));
  if (
    analysis.roleTerm !== undefined &&
    (!roleOf(analysis.roleTerm) || (analysis.roleGuessed && !top.properTerms.has(analysis.roleTerm)))
  )
    return roleMissing(d, analysis.words()[analysis.roleAt] ?? '');
  // "Hvem er rådmann i Trondheim kommune?": a person has the role by their own role, not by their unit's name
  // ("Rådmannens fagstab").
  const rolePerson = top.entry.type === 'person' ? vocab.people.get(top.entry.id) : undefined;
  if (analysis.roleTerm !== undefined && rolePerson && onlyWorksAt(vocab, rolePerson, [analysis.roleTerm]))
    return roleMissing(d, analysis.words()[analysis.roleAt] ?? '');
  // "Hvem er prosjektleder i Molde kommune?": the role is held by someone at another place. "Hvem er
  // kommunaldirektør for oppvekst?": or of something the bot does not know (a word it does not know is tied to the
  // role by a preposition).
  const asksRole = analysis.roleTerm !== undefined || analysis.rolePhrase.length >= 2;
  const roleOfUnknown = asksRole && rolePerson && roleQualifiedByUnknown(vocab, analysis, top);
  if (roleOfUnknown) return roleMissing(d, analysis.words()[analysis.roleAt] ?? '');
  // "Who is the chief medical officer of the Helseplattformen project?": a role of the project, asked of someone whose
  // own role is held elsewhere (a council member's, in her municipality).
  if (asksRole && rolePerson && roleOfProjectNotOwn(vocab, analysis, rolePerson))
    return roleMissing(d, analysis.words().slice(analysis.roleAt, analysis.roleStop).join(' '));
  // (What the person is a member of is theirs too: "rådmannen i Molde som sitter i Samarbeidsrådet".)
  const ofParent = (t: string) =>
    candidates.some((c) => top.entry.parents.includes(c.entry.id) && c.strongTerms.has(t));
  // ("Kven er Ole Gunnar Kjøsnes, han som er med på bildet av opsjonskommunane?": so is what names them, asked by its
  // own name: the photo they are in.)
  const seenIn = (t: string) =>
    candidates.some(
      (c) =>
        c !== top &&
        c.named &&
        c.terms.has(t) &&
        top.properTerms.size > 0 &&
        [...top.properTerms].every((p) => c.terms.has(p)),
    );
  const elsewhere = (t: string) => vocab.orgWords.has(t) && !top.terms.has(t) && !ofParent(t) && !seenIn(t);
  if (asksRole && rolePerson && analysis.known.some(elsewhere))
    return roleMissing(d, analysis.words().slice(analysis.roleAt, analysis.roleStop).join(' '));
  // "Who is the municipal chief medical officer?": every word of a role of several words must be in the answer.
  // (Held by a name, alias or keyword, or by a person's own role, not by a word of running text: "project owner".)
  // ("Hvem er delprosjektleder gevinstrealisering?": or by what it is one of, as named above.)
  const holdsRole = (t: string) =>
    top.strongTerms.has(t) || ofParent(t) || (!!rolePerson && ownTerms(vocab, rolePerson).has(t));
  if (
    analysis.rolePhrase.length >= 2 &&
    analysis.rolePhrase.some((t) => !holdsRole(t)) &&
    !(rolePerson && namedByFirstName(vocab, analysis, top, rolePerson)) &&
    // "Hvem er Tone Fagerholt og Ola Skorstad?": the full name of someone asked about too is no role.
    !candidates.some((c) => analysis.rolePhrase.every((t) => c.properTerms.has(t)))
  )
    return roleMissing(d, analysis.words().slice(analysis.roleAt, analysis.roleStop).join(' '));
  return undefined;
}

/**
 * "Who is Tone Fagerli? Is she the comms person?": a name made of one person's first name and a word of another's
 * name (Karl Audun Fagerli) is the person of that first name when the question also says what that person does, by
 * words the other's name does not have. Without them ("Who is Tone Fagerli?") no one is named.
 */
function namedByFirstName(vocab: Vocabulary, analysis: Analysis, top: Candidate, person: Person): boolean {
  const phrase = analysis.rolePhrase;
  const name = (t: string) => vocab.personNameStems.has(t);
  // ("Hvem er Tone Fagerli, kommunikasjonsansvarlig?": what she does may follow the name.)
  const end = phrase.findIndex((t) => !name(t));
  const named = end < 0 ? phrase : phrase.slice(0, end);
  if (named.length < 2 || terms(person.name)[0] !== named[0]) return false;
  if (phrase.slice(named.length).some((t) => !top.terms.has(t))) return false;
  return analysis.known.some((t) => !named.includes(t) && !name(t) && top.terms.has(t));
}

/**
 * "Jeg vet ikke hvem som er <rolle>" answers a question for someone in a role. Asked what something is ("What is the
 * total cost of …"), the word is no role, so the answer is the plain "I don't know" with where to turn.
 */
function roleMissing(d: Decision, subject: string): Answer {
  return d.analysis.roleQuestionWho ? { ...d.fallback, missing: missingOf('role', subject) } : d.fallback;
}

/**
 * True when the role asked for is said, after a preposition, to be the project's ("Who is the chief medical officer of
 * the Helseplattformen project?") and the person's own role says nothing of the project: the municipal chief medical
 * officer of Verdal kommune sits on a council of the municipalities, she holds no role in the project.
 */
export function roleOfProjectNotOwn(vocab: Vocabulary, analysis: Analysis, person: Person): boolean {
  const { tokens } = analysis;
  let k = Math.max(analysis.roleStop, analysis.roleAt + 1);
  if (!vocab.language.questionShape.qualifiers.has(tokens[k] ?? '')) return false;
  const said: string[] = [];
  for (k++; k < tokens.length; k++) {
    if (vocab.stopwords.has(stem(tokens[k]!))) continue;
    const at = analysis.knownPositions.flatMap((p, j) => (p === k ? [analysis.known[j]!] : []));
    if (at.length === 0) break;
    said.push(...at);
  }
  // "Who is Arne Ingebrigtsen, in relation to Helseplattformen?" asks who the person is, by name: no role is asked.
  const named = terms(person.name);
  if (analysis.known.some((t, j) => named.includes(t) && analysis.knownPositions[j]! < k)) return false;
  const own = ownTerms(vocab, person);
  return (
    said.length > 0 &&
    said.every((t) => vocab.projectTerms.has(t)) &&
    ![...own].some((t) => vocab.projectTerms.has(t))
  );
}

/** The words of the bodies' names, in every language. */
const bodyWords = perVocabulary(
  (vocab: Vocabulary) => new Set(vocab.kb.bodies.flatMap((b) => terms(Object.values(b.name).join(' ')))),
);
