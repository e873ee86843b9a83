import type { Answer } from './answer';
import { type Analysis, analyse } from './analysis';
import { COUNTABLE, COLLECTIONS, LEADABLE, all } from './entries';
import { countsSectionList } from './section-lists';
import { holds, itemNamed, listOf } from './lists';
import { itemsFor, overview } from './items';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';
import { countElsewhere, namesOtherSubproject, roleTerms } from './refusals';
import { sentencesOf } from './focus';
import { roleHolder } from './role-holder';
import { eachLed, ledPart } from './led-part';
import { partInProject } from './part-in-project';
import { contactAsked } from './project-contact';
import {
  asksBeyondPage,
  asksForErrand,
  asksOwnDoing,
  opensAsRequest,
  asksShortFor,
  unknownGroup,
} from './outside';
import { stem, terms } from './text';
import { perVocabulary } from './per-vocabulary';
import { whichLength } from './which-by-sentence';
import { reportsFault } from './fault-report';
import { answersWhen, namedByExpecting } from './dated';
import { jointDecision, jointlyMade, leadIsDoing } from './joint-decision';
import { howTheyTakePart } from './taking-part';
import { listOfKindAsked } from './item-kinds';
import { describedTopic, othersSentenceTopic, sentenceTopic, spokenOfTopic } from './sentence-topic';
import { placedTopic, unitPlaceTopic } from './placed-topic';
import { existingSystems } from './told';
import {
  MIN_SCORE,
  PROMOTE_RATIO,
  type Question,
  asksOther,
  countAsked,
  responsibleItself,
} from './decision';

/** The refusals that need no topic: questions about something the page cannot hold, whatever their words match. */
export function refuseEarly(q: Question): Answer | undefined {
  const { vocab, question, analysis, candidates, fallback } = q;
  const top = candidates[0];
  // "Hvem kan jeg kontakte?" names no topic: the contact list is the answer.
  const bare =
    analysis.known.length === 0 && analysis.unknown.length === 0 && analysis.generalPositions.length === 0;
  // "Hvem er sjefen min?" asks about the user's own workplace, which the bot does not know.
  if (bare && analysis.own) return fallback;
  // "Hva står SSIKT for?": the page writes out no short form, whatever role it appears in.
  if (asksShortFor(vocab, question)) return fallback;
  // How the asker does something, or an everyday thing they would do (see asksOwnDoing).
  if (asksOwnDoing(vocab, analysis)) return fallback;
  // A fault with the asker's device, app or account is an errand for the help desk (see fault-report.ts).
  if (reportsFault(vocab, analysis)) return fallback;
  // "Hvilken helseplattform bruker Oslo kommune?", "Which health platform does Stavanger use?": a place or
  // organisation the page does not know is what the question is about, however much else of it matches the page.
  if (analysis.otherNames.length > 0) return fallback;
  if (asksBeyondPage(vocab, analysis, top)) return fallback;
  // (Asked in its own sentence: "Kan noen ringe meg om tilgang? Nummeret er …" is still an errand. The first sentence
  // is worked out on its own only for a message that opens as a request.)
  if (opensAsRequest(vocab, analysis.tokens)) {
    const first = sentencesOf(question)[0] ?? question;
    if (asksForErrand(vocab, first === question ? analysis : analyse(vocab, first))) return fallback;
  }
  // "Hvilket selskap leverer journalsystemet?", "Who is the vendor?": the page mentions a supplier but never says who it
  // is; asked for near the start of the question, it is what the question is about. So it is named before anything
  // else the page knows: "What is the name of the supplier of the new journal system?".
  if (asksUnnamed(vocab, analysis)) return fallback;
  // "Hvilke fagsystemer skal erstattes?": the page speaks of the systems to be replaced but never names one; which
  // they are, or how many, it does not know (though the subproject that maps the units using them is known).
  // (Of the part of the project named, they are those it maps: "Kva for fagsystem gjeld kartlegginga i
  // funksjonalitetsdelprosjektet?")
  const partNamed = !!top && [...top.nameTerms].some((t) => !vocab.projectTerms.has(t));
  if (asksWhichOf(vocab, analysis, vocab.language.questionShape.unlisted) && !partNamed) return fallback;
  // "Hvem sitter i ledergruppen?", "Who is on the steering committee?": a body the page has no entry for has no
  // members the bot knows, whatever else of the question it knows; the answer says so and shows what it matched.
  const group = unknownGroup(vocab, analysis);
  // "Har Trondheim kommune sittet i ledergruppen i anskaffelsesprosjektet?": whether someone was in a group the topic
  // speaks of (a keyword of it) is for its sentence to say, not who all its members are.
  const spoken = (g: string) => {
    const keywords = new Set(terms(top?.entry.keywords ?? ''));
    return analysis.yesNo && terms(g).every((t) => keywords.has(t));
  };
  if (group !== undefined && !spoken(group)) {
    // What it matched, or else the bodies it knows.
    const nearby =
      top && top.score >= MIN_SCORE
        ? [top.entry]
        : vocab.kb.bodies.flatMap((b) => vocab.entries.get(b.id) ?? []);
    return {
      ...fallback,
      topicId: nearby[0]?.id,
      items: nearby.flatMap((e) => itemsFor(vocab, e, new Set()).items),
      missing: { attribute: 'members', subject: group },
    };
  }
  // ("Kven sit i styret? Kan de liste opp medlemmene?": a group the page does not know is asked of before any contact.)
  if (bare && (analysis.intents.has('contact') || analysis.intents.has('lead'))) {
    return { ...overview(vocab, 'contacts', analysis.lang), question };
  }
  return undefined;
}

