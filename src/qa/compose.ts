import { whereThePartIs } from './led-part';
import { type Answer, type AnswerItem, type Direct, missingOf } from './answer';
import { compatible } from './entries';
import { countOf, groupsCounted, itemNamed, listHolds, listName } from './lists';
import { answerWith, itemsFor, refuseShowing, sameItem } from './items';
import type { Analysis } from './analysis';
import { countMissing, roleTerms } from './refusals';
import { outcomeUnknown } from './past-of-planned';
import { terms, stem } from './text';
import type { Vocabulary } from './vocabulary';
import type { Person } from './knowledge-base';
import type { Intent } from './language-data';
import { type Decision, PROMOTE_RATIO, countAsked } from './decision';
import type { Candidate } from './ranking';
import { negatedBefore } from './negation';
import { otherProjectWord } from './other-project';
import { perVocabulary } from './per-vocabulary';

/** A second entry is answered too when it scores this close to the first, on words of its own. */
const SECOND_RATIO = 0.75;

/**
 * A list named together with a word that narrows it: "delprosjektet for legevakt" names a subproject that does
 * not exist; "beslutninger om bystyret" keeps the decisions about the city council, or says there are none.
 */
export function refineCollection(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  const counting = countAsked(analysis);
  const type = top.entry.type;
  // "Hvilke beslutninger gjelder bystyret?" may rank one of them first; the list named is still what is asked
  // for (not "when", which wants the one decision's date).
  const list =
    type === 'decision' && !analysis.intents.has('when')
      ? candidates.find((c) => c.entry.type === 'decisions' && c.named)
      : type === 'decisions' || type === 'subprojects'
        ? top
        : undefined;
  if (!list) return undefined;
  const owners = (t: string) => candidates.filter((c) => c.terms.has(t));
  // Words for the project itself ("innføringsprosjektet", "prosjektet") narrow nothing.
  const context = (t: string) => owners(t).some((o) => o.entry.type === 'unit' && o.strongTerms.has(t));
  const lang = analysis.lang;
  const whole = itemsFor(vocab, top.entry, new Set()).items;
  const subjectOf = (positions: number[]) =>
    [...new Set([...positions].sort((a, b) => a - b).map((p) => analysis.words()[p]!))].join(' ');
  if (type === 'subprojects') {
    // A word that no subproject has, but that names something else, or a word the bot does not know.
    const member = (t: string) => owners(t).some((o) => o.entry.type === 'subproject');
    const qualifiers = analysis.known.filter(
      (t) => !top.terms.has(t) && !member(t) && !context(t) && owners(t).some((o) => o.strongTerms.has(t)),
    );
    const named = Math.min(...[...top.strongTerms].map((t) => analysis.positions.get(t) ?? Infinity));
    // Unknown words qualify it wherever they stand ("the pharmacy subproject", "delprosjektet for apotek").
    // English puts what a noun is of before it, in words of the language as well: a word between the article and
    // the noun ("the research subproject"), not one that stands for the article ("each subproject").
    const modifier =
      analysis.lang === 'en' &&
      analysis.generalPositions.includes(named - 1) &&
      vocab.language.roleQuestion.articles.has(analysis.tokens[named - 2] ?? '')
        ? [named - 1]
        : [];
    const other = otherProjectWord(vocab, analysis, candidates);
    const unknownAfter = Number.isFinite(named) ? [...analysis.unknownPositions, ...modifier] : [];
    if (other !== undefined) unknownAfter.push(other);
    if (qualifiers.length === 0 && unknownAfter.length === 0) return undefined;
    // "Hvilke delprosjekter leder Rådmannens fagstab?": a word that names the leads of some of them. "Hvilke
    // delprosjekter ledes ikke av Rådmannens fagstab?": the others.
    const leadsNamed = (sp: (typeof vocab.kb.subprojects)[number]) =>
      candidates.some((c) => c.entry.id === sp.lead && qualifiers.some((t) => c.strongTerms.has(t)));
    const negated = qualifiers.some((t) => negatedBefore(vocab, analysis.tokens, analysis.positions.get(t)!));
    const ledBy = vocab.kb.subprojects.filter((sp) => leadsNamed(sp) !== negated);
    if (ledBy.length > 0 && unknownAfter.length === 0) {
      const subprojects = ledBy.map((sp) => ({ subproject: sp, lead: vocab.people.get(sp.lead)! }));
      return {
        kind: 'answer',
        lang,
        question: fallback.question,
        topicId: top.entry.id,
        items: [{ type: 'subprojectList', subprojects }],
        direct: counting
          ? { type: 'count', count: subprojects.length, subject: '', collection: 'subprojects' }
          : undefined,
      };
    }
    const subject = subjectOf([...qualifiers.map((t) => analysis.positions.get(t)!), ...unknownAfter]);
    return {
      ...fallback,
      topicId: top.entry.id,
      items: whole,
      missing: { attribute: 'subproject', subject },
    };
  }
  const qualifiers = analysis.known.filter((t) => !list.terms.has(t) && !context(t));
  if (qualifiers.length === 0) return undefined;
  // "Hvilken politisk beslutning tas 29. august?": those that have the most of its words (both of the city council's
  // decisions are political; one is taken on 29 August).
  const held = (id: string) => {
    const c = candidates.find((c) => c.entry.id === id);
    return c ? qualifiers.filter((q) => c.terms.has(q)).length : 0;
  };
  const most = Math.max(0, ...vocab.kb.decisions.map((d) => held(d.id)));
  const about = vocab.kb.decisions.filter((d) => most > 0 && held(d.id) === most);
  // One decision about it, ranked first: that decision is the answer.
  if (type === 'decision' && about.length < 2) return undefined;
  const single = about.length === 1 ? outcomeUnknown(vocab, about[0]!.id, analysis, fallback) : undefined;
  if (single) return single;
  const subject = subjectOf(qualifiers.map((t) => analysis.positions.get(t)!));
  const all = itemsFor(vocab, list.entry, new Set()).items;
  if (about.length === 0)
    return { ...fallback, topicId: list.entry.id, items: all, missing: { attribute: 'topic', subject } };
  return {
    kind: 'answer',
    lang,
    question: fallback.question,
    topicId: list.entry.id,
    items: [{ type: 'decisionList', decisions: about }],
    direct: counting
      ? { type: 'count', count: about.length, subject: '', collection: 'decisions' }
      : undefined,
  };
}

