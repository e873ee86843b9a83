import type { Answer, AnswerItem } from './answer';
import { type Decision, countAsked } from './decision';
import type { Body, Person } from './knowledge-base';
import { bodyWithMembers, listName } from './lists';
import type { Candidate } from './ranking';
import { exceptedTerms, negatedBefore } from './negation';
import { countyNamed, countyOfOrganisation } from './county-place';
import { roleTerms } from './refusals';
import { fold, phraseAt, stem, terms, tokenize } from './text';
import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/** A negation this close before a county leaves it out ("som ikkje er frå Trøndelag"). */
const COUNTY_REACH = 3;

/** The least length of the first part of a compound whose last part is a title ("kommuneover" + "lege"). */
const MIN_COMPOUND_HEAD = 4;

/**
 * "Hvem er legen i samarbeidsrådet?", "Is she a doctor?": a word the bot does not know that is the last part of a title
 * in the person's role (kommuneover-lege), stemmed or as written ("legen" is "leg", "lege" in an English sentence
 * stays "lege").
 */
export function endsTitleOf(person: Person, word: string): boolean {
  const own = new Set([
    ...roleTerms(person),
    ...fold(Object.values(person.role ?? {}).join(' ')).split(/[^\p{L}]+/u),
  ]);
  return [...own].some((w) => w.length >= word.length + MIN_COMPOUND_HEAD && w.endsWith(word));
}

/**
 * "Which council members are chief municipal executives (rådmann)?", "Kven i samarbeidsrådet er rådmann?", "How many
 * of the council members are rådmann (chief municipal executive)?", "Which council member is rådmann of Malvik?", "The
 * only kommuneoverlege on the council comes from which municipality?": the members of a body the question names, whose
 * roles have every other word the question knows, are the answer (their number, asked how many). Only when those words
 * pick out some of the members, not all; a word no member's role has ("Hvor mange leger sitter i rådet?", "Hvem i
 * rådet er fra Trondheim?"), a word the bot does not know («nestleder»), or a person named, leaves the question to the
 * stages after.
 */
export function answerBodyMembers(d: Decision): Answer | undefined {
  const { vocab, analysis, question, candidates, top } = d;
  if (analysis.known.some((t) => vocab.personNameStems.has(t))) return undefined;
  const counting = countAsked(analysis);
  const asks = counting || analysis.intents.has('who') || analysis.intents.has('list') || askedWhich(d);
  // "Er det nokon kommuneoverlege i rådet?": whether there is one is answered by those who are.
  const whetherAny = analysis.yesNo && vocab.language.questionShape.existential.has(analysis.tokens[1] ?? '');
  if (analysis.intents.has('lead') || (analysis.yesNo && !whetherAny) || !(asks || whetherAny))
    return undefined;
  const named = candidates.find((c) => c.entry.type === 'body' && (c.named || c === top));
  const body = named && bodyWithMembers(vocab, named.entry);
  if (!named || !body) return undefined;
  const chosen = membersByRole(d, named, body);
  if (!chosen) return undefined;
  // "Er det bare rådmenn i samarbeidsrådet?": those who are are not all of them.
  const only = whetherAny && analysis.tokens.some((t) => vocab.language.claims.only.has(stem(t)));
  const others = body.members.length - chosen.members.length;
  const subject = listName(vocab, named.entry, analysis.lang);
  const item = chosen.members.map((p) => p.name).join(', ');
  return {
    kind: 'answer',
    lang: analysis.lang,
    question,
    topicId: body.id,
    items: chosen.members.map((person) => ({ type: 'person', person, context: body.id }) as AnswerItem),
    direct:
      only && others > 0
        ? { type: 'notOnly', item, subject, others }
        : whetherAny
          ? { type: 'yes', item, subject }
          : counting
            ? {
                type: 'count',
                count: chosen.members.length,
                subject: listName(vocab, named.entry, analysis.lang),
                title: chosen.title,
              }
            : undefined,
  };
}