/**
 * What the question is about: the best match, or a close runner-up of the kind the question asks for; undefined when
 * nothing matches well enough to be an answer.
 */
export function chooseTopic(q: Question): Candidate | undefined {
  const { vocab, analysis, candidates } = q;
  const partaking = howTheyTakePart(q);
  if (partaking) return partaking;
  let top = candidates[0];
  // "Is the health station part of it?", "Er helsestasjonen med i den nye journalløysinga?": in a yes/no question,
  // a word that names one item of a list of what is included (the services, the municipalities) is what is asked
  // about, however little else of the list the question names, when the best match is a general fact without that
  // word. (Not with words the bot does not know, nor beside another topic: "the train station".)
  const listed =
    top && analysis.yesNo && !asksOther(analysis) && analysis.unknown.length === 0
      ? candidates.find((c) => {
          const named = itemNamed(vocab, c.entry, analysis.known, analysis.lang);
          if (named === undefined) return false;
          // The best match is a general fact (the platform itself), which does not have the item's word.
          const aboutPlatform = vocab.isProject(top!.entry.id) && !top!.terms.has(named[2]);
          // ("Is the local project organisation in an old school?": a word that is the name of something else the
          // page has, the school the project is in, names that.)
          const namesOther = candidates.some((o) => o !== c && o !== top && o.nameTerms.has(named[2]));
          return c === top || (c.entry.type === 'fact' && aboutPlatform && !namesOther);
        })
      : undefined;
  // "Hvor sender jeg generelle spørsmål om innføringen på e-post?": how to reach the project as a whole, named only by a
  // word of its own, is asked however weakly that word matches; the project office answers it (answerContactPoint).
  const project = (c: Candidate) => vocab.isProject(c.entry.id);
  const reachProject =
    contactAsked(analysis) &&
    candidates.find((c) => project(c) && analysis.known.every((t) => c.terms.has(t)));
  // "Forsvinner de gamle journalsystemene når Helseplattformen kommer?", "Hva skjer med dagens journalsystemer?": a word
  // for the platform said of the systems of today names the item of a list that has it (their operation is removed),
  // not the platform.
  // (Worked out only when the question says the systems of today at all.)
  const ofToday =
    top &&
    (analysis.yesNo || analysis.opening === 'what') &&
    !asksOther(analysis) &&
    vocab.isProject(top.entry.id)
      ? analysis.known.filter((t) => existingSystems(vocab, analysis, t))
      : [];
  const today =
    ofToday.length > 0
      ? candidates.find((c) => {
          // (Nothing else the page knows besides: "Skal data fra systemene vi har i dag flyttes …?" asks of data.)
          const besides = analysis.known.every((t) => vocab.projectTerms.has(t) || c.terms.has(t));
          return besides && itemNamed(vocab, c.entry, ofToday, analysis.lang) !== undefined;
        })
      : undefined;
  if (listed) top = listed;
  else if (today) top = today;
  else if (reachProject && (!top || top.score < MIN_SCORE)) return reachProject;
  else if (!top || top.score < MIN_SCORE)
    return (
      describedTopic(vocab, analysis, candidates, undefined) ??
      titledMembersBody(q) ??
      listOfKindAsked(vocab, analysis, candidates)
    );
  // "Hva går gevinstrealisering ut på i prosjektet?": the part of the project named beside it (see part-in-project.ts).
  const part = partInProject(vocab, analysis, candidates, top);
  top = part ?? ledPart(vocab, analysis, candidates, top) ?? eachLed(vocab, analysis, candidates, top) ?? top;
  // "Hvem integrerer systemene mot Helseplattformen?": asked who, the platform named beside what is done is where it
  // is done; a part of the project that has the other word as its own (integrasjon: Teknisk) is who does it.
  // So in a yes/no question of what is done ("Skal data fra dagens systemer flyttes over til Helseplattformen?").
  const doneAsked = analysis.intents.has('who') || (analysis.yesNo && project(top));
  if ((project(top) || top.entry.type === 'fact') && doneAsked) {
    // ("Who leads the preparations for the new system in the municipality?", "… towards the other municipalities in
    // the region?": a word for a municipality or a region says where.)
    const place = (t: string) => vocab.orgWords.has(t) || placeWords(vocab).has(t);
    const own = (t: string) => !top!.terms.has(t) && !vocab.projectTerms.has(t) && !place(t);
    const done = analysis.known.filter(own);
    // ("who leads the work on what we gain from the new platform?": a topic named only by a word for the project is
    // where; a part that has every other word as its own does it, however weakly those words match.)
    const where = [...top.terms].every((t) => vocab.projectTerms.has(t));
    const part = candidates.find(
      (c) =>
        LEADABLE.has(c.entry.type) &&
        done.some((t) => c.strongTerms.has(t)) &&
        (c.score >= PROMOTE_RATIO * top!.score || (where && done.every((t) => c.strongTerms.has(t)))),
    );
    if (part) top = part;
  }
  // "What did Trondheim kommune do together with Helse Midt-Norge RHF?", "Hvem samarbeider Trondheim kommune med?":
  // what organisations did together is the decision they made with another (its decidedBy names them all), which
  // beats a close topic that names only some of them.
  const orgs = analysis.known.filter((t) => vocab.orgWords.has(t));
  // (Made with another: by several organisations, in the words of any language; «Helse Midt-Noreg RHF» of the nynorsk
  // line is no other than «Helse Midt-Norge RHF».)
  const madeBy = (c: Candidate, other: boolean) => {
    const made = vocab.decisions.get(c.entry.id);
    const by = new Set(made ? terms(all(made.decidedBy)) : []);
    return orgs.every((t) => by.has(t)) && (!other || jointlyMade(vocab, c));
  };
  const together = analysis.tokens.some((t) => vocab.language.questionShape.together.has(t));
  const someInTitle =
    orgs.some((t) => top!.strongTerms.has(t)) && !orgs.every((t) => top!.strongTerms.has(t));
  const madeTogether =
    orgs.length > 0 &&
    (together ? !madeBy(top, true) : top.entry.type === 'decision' && someInTitle && !madeBy(top, false));
  if (madeTogether) {
    const made = candidates.find(
      (c) => c.entry.type === 'decision' && madeBy(c, together) && c.score >= PROMOTE_RATIO * top!.score,
    );
    if (made) top = made;
  } else top = jointDecision(vocab, analysis, candidates, top) ?? top;
  // "Who leads X" wants something with a lead; a close runner-up that has one beats a topic that has none.
  // (Not when the topic is what is responsible itself: see responsibleItself.)
  // ("Hvem jobber med gevinstene?", "Who is working on the gains?": the benefits name no one; asked who, the part of the
  // project that works on them does.)
  const benefits = top.entry.type === 'gains' || top.entry.type === 'gainCategory';
  if (
    (analysis.intents.has('lead') || (analysis.intents.has('who') && benefits)) &&
    !LEADABLE.has(top.entry.type) &&
    !leadIsDoing(vocab, analysis, top) &&
    !responsibleItself(analysis, top)
  ) {
    const leadable = candidates.find(
      (c) => LEADABLE.has(c.entry.type) && c.strong && c.score >= PROMOTE_RATIO * top!.score,
    );
    if (leadable) top = leadable;
  }
  // A person named by their title beats the place it is held in (see role-holder.ts): "Who is the communications lead
  // of the implementation project?", "Kva er telefonnummeret til prosjektleiaren for innføringa?".
  top = roleHolder(analysis, candidates, top) ?? top;
  // Likewise "when" wants something with a date: a close decision or milestone beats a topic without one.
  // ("when is the go-live date for trondheim kommune?": not one matched only by where, whose date is of another thing.)
  if (analysis.intents.has('when') && !answersWhen(top, candidates)) {
    // ("Når er det ventet at saken kommer?": a word of expecting asks when it was expected, and names nothing.)
    const expecting = namedByExpecting(vocab, top);
    const dated = candidates.find(
      (c) =>
        answersWhen(c, candidates) &&
        c.strong &&
        (c.score >= PROMOTE_RATIO * top!.score || expecting) &&
        [...c.terms].some((t) => !vocab.orgWords.has(t)),
    );
    if (dated) top = dated;
  }
  // "How many staff …", "Hvilke kommuner …": what is counted or listed must be what the answer holds; a close
  // runner-up that has it wins.
  const noun = analysis.askedNoun;
  const countingEarly = countAsked(analysis);
  // "Hvor mange kommuner har opsjonsavtale?": the agreement has no count; the list the noun names has.
  const uncountable =
    countingEarly && !COUNTABLE.has(top.entry.type) && !countsSectionList(vocab, analysis, top.entry);
  if (noun !== undefined && (!holds(vocab, top, noun) || uncountable)) {
    // Unless the question names the topic by words of its own the runner-up does not have ("ansatte i
    // Bispegata"); a word many entries are called by ("Helseplattformen") is context, not a topic.
    const fits = (c: Candidate) =>
      c.strongTerms.has(noun) &&
      c.score >= PROMOTE_RATIO * top!.score &&
      // "Hvilket delprosjekt …" asks which one of the list: a member of it already answers.
      !top!.entry.parents.includes(c.entry.id) &&
      (!uncountable || COUNTABLE.has(c.entry.type)) &&
      (!top!.named ||
        // The project itself ("innføringsprosjektet") is context for a list of its parts ("Which subprojects
        // does the implementation project have?") or for a list the page gives ("Hvilke tjenester i Trondheim
        // kommune er med i innføringa?").
        (top!.entry.type === 'unit' &&
          (COLLECTIONS.has(c.entry.type) || listOf(vocab, c.entry) !== undefined) &&
          c.nameTerms.has(noun)) ||
        // The platform itself, by any of its names, is context for what is counted of it ("Kor mange innbyggjarar
        // vert omfatta av den felles journalløysinga?": the inhabitants affected). A place is where, not what, is
        // counted ("Omtrent hvor mange i Trondheim kommune …").
        (top!.entry.type === 'fact' && vocab.isProject(top!.entry.id) && !vocab.employers.has(noun)) ||
        [...top!.strongTerms].every((t) => c.terms.has(t) || vocab.strongEntries(t) > 2));
    // An entry the noun names ("kommuner" for the municipalities) before one that only has it in a keyword.
    const holder =
      candidates.find((c) => fits(c) && c.nameTerms.has(noun)) ??
      candidates.find((c) => fits(c)) ??
      listOfKindAsked(vocab, analysis, candidates);
    if (holder) top = holder;
  }
  // "Kor mange folk i Trondheim kommune …": people, said generally, counted where the question says, are a figure
  // given in a sentence that names that place; a fact with one beats a fact whose figures are of somewhere else.
  const places = analysis.known.filter((t) => vocab.orgWords.has(t));
  if (
    countingEarly &&
    noun === undefined &&
    places.length > 0 &&
    top.entry.type === 'fact' &&
    countElsewhere(vocab, top, analysis)
  ) {
    const figureHere = (c: Candidate) =>
      (vocab.figures.get(c.entry.id) ?? []).some((f) => places.every((t) => f.words.has(t)));
    const here = candidates.find((c) => c.entry.type === 'fact' && figureHere(c));
    if (here) top = here;
  }
  // "Kva delprosjekt finst i innføringsprosjektet?", "List the subprojects of the project": a question that opens
  // with what, or asks for a list ("Can you list the four subproject leaders in Trondheim's implementation
  // project?"), and first names a list asks for that list, as "hvilke" does; the project named after it is where the
  // list is.
  const listAsked = candidates.find(
    (c) =>
      COLLECTIONS.has(c.entry.type) &&
      c.named &&
      (analysis.opening === 'what' ||
        analysis.intents.has('list') ||
        // "Who are the leaders of the four subprojects in Trondheim's implementation project?": their leads.
        (analysis.opening === 'who' && analysis.intents.has('lead'))) &&
      c.nameTerms.has(analysis.known[0]!),
  );
  if (listAsked && top.entry.type === 'unit') top = listAsked;
  top = sentenceTopic(vocab, analysis, candidates, top) ?? top;
  top = othersSentenceTopic(vocab, analysis, candidates, top) ?? top;
  top = describedTopic(vocab, analysis, candidates, top) ?? top;
  top = spokenOfTopic(vocab, analysis, candidates, top) ?? top;
  top = placedTopic(vocab, analysis, candidates, top) ?? top;
  top = unitPlaceTopic(vocab, analysis, candidates, top) ?? top;
  // "Hvem leder delprosjektet for kommunikasjon?", "the communications subproject": a subproject named by a word that
  // is no subproject's is one that does not exist, whoever else the word names.
  const subprojects = candidates.find((c) => c.entry.type === 'subprojects' && c.named);
  if (
    subprojects &&
    top.entry.type !== 'subproject' &&
    namesOtherSubproject(vocab, subprojects, candidates, analysis)
  )
    top = subprojects;
  return top;
}