/** A yes/no question answered by a list item, or a count: the direct answer. */
export function answerYesOrCount(d: Decision): Answer | undefined {
  const { vocab, question, analysis, fallback, top } = d;
  const noun = analysis.askedNoun;
  const counting = countAsked(analysis);
  const { yes, yesIndex } = d;
  // "Hvor mange rådmenn sitter i samarbeidsrådet?", "How many of the members are rådmenn?": a title that some of the
  // council's members have in their roles, and the council has nowhere else, counts those members.
  const titled = counting && top.entry.type === 'body' ? membersTitled(vocab, d) : undefined;
  // "Kor mange opsjonskommunar er det?": a council's list is its members. Counted by a word its name only holds
  // as what it is for ("Samarbeidsrådet for opsjonskommunar"), the council is not what is counted.
  if (
    counting &&
    top.entry.type === 'body' &&
    noun !== undefined &&
    top.nameTerms.size === 0 &&
    !listHolds(vocab, top.entry, noun) &&
    !titled
  )
    return {
      ...fallback,
      missing: countMissing(analysis, noun),
    };
  if (titled)
    return {
      kind: 'answer',
      lang: analysis.lang,
      question,
      topicId: top.entry.id,
      items: titled.members.map((p) => ({ type: 'person', person: p, context: top.entry.id }) as AnswerItem),
      direct: {
        type: 'count',
        count: titled.members.length,
        subject: listName(vocab, top.entry, analysis.lang),
        title: titled.title,
      },
    };
  // "Hvor mange leger sitter i samarbeidsrådet?": a word the council has nowhere, in its name, its list or its
  // members' roles, counts some of its members and not the council: the page gives no such number, and the members
  // are shown with their titles instead.
  if (
    counting &&
    top.entry.type === 'body' &&
    noun !== undefined &&
    !top.terms.has(noun) &&
    !listHolds(vocab, top.entry, noun)
  )
    return refuseShowing(vocab, fallback, top.entry, countMissing(analysis, noun), analysis.intents);
  if (yes !== undefined || counting) {
    // A direct answer is about the one list asked for; a second topic would blur the count.
    // "Er det noen fra Indre Fosen i rådet?": the member is the answer, not the whole council.
    const member =
      yes !== undefined && top.entry.type === 'body'
        ? vocab.bodies.get(top.entry.id)!.members[yesIndex]
        : undefined;
    const result = member
      ? {
          items: [{ type: 'person', person: vocab.people.get(member)!, context: top.entry.id } as AnswerItem],
        }
      : itemsFor(vocab, top.entry, analysis.intents);
    const direct: Direct | undefined =
      yes !== undefined
        ? { type: 'yes', item: yes, subject: listName(vocab, top.entry, analysis.lang) }
        : countOf(vocab, top.entry, analysis.lang, noun, groupsCounted(vocab, analysis, top));
    // "Hvor mange kommuner er det i Nordland?": the page gives no total, and none for the one place of the list the
    // question names either; the list of all would answer another question.
    const narrowed =
      direct?.type === 'countNotGiven' && itemNamed(vocab, top.entry, analysis.known, analysis.lang);
    if (narrowed) {
      const written = analysis.words();
      const counted = noun !== undefined ? written[analysis.positions.get(noun)!] : undefined;
      const place = written[analysis.positions.get(narrowed[2])!] ?? narrowed[0];
      const subject = counted ? `${counted} (${place})` : place;
      return { ...fallback, topicId: top.entry.id, missing: missingOf('count', subject) };
    }
    if (counting && !direct && top.entry.type === 'body')
      return {
        ...fallback,
        topicId: top.entry.id,
        items: result.items,
        missing: { attribute: 'count', subject: listName(vocab, top.entry, analysis.lang) },
      };
    // "Hvor mange kommuner har opsjonsavtale?": the page gives no total, so the bot says it does not know the number,
    // and shows what the page names instead (the counties and Bindal).
    if (direct?.type === 'countNotGiven' && result.items.length > 0)
      return {
        ...fallback,
        topicId: top.entry.id,
        items: result.items,
        direct,
        missing: missingOf('count', direct.subject),
      };
    if (direct && !result.missing && result.items.length > 0)
      return {
        kind: 'answer',
        lang: analysis.lang,
        question,
        topicId: top.entry.id,
        items: result.items,
        direct,
      };
  }
  return undefined;
}