/** The members whose roles have every word the question names besides the body, when that is some of them. */
function membersByRole(
  d: Decision,
  named: Candidate,
  body: Body,
): { members: Person[]; title?: string } | undefined {
  const { vocab, analysis } = d;
  // A word for membership ("medlemane") names who is asked, not a role.
  const membership = vocab.language.questionShape.members;
  // "Which council members come from Møre og Romsdal?": a county is where the members' municipalities lie, which no
  // role names. (Whether any or only some are from there is for the page's sentences: "… fra hele regionen, eller bare
  // trøndelag?".)
  const county = analysis.yesNo ? undefined : countyNamed(vocab, d.question);
  const asked = [...new Set(analysis.known)].filter(
    (t) =>
      !named.terms.has(t) &&
      !county?.terms.has(t) &&
      !membership.has(analysis.tokens[analysis.positions.get(t) ?? -1] ?? ''),
  );
  // ("Which council members are not from Trøndelag?", "… from outside Møre og Romsdal?": those of the other county.)
  const away = county !== undefined && outsideCounty(vocab, analysis, county.county);
  const people = body.members.map((m) => vocab.people.get(m)!).filter(Boolean);
  // "Hvem i samarbeidsrådet er ikke rådmann?", "Hvilke medlemmer har en annen tittel enn rådmann?", "Which members have
  // a title other than rådmann?": the members whose roles do not have the word left out.
  const titles = new Set(people.flatMap((p) => [...roleTerms(p)]));
  const negated = asked.filter((t) => negatedBefore(vocab, analysis.tokens, analysis.positions.get(t) ?? -1));
  const excepted = analysis.yesNo ? [] : exceptedTerms(vocab, d.question).filter((t) => titles.has(t));
  const left = [...negated, ...excepted];
  const kept = asked.filter((t) => !left.includes(t));
  // ("Hvor mange er med i samarbeidsrådet, utenom lederen?": the word for leading left out is the body's own leader,
  // not every member whose role has it, «leder SiO».)
  if (left.length > 0 && body.leader && left.every((t) => vocab.intentOf(t) === 'lead'))
    return { members: people.filter((p) => p.id !== body.leader) };
  if (asked.length === 0 && analysis.unknown.length === 0 && !county && left.length === 0) return undefined;
  // "Hvem er legen i samarbeidsrådet?": a word the bot does not know may be the last part of a title a member has
  // (kommuneover-lege); a word no title ends with («nestleder») is a role no member has.
  const unknown = [...new Set(analysis.unknown)];
  const members = people.filter((p) => {
    const own = roleTerms(p);
    const placed = !county || (countyOfOrganisation(vocab, p.organisation) === county.county) !== away;
    return (
      placed &&
      kept.every((t) => own.has(t)) &&
      // (A title of several words is left out as a whole: "not chief executives" keeps the chief medical officer; each
      // of several held out on its own: "enn Kristiansund og Molde".)
      (negated.length === 0 || !negated.every((t) => own.has(t))) &&
      !excepted.some((t) => own.has(t)) &&
      unknown.every((t) => endsTitleOf(p, t))
    );
  });
  if (members.length === 0 || members.length === people.length) return undefined;
  // (Counted, those who are not something have no title of their own to be counted by.)
  if (left.length > 0 || away) return { members };
  // The title as the page writes it, in Norwegian ("rådmann" of "chief municipal executives (rådmann)"), and the
  // county as the question does ("rådmenn fra Møre og Romsdal").
  const titled = (title: string) => ({ members, title: [title, county?.written ?? ''].join(' ').trim() });
  if (asked.length === 0) return titled(analysis.words()[analysis.unknownPositions[0]!] ?? '');
  const title = asked.find((t) => members.every((p) => terms(p.role?.nb ?? '').includes(t))) ?? asked[0]!;
  return titled(analysis.words()[analysis.positions.get(title) ?? -1] ?? title);
}

/** True when a word of negation or for outside stands just before the county the question names ("ikke fra Trøndelag"). */
function outsideCounty(vocab: Vocabulary, analysis: Analysis, county: string): boolean {
  const { tokens } = analysis;
  const words = tokenize(county);
  const at = tokens.findIndex((_, k) => words.every((w, j) => tokens[k + j] === w));
  const { negation } = vocab.language.questionShape;
  const outside = vocab.language.claims.outside;
  for (let k = Math.max(0, at - COUNTY_REACH); k < at && k < tokens.length; k++)
    if (outside.has(stem(tokens[k]!)) || negation.some((p) => phraseAt(tokens, k, p))) return true;
  return false;
}

/** "Which council members …", "… comes from which municipality?": the question has a word that asks which of something. */
function askedWhich(d: Decision): boolean {
  const which = d.vocab.language.questionShape.which;
  const words = d.analysis.tokens;
  return words.some((w, i) => which.has(w) || which.has(`${w} ${words[i + 1] ?? ''}`));
}