/**
 * "Which of the members is rådmann?", "Hvem av medlemmene er kommuneoverlege?": the members of no body named, with
 * a title, are the members of the one body where some members have that title in their roles; that body is asked.
 */
function titledMembersBody(q: Question): Candidate | undefined {
  const { vocab, analysis } = q;
  const members = vocab.language.questionShape.members;
  if (!analysis.tokens.some((t) => members.has(t))) return undefined;
  if (analysis.known.length === 0 || analysis.unknown.length > 0) return undefined;
  const bodies = vocab.kb.bodies.filter((b) =>
    b.members.some((m) => {
      const person = vocab.people.get(m);
      return person !== undefined && analysis.known.every((t) => roleTerms(person).has(t));
    }),
  );
  const entry = bodies.length === 1 ? vocab.entries.get(bodies[0]!.id) : undefined;
  if (!entry) return undefined;
  const none = new Set<string>();
  return {
    entry,
    score: MIN_SCORE,
    strong: false,
    terms: none,
    strongTerms: none,
    named: false,
    nameTerms: none,
    properTerms: none,
  };
}

/**
 * A question that asks which, how many or what the names are ("Hvilke av dagens fagsystemer …", "Kor mange fagsystem
 * …", "Hva heter fagsystemene …"), of one of the given terms among its first words, with nothing else the page knows
 * before it ("av dagens", "de gamle").
 */