/** A "kan"/"can" question answered by a sentence of the topic (or a close runner-up) that says so. */
export function answerSaidYes(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, top, fallback } = d;
  // "Kan fastlegene koble seg på Helseplattformen?": a sentence of the answer that says they can, with every word the
  // question names (the platform or project itself aside: it is what they connect to), answers yes.
  // A close runner-up may be the one that says it ("Can GPs connect to the new system?": the option agreements).
  for (const c of candidates) {
    if (c !== top && c.score < PROMOTE_RATIO * top.score) break;
    const said = sentenceSaying(vocab, c.entry.id, analysis);
    if (said !== undefined) return answerWith(vocab, fallback, c.entry, { type: 'yesSaid', sentence: said });
  }
  return undefined;
}

/** The answer: the topic, and close runners-up of a compatible kind on words of their own. */
export function composeAnswer(d: Decision): Answer {
  const { vocab, question, analysis, candidates, fallback, top } = d;
  const chosen = [top];
  for (const c of candidates.slice(1)) {
    if (!c.strong || c.score < SECOND_RATIO * top.score || chosen.length >= 3) continue;
    if (whereThePartIs(vocab, analysis, top, c)) continue;
    const ownTerms = [...c.terms].filter((t) => chosen.every((o) => !o.terms.has(t)));
    if (ownTerms.length > 0 && compatible(top.entry.type, c.entry.type)) chosen.push(c);
    else if (namesake(vocab, top, c)) chosen.push(c);
  }
  // "Hvem leder Opplæring og Gevinstrealisering?": two of a kind named together are both asked about, however far
  // apart they score.
  const named = candidates.filter(
    (c) => c !== top && !chosen.includes(c) && coordinated(vocab, analysis, top, c),
  );
  chosen.push(...named.slice(0, Math.max(0, 3 - chosen.length)));
  // In the order asked ("Hvem er Tone Fagerholt og Ola Skorstad?").
  const at = (c: Candidate) =>
    Math.min(...[...c.properTerms].map((t) => analysis.positions.get(t) ?? Infinity));
  if (chosen.some((c) => c !== top && coordinated(vocab, analysis, top, c)))
    chosen.sort((a, b) => at(a) - at(b));
  const items: AnswerItem[] = [];
  let missing: Answer['missing'];
  for (const c of chosen) {
    const result = itemsFor(vocab, c.entry, analysis.intents);
    if (result.missing && !missing) missing = result.missing;
    for (const item of result.items) if (!items.some((i) => sameItem(i, item))) items.push(item);
  }
  items.push(...workOf(vocab, d));
  if (items.length === 0) return { ...fallback, topicId: top.entry.id, missing };
  return {
    kind: missing ? 'fallback' : 'answer',
    lang: analysis.lang,
    question,
    topicId: top.entry.id,
    items,
    missing,
  };
}

/**
 * "What does Line Kristoffersen do?", "Kva gjer Øyvind Tanum?": asked what a person does, by name alone, the answer
 * is her role and what the subproject she leads does (its task is on the subproject, not on her).
 */
function workOf(vocab: Vocabulary, d: Decision): AnswerItem[] {
  const { analysis, top } = d;
  if (top.entry.type !== 'person' || !analysis.intents.has('what')) return [];
  if (
    ['who', 'lead', 'contact', 'phone', 'email', 'where', 'when'].some((i) =>
      analysis.intents.has(i as Intent),
    )
  )
    return [];
  if (!analysis.known.every((t) => top.properTerms.has(t))) return [];
  return vocab.kb.subprojects
    .filter((sp) => sp.lead === top.entry.id)
    .map((sp) => ({ type: 'subproject', subproject: sp, lead: vocab.people.get(sp.lead)! }) as AnswerItem);
}

/**
 * The other entry is of the top's kind and named by its own name right beside the top's, joined by «og»/«and», and
 * the names are all the question says: in "Hvem av Skorstad, Kristoffersen og Storsve kommer fra IT-tjenesten?" the
 * names are what is chosen from, by the rest.
 */
function coordinated(vocab: Vocabulary, analysis: Analysis, top: Candidate, c: Candidate): boolean {
  if (c.entry.type !== top.entry.type || top.properTerms.size === 0 || c.properTerms.size === 0) return false;
  // (Besides the names, only what is said of both: "Kven er Helge Garåsen og Ole Gunnar Kjøsnes, som er med på biletet?")
  const ofBoth = (t: string) => top.terms.has(t) && c.terms.has(t);
  if (!analysis.known.every((t) => top.properTerms.has(t) || c.properTerms.has(t) || ofBoth(t))) return false;
  const at = (cand: Candidate) => [...cand.properTerms].map((t) => analysis.positions.get(t) ?? -1);
  const [first, second] = [at(top), at(c)].sort((a, b) => Math.min(...a) - Math.min(...b));
  const between = analysis.tokens.slice(Math.max(...first!) + 1, Math.min(...second!));
  return between.length > 0 && between.every((t) => vocab.language.focus.joins.has(t));
}