function asksWhichOf(vocab: Vocabulary, analysis: Analysis, nouns: Set<string>): boolean {
  const { tokens, intentPositions } = analysis;
  const at = tokens.findIndex((t) => nouns.has(stem(t)));
  if (at < 0 || at > 4) return false;
  const role = vocab.language.roleQuestion;
  const naming = role.what.has(tokens[0] ?? '') && role.naming.has(tokens[1] ?? '');
  // ("Kva for fagsystem …": a which of two words.)
  const opens = whichLength(vocab, tokens);
  if (!naming && opens === undefined && !analysis.intents.has('count')) return false;
  // No other thing the page knows, nor a question word, stands between ("Hvilke enheter bruker fagsystemene …" asks
  // for units); "hvor mange" are the question words themselves.
  let start = naming ? 2 : (opens ?? 0);
  while (!naming && opens === undefined && intentPositions.includes(start)) start++;
  const between = (p: number) => p >= start && p < at;
  // ("Hvilke konkrete fagsystemer …": a word no entry is called by says what they are like, not another thing.)
  const held = analysis.knownPositions.filter((p, k) => vocab.strongEntries(analysis.known[k]!) > 0);
  return !held.some(between) && !intentPositions.some(between);
}

/**
 * Asks for the supplier, whom the page never names: a word for it among the question's first four words, or before
 * anything else the page knows ("What is the name of the supplier of …", "Which company is the supplier …").
 */
function asksUnnamed(vocab: Vocabulary, analysis: Analysis): boolean {
  const { tokens, knownPositions } = analysis;
  const unnamed = vocab.language.questionShape.unnamed;
  const at = tokens.findIndex((t) => unnamed.has(t));
  if (at < 0) return false;
  return at < 4 || knownPositions.every((p) => p >= at || unnamed.has(tokens[p]!));
}

/** The words for a municipality, a county or a region, as the question's terms are. */
const placeWords = perVocabulary(
  (vocab: Vocabulary) =>
    new Set([...vocab.language.questionShape.placeNouns, ...vocab.language.asker.placeNouns].flatMap(terms)),
);