/**
 * "Hvem er Arne?", "Who is Arne?": a person named only by a name another person has too (two council members are
 * called Arne) may be either; both are the answer, not the one that happens to rank first.
 */
function namesake(vocab: Vocabulary, top: Candidate, c: Candidate): boolean {
  if (top.entry.type !== 'person' || c.entry.type !== 'person' || c.score !== top.score) return false;
  const names = [...top.properTerms];
  return (
    names.length > 0 &&
    names.every((t) => vocab.personNameStems.has(t) && c.properTerms.has(t)) &&
    top.terms.size === c.terms.size &&
    [...top.terms].every((t) => c.terms.has(t))
  );
}

/**
 * For a question that opens with "kan"/"can" (or another yes/no verb) and holds only words the bot knows: the sentence
 * of the entry's text (in the question's language first) that says "kan"/"can" (that verb) and has every word the
 * question names, at least two (three) of them, besides the names of the project and the platform themselves.
 */
function sentenceSaying(vocab: Vocabulary, id: string, analysis: Analysis): string | undefined {
  const shape = vocab.language.questionShape;
  // "Har Helse Midt-Norge RHF sett i gang eit tilsvarande arbeid?": a question opened by another yes/no verb is
  // answered so by a sentence with that verb and every word, at least three of them ("… har satt i gang et
  // tilsvarende arbeid").
  const opener = analysis.tokens[0] ?? '';
  const verbs = shape.may.has(opener) ? [...shape.may] : shape.yesNo.has(opener) ? [opener] : [];
  if (verbs.length === 0 || analysis.unknown.length > 0) return undefined;
  if (analysis.everydayPositions.length > 0 || analysis.generalPositions.length > 0) return undefined;
  const whole = wholeProjectTerms(vocab);
  const asked = [...new Set(analysis.known)].filter((t) => !whole.has(t));
  if (asked.length < (shape.may.has(opener) ? 2 : 3)) return undefined;
  const entry = [...vocab.kb.decisions, ...vocab.kb.facts].find((e) => e.id === id);
  if (!entry) return undefined;
  const texts = [entry.text[analysis.lang], entry.text.nb, entry.text.nn, entry.text.en];
  for (const text of texts) {
    for (const sentence of text?.split(/(?<=[.!?])\s+/) ?? []) {
      const own = new Set(terms(sentence));
      if (!verbs.some((m) => own.has(stem(m)))) continue;
      if (asked.every((t) => own.has(t))) return sentence.trim();
    }
  }
  return undefined;
}

/** The council's members whose role has a title the question names and the council has nowhere else, and the title. */
function membersTitled(vocab: Vocabulary, d: Decision): { title: string; members: Person[] } | undefined {
  const { analysis, top } = d;
  const body = vocab.bodies.get(top.entry.id);
  if (!body) return undefined;
  const people = body.members.map((m) => vocab.people.get(m)!);
  for (const term of analysis.known) {
    if (top.terms.has(term) || listHolds(vocab, top.entry, term)) continue;
    const members = people.filter((p) => roleTerms(p).has(term));
    if (members.length > 0)
      return { title: analysis.words()[analysis.positions.get(term)!] ?? term, members };
  }
  return undefined;
}

/**
 * The words of the project and the platform as a whole (the names, aliases and keywords of what the project office
 * answers for): a question may name them besides what it asks of, as what everything on the page is about.
 */
export const wholeProjectTerms = perVocabulary(
  (vocab: Vocabulary) =>
    new Set(
      vocab.kb.projectOffice.contactFor.flatMap((ref) => {
        const e = vocab.entries.get(ref);
        return e ? terms(`${e.names} ${e.aliases} ${e.keywords}`) : [];
      }),
    ),
);
