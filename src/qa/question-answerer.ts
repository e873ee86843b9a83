import { LRUCache } from 'lru-cache';
import { ownCopy } from '../security/plain-text';
import type { Answer } from './answer';
import type { LanguageData } from './language-data';
import type { KnowledgeBase, Lang, Person } from './knowledge-base';
import { COLLECTIONS } from './entries';
import { type Analysis, analyse, askedNounAsWritten } from './analysis';
import { type Focus, findFocus } from './focus';
import { fold, terms } from './text';
import { rank } from './ranking';
import { overview } from './items';
import { keyContacts } from './lists';
import { CACHE_TTL_MS, Vocabulary } from './vocabulary';
import { type Decision, MIN_SCORE } from './decision';
import { STAGES } from './stages';
import { chooseTopic, refuseEarly } from './topic';
import { asksHowTo } from './outside';
import { reportsFault } from './fault-report';
import { withoutAbbreviationDots } from './short-forms';
import { withoutAskersPurpose, withoutOpeningSmallTalk, withoutUseOfAnswer } from './asker-purpose';
import { pointsWithin, restAtAskersPlace, saidOfAllOfAskersKind } from './askers-place';
import {
  holdsForAsker,
  restHoldsForAsker,
  restPointingBack,
  withoutAskerIntroduction,
  withoutAskersMunicipality,
} from './asker-context';
import { shortened } from './question-text';
import { MAX_PARTS, mergeParts, mergeSeparate, questionParts, withAskedNoun } from './question-parts';
import { followUpMessage } from './follow-up-question';
import { answerFollowUps, wholeAnswers } from './follow-up';
import { withSubjectsAsked } from './missing-subject';
import { answerFollowUpsOfNamed } from './named-follow-up';
import { pairedQuestions } from './paired-question';
import { withoutKnownChoices } from './choices';
import { answerWithoutTopic } from './without-topic';
import { answerOfYesNoSentence, earlierAsks, namesWhatItPointsTo, restSaysNothing } from './focus-reach';
import { asksOwnSubject, leadSetsWithin, placeAskedBefore, pointsToOneOfKind } from './focus-scope';
import { doerAsked } from './responsibility';
import { answerBeforeTopic } from './before-topic';
import { sharedDetailParts } from './shared-detail';
import { composeAnswer } from './compose';
import { asksDetailOf, entriesAskedOf, namesOnlyKind, ownerElsewhere, termAsWritten } from './owner-before';
import { answerOfQuotedLine } from './quoted-line';
import { answerOfAskersCounty, answerOfCountyAsked, countyMayAnswer } from './county-place';
import { asMeant } from './as-meant';
import { answerRunOn } from './run-on-question';
import { answerDespiteWish } from './contact-wish';
import { withoutAudience } from './audience';
import { answerConceding } from './concession';
import { answerContrasted } from './contrast';
import { answerOfBareWho } from './bare-follow-up';
import { answersAskersRole } from './asker-role';
import { answerIntroducedParts } from './introduced-parts';
import { topicBeforeDash } from './dash-topic';

/** The focused question's topic must score at least this share of the whole message's best to be answered alone. */
const FOCUS_RATIO = 0.3;

/** Questions are answered from their first MAX_QUESTION_CHARS characters; the rest is ignored (the bot logs it). */
export const MAX_QUESTION_CHARS = 1000;
/** What an answer holds besides its question (items, sources), roughly, in bytes. */
const ANSWER_OVERHEAD_BYTES = 4096;

/** Answers questions about the project from the knowledge base: pure, synchronous and fast. */
export class QuestionAnswerer {
  private readonly vocab: Vocabulary;
  // Answers are pure functions of the knowledge base, kept for reuse: after an announcement many ask the same few
  // questions. Bounded by count, size and age, so distinct long questions cannot fill the heap (BENCHMARKS.md, soak).
  private readonly answers = new LRUCache<string, Answer>({
    max: 2000,
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (answer, key) => 2 * (key.length + answer.question.length) + ANSWER_OVERHEAD_BYTES,
    ttl: CACHE_TTL_MS,
  });

  constructor(kb: KnowledgeBase, language: LanguageData) {
    this.vocab = new Vocabulary(kb, language);
  }

  /** Answers one question; never throws on any input. `reuse: false` works it out again (benchmarks). */
  answer(asked: string, options: { reuse?: boolean } = {}): Answer {
    // A copy, not a slice: the answer and its cache key must not keep a 200 kB message alive.
    const question = asked.length > MAX_QUESTION_CHARS ? ownCopy(asked.slice(0, MAX_QUESTION_CHARS)) : asked;
    const cached = options.reuse === false ? undefined : this.answers.get(question);
    if (cached) return cached;
    const answer = this.answerUncached(question);
    this.answers.set(question, answer);
    return answer;
  }

  /**
   * "Hvem leder prosjektet og hvem leder prosjektkontoret?": a message of several questions, each about something of
   * its own, is answered part by part in one card (see question-parts.ts); otherwise the message is one question.
   */
  private answerUncached(asked: string): Answer {
    // "hvem er ansv. for opplæring": an abbreviation's dot ends no sentence, in the message as meant (see as-meant.ts).
    const cased = asMeant(this.vocab, asked);
    const dotted = withoutAbbreviationDots(cased, (word) => shortened(this.vocab, word));
    // "… kva står det? skal leggje fram på personalmøte": what the asker will do with the answer steers nothing either.
    const said = withoutAskersPurpose(this.vocab, dotted) ?? dotted;
    // (Nor what the asker will use it for, "… til et referat, kan du gi meg den?", nor whom, see audience.ts.)
    const purposeless = withoutAudience(this.vocab, withoutUseOfAnswer(this.vocab, said) ?? said);
    // "Hei! Lurer på en ting: List opp gevinstene.": nor does the small talk it opens with.
    const question = withoutOpeningSmallTalk(this.vocab, purposeless) ?? purposeless;
    const whole = this.answerQuestion(asked, question);
    // "Jeg er kommuneoverlege på Sunnmøre. Er vi med, og …?": see introduced-parts.ts; run on, see run-on-question.ts.
    const parts = answerIntroducedParts(this.vocab, question, whole, (t) => this.answerUncached(t));
    return parts ?? answerRunOn(this.vocab, question, whole, (t) => this.answerQuestion(asked, t));
  }

  /** The message as asked, answered as its question without the words around it that steer nothing (see above). */
  private answerQuestion(asked: string, question: string): Answer {
    // "Vi i Oppdal har jo opsjonsavtale – hvem koordinerer …?": where the asker is steers nothing either, when it is one
    // of the municipalities the page covers without naming them (see asker-context.ts).
    // "Eg jobbar i Volda. Er vi med?": «vi» is the asker's municipality, of which the page says what it says of its county.
    const ours = answerOfAskersCounty(this.vocab, question, (text) => this.answerPlain(asked, text));
    if (ours) return { ...ours, question: asked };
    const local = withoutAskersMunicipality(this.vocab, question);
    if (local !== undefined) {
      const answer = this.answerPlain(asked, local, true);
      if (holdsForAsker(this.vocab, question, local, answer)) return { ...answer, question: asked };
    }
    const answer = this.answerPlain(asked, question);
    // "Er Oppdal med?": what the page says of all the municipalities of its county (see county-place.ts), also after a
    // «Nei» or a card of someone from there (see countyMayAnswer). "Så dette i Teams: «…». Hvilket delprosjekt gjelder
    // det?": a sentence of the page quoted (see quoted-line.ts).
    if (!countyMayAnswer(this.vocab, question, answer)) return answer;
    const other =
      answerOfCountyAsked(this.vocab, question, (text) => this.answerPlain(asked, text)) ??
      (answer.kind === 'fallback' ? answerOfQuotedLine(this.vocab, question, answer) : undefined);
    return other ? { ...other, question: asked } : answer;
  }

  /**
   * The message, after its abbreviations' dots, answered without the asker's introduction (see answerUncached);
   * `inRegion` when the asker's municipality, taken out of it, is one of the region's.
   */
  private answerPlain(asked: string, question: string, inRegion = false): Answer {
    // "Jeg er kommuneoverlege i Malvik og må ringe …": who the asker is steers nothing (see asker-context.ts).
    const plain = withoutAskerIntroduction(this.vocab, question) ?? question;
    // "Jeg jobber på et sykehjem i Kristiansund. Når tar vår kommune i bruk Helseplattformen?": what is asked of the
    // asker's own workplace, when the page does not say it, the introduction's words (sykehjem) must not find either.
    const back = plain === question ? restPointingBack(this.vocab, question) : undefined;
    // "Leder hjemmesykepleien i Bindal. Er vi med …?": «vi» is the place the introduction names, when the page knows it
    // (or the service it names, when it names no place: not so with the asker's municipality taken out, `inRegion`).
    const placed = back === undefined ? undefined : restAtAskersPlace(this.vocab, question, !inRegion);
    const there = placed === undefined ? undefined : this.answerMessage(placed);
    // ("Jeg jobber i Kristiansund. Hvor mange ansatte har vi?": what the page does not say of that place, it does not
    // know of the asker's workplace either.)
    if (there?.kind === 'answer' || (there && analyse(this.vocab, placed!).intents.size > 0))
      return { ...withSubjectsAsked(this.vocab, asked, there), question: asked };
    const alone = back === undefined ? undefined : this.answerMessage(back);
    if (alone?.kind === 'fallback' && analyse(this.vocab, back!).intents.size > 0)
      return { ...withSubjectsAsked(this.vocab, asked, alone), question: asked };
    if (alone && saidOfAllOfAskersKind(this.vocab, question, alone)) return { ...alone, question: asked };
    // (What a refusal names is what the asker wrote or what the bot matched, never a word it rewrote.)
    // ("Er Bindal med, sjøl om kommunen ligger i Nordland?": what the asker takes as given, see concession.ts; "Vi
    // ønsker å ta kontakt med rådmannen fra Lierne. Hva heter vedkommende?": why the asker asks, see contact-wish.ts.)
    const answerOf = (t: string) => answerDespiteWish(this.vocab, t, (w) => this.answerMessage(w));
    const contrasted = (t: string) => answerContrasted(this.vocab, t, answerOf);
    const answer = withSubjectsAsked(this.vocab, asked, answerConceding(this.vocab, plain, contrasted));
    // "Jeg er kommuneoverlege på Sunnmøre. Hvem ivaretar interessene til oss …?": see asker-role.ts.
    if (alone?.kind === 'answer' && answersAskersRole(this.vocab, question, back!, answer))
      return { ...alone, question: asked };
    // "I'm from Ukraine, working as a nurse in Vestnes. Does my municipality have an option agreement …?": where the
    // asker comes from finds nothing; what the rest asks of the asker's municipality, one of the region's, the page
    // may say of all of them.
    if (
      answer.kind === 'fallback' &&
      alone !== undefined &&
      ((inRegion && restHoldsForAsker(this.vocab, back!, alone)) || pointsWithin(this.vocab, back!, alone))
    )
      return { ...alone, question: asked };
    return plain === asked ? answer : { ...answer, question: asked };
  }

  /** A message of one or several questions (see answerUncached). */
  private answerMessage(question: string): Answer {
    const whole = this.answerOne(question);
    const words = this.vocab.language.focus;
    const answerPart = (text: string) => {
      const [answer, { known, unknown }] = [this.answerOne(text), analyse(this.vocab, text)];
      const words = { known: known.length, unknown: unknown.length };
      return { answer, asksAlone: answer.missing !== undefined || unknown.length > 0, words };
    };
    // "… e-postadressene til både prosjektlederen og lederen for prosjektkontoret?": one question of two things, each
    // something the page has ("forskjellen på fylke og kommune" asks of no fylke), when the bot cannot answer it as one.
    const pair = mergeSeparate(whole, pairedQuestions(question, words), (t) => this.answerOne(t));
    if (pair) return pair;
    // "…: Kristiansund, Molde or Steinkjer?": the question without the choices it offers, when they stand in its way.
    const choiceless = whole.kind === 'fallback' ? withoutKnownChoices(this.vocab, question) : undefined;
    const chosen = choiceless === undefined ? undefined : this.answerOne(choiceless);
    // ("Is Ragnhild Holmberg Aunsmo from Verdal or from Levanger?": no yes or no about the one choice left.)
    if (chosen?.kind === 'answer' && chosen.direct?.type === 'roleOf')
      return { ...chosen, direct: undefined, question };
    if (chosen?.kind === 'answer') return { ...chosen, question };
    const asked = questionParts(question, words, whole.kind === 'fallback');
    const who = answerOfBareWho(whole, asked, this.vocab.language, (t) => this.answerOne(t));
    if (who) return { ...who, question };
    if (asked.length < 2) return this.answerSharedDetail(question, whole);
    if (asked.length > MAX_PARTS) return whole;
    // "…, og hvor mange av dem i Trondheim kommune?": what the question before counts or lists, in place of «dem».
    const parts = asked.map((part, i) =>
      i === 0 ? part : withAskedNoun(part, askedNounAsWritten(this.vocab, asked[i - 1]!.text), words),
    );
    const merged = mergeParts(whole, parts, answerPart);
    if (merged) return merged;
    // "Hvem leder prosjektet, og hva er telefonnummeret hans?": what the page lacks of whom the first part answers.
    // "Who heads the council, and who is the kommuneoverlege on it?": what the first part names (see named-follow-up.ts).
    const followed =
      answerFollowUps(this.vocab, whole, parts, answerPart) ??
      answerFollowUpsOfNamed(this.vocab, whole, parts, answerPart);
    if (wholeAnswers(whole, followed)) return whole;
    return followed ?? mergeParts(whole, parts, answerPart, false, true) ?? whole;
  }

  /**
   * "Kan du gi meg e-postadressene til både prosjektlederen og lederen for prosjektkontoret?": a detail asked of
   * several at once is answered for each (see shared-detail.ts), when each names someone the page has, whether or not
   * the page gives that detail of them ("… telefonnummeret til Ola og Tone": Ola has none given).
   */
  private answerSharedDetail(question: string, whole: Answer): Answer {
    const texts = sharedDetailParts(question, this.vocab.language);
    return mergeSeparate(whole, texts, (t) => this.answerOne(t)) ?? whole;
  }

  /**
   * A wordy message says who asks and why before its question ("Hei! Jeg jobber på et sykehjem og lurer på
   * opplæringen. Hvem leder prosjektkontoret?", "Som HR-rådgiver lurer jeg på hvem …", "For a business case I am
   * drafting at the hospital, what efficiency gains …"): when the question found in it (see focus.ts) names a topic
   * and can be answered on its own, it is answered alone, so the words around it do not pull the answer elsewhere.
   * Otherwise the whole message counts.
   */
  private answerOne(question: string): Answer {
    const focus = findFocus(question, this.vocab.language.focus);
    if (!focus) return this.answerAnalysed(question);
    // "Jeg er ny leder – hvordan melder jeg meg på lederopplæringen?": the question in it asks how the asker does
    // something, which the page has no instructions for, whatever the words around it match.
    // So when the whole message asks it: "What's the best way to learn Norwegian as a new nurse in Trondheim?"
    const part = analyse(this.vocab, focus.text);
    if (asksHowTo(this.vocab, part)) return { kind: 'fallback', lang: part.lang, question, items: [] };
    const whole = analyse(this.vocab, question);
    if (asksHowTo(this.vocab, whole)) return { kind: 'fallback', lang: whole.lang, question, items: [] };
    // "Printeren vår virker ikke, hvem ringer jeg i IT?": a fault reported anywhere in the message makes it an errand,
    // however well the question in it names someone (see fault-report.ts).
    if (reportsFault(this.vocab, whole)) return { kind: 'fallback', lang: whole.lang, question, items: [] };
    if (ownerElsewhere(this.vocab, question, focus, part, (text) => this.answerAnalysed(text)))
      return { kind: 'fallback', lang: whole.lang, question, items: [] };
    if (restSaysNothing(this.vocab, question, focus)) return { ...this.answerAnalysed(focus.text), question };
    // "Hvem tok bildet? (foto)", "Eg jobbar i Steinkjer og lurer på kven som representerer kommunen vår": when the rest
    // of the message may say what the question is about, the whole message is answered first. So it is when the words
    // before the question name a place the page knows and the question does not ("As a GP in Trondheim I'm curious
    // which services will use the system": the services in Trondheim). So it is when the question is a sentence of its
    // own that points back to what the one before it names ("Helsestasjonene – får de også Helseplattformen?").
    const places = (text: string) => terms(text).filter((t) => this.vocab.employers.has(t));
    const asked = new Set(places(focus.text));
    // (Not when the words pointing back name the topic themselves: "Ka skal den planen omfatte?") So it is when the
    // words before the question ask themselves (see earlierAsks).
    const pointsBack = focus.refersBack && focus.lead === '' && !namesWhatItPointsTo(this.vocab, part);
    // So it is, however it is answered, when the words before it set what it is asked within (see leadSetsWithin).
    const within = leadSetsWithin(this.vocab, question, focus, part);
    const rest =
      focus.needsRest || pointsBack || within || earlierAsks(question, focus, this.vocab.language.focus);
    if (rest || places(focus.lead).some((t) => !asked.has(t))) {
      const whole = this.answerAnalysed(question);
      // "Tannlegen – får de Helseplattformen?": a question after a dash that points back to what the dash set first
      // is about that, however it is answered; alone it would be about the platform in general.
      const named = pointsBack && topicBeforeDash(this.vocab, question, focus);
      const alone = answerOfYesNoSentence(this.vocab, question, focus, whole, (t) => this.answerAnalysed(t));
      if (whole.kind === 'answer' || named || within) return alone ?? whole;
      return this.answerFocus(question, focus, part) ?? this.askedOfLead(question, focus, part, whole);
    }
    const focused = this.answerFocus(question, focus, part);
    return focused ?? this.askedOfLead(question, focus, part, this.answerAnalysed(question));
  }

  /**
   * "Skal i møte hos prosjektorganisasjonen neste uke, hva er adressen?": a question naming only what it asks, after
   * words that say why, asks it of what they name, when the whole message is not answered. Only a detail of it, or who
   * leads it ("Skal levere papirer til prosjektkontoret. Hvem er sjefen der?"): "Heisen i bygget står fast, hvem
   * ringer jeg?" asks who helps with something the page does not hold.
   */
  private askedOfLead(question: string, focus: Focus, part: Analysis, whole: Answer): Answer {
    if (whole.kind === 'answer' || (part.known.length > 0 && !focus.refersBack)) return whole;
    // (Or in sentences of their own: "Skal på besøk til prosjektkontoret neste uke. Hvor ligger det?")
    const lead = focus.lead || question.slice(0, question.lastIndexOf(focus.text)).trim();
    if (lead === '' || (focus.refersBack && focus.lead !== '')) return whole;
    // ("I'm invited to a meeting with the implementation project. What is the street address of their offices?": a
    // question that names what it asks of («offices») and points back, of what the words before it name by a name of
    // the page; not of anything else: "I have a meeting with my GP. What is the address of their office?")
    // Only where it is, which the answer must give: "We are meeting Teknisk next week. Where are their offices?" is not
    // answered by the subproject, which the page places nowhere. ("… Hvem er delprosjektleder der?": see namesOnlyKind.)
    const kind = namesOnlyKind(this.vocab, part);
    if (part.known.length > 0 && !kind) {
      const before = analyse(this.vocab, lead);
      const ranked = rank(this.vocab, before.known, before.intents, before.stems);
      if (!part.intents.has('where') || !ranked.some((c) => c.named && c.score >= MIN_SCORE)) return whole;
    }
    const leads =
      part.intents.has('lead') && !part.intents.has('contact') && (part.known.length === 0 || kind);
    if (!asksDetailOf(part) && !leads) return whole;
    const answer = this.answerFocus(question, { ...focus, lead, refersBack: true }, part);
    const placed = answer?.items.some((i) => i.type === 'location' || (i.type === 'unit' && i.location));
    return answer && (part.known.length === 0 || kind || placed) ? answer : whole;
  }

  /** The answer to the question found in a message, when it stands alone and the message is about it (see above). */
  private answerFocus(question: string, focus: Focus, part: Analysis): Answer | undefined {
    const vocab = this.vocab;
    const whole = analyse(vocab, question);
    // "Vi i Bergen kommune lurer på hvem som leder prosjektet": a place or organisation the page does not know, named
    // anywhere in the message, is what the question is about; the whole message decides. Not when the question names
    // a place the page knows itself ("Vi på Orkdal lurer: er Orkland kommune med?"), nor for the lower-case part of a
    // hyphenated word ("Som HR-rådgiver …" is no organisation).
    const written = whole.words();
    const name = (p: number) => {
      const word = written[p] ?? '';
      const own = word.split('-').find((w) => fold(w) === whole.tokens[p]);
      return !word.includes('-') || own === undefined || /^\p{Lu}/u.test(own);
    };
    // (Nor when it names someone of the page by their whole name, or asks apart from it: see asksOwnSubject.)
    const ownPlace =
      part.known.some((t) => vocab.employers.has(t)) || asksOwnSubject(vocab, question, focus, part, whole);
    if (!ownPlace && whole.otherNames.some(name)) return undefined;
    // "Skal på møte hos helseplattformprosjektet, hvor er det?", "I've heard about Teknisk, who leads it?": a question
    // that points back to what the words before it name, and does not name it itself, asks about that: it is answered
    // with those names added.
    let text = focus.text;
    if (focus.lead !== '' && focus.refersBack) {
      const asked = entriesAskedOf(vocab, part);
      const lead = analyse(vocab, focus.lead);
      const names = rank(vocab, lead.known, lead.intents, lead.stems)
        .filter((c) => c.named && !asked.has(c.entry.id))
        .flatMap((c) => [...c.nameTerms].map((t) => termAsWritten(vocab, lead, t)));
      if (names.length > 0) text = `${text} ${[...new Set(names)].join(' ')}`;
    }
    if (text === focus.text && part.known.length === 0) return undefined;
    const focused = this.answerAnalysed(text);
    // "Vi lurer på når opplæringen starter": the question in the message asks when, which the page does not say; in
    // the whole message «når» after «lurer på» asks nothing, and the topic alone would be answered. What the question
    // asks that the whole message does not, is refused as the question is.
    if (focused.kind === 'fallback' && [...part.intents].some((i) => !whole.intents.has(i)))
      return { ...focused, question };
    if (focused.kind !== 'answer' || focused.topicId === undefined) return undefined;
    if (placeAskedBefore(vocab, question, focus, focused.topicId)) return undefined;
    // "Hvem leder det delprosjektet?" needs the sentence before it, not a list of that kind (see pointsToOneOfKind).
    const topic = vocab.entries.get(focused.topicId)!;
    if (COLLECTIONS.has(topic.type) && pointsToOneOfKind(vocab, focus, part, question)) return undefined;
    // The whole message must be about the topic too ("Which council is that?" after naming a person is about that
    // person), or about what it is one of ("I spend ages chasing messages. Is less time … one of the expected gains?").
    const candidates = rank(vocab, whole.known, whole.intents, whole.stems);
    const best = candidates[0]?.score ?? 0;
    const about = new Set([topic.id, ...topic.parents]);
    const alsoWhole = candidates.some((c) => about.has(c.entry.id) && c.score >= FOCUS_RATIO * best);
    return alsoWhole ? { ...focused, question } : undefined;
  }

  /**
   * The decision, in the order its rules apply: the refusals that need no topic, choosing the topic, then the
   * stages that answer it, refuse it, or pass it on to the next; what passes them all is answered from the topic.
   */
  private answerAnalysed(question: string): Answer {
    const vocab = this.vocab;
    const analysis = analyse(vocab, question);
    const candidates = rank(vocab, analysis.known, analysis.intents, analysis.stems);
    const fallback: Answer = { kind: 'fallback', lang: analysis.lang, question, items: [] };
    const asked = { vocab, question, analysis, candidates, fallback };
    // "Whose number is 481 61 844?", "Samarbeidsrådet har sju medlemmer?": see before-topic.ts.
    const before = answerBeforeTopic(asked, (text) => this.answerAnalysed(text));
    if (before) return before;
    const early = refuseEarly(asked);
    if (early) return early;
    const top = chooseTopic(asked);
    if (!top) return answerWithoutTopic(asked) ?? fallback;
    // "Hvem har ansvaret for å koordinere …?" of what has no lead asks who does it (see responsibility.ts).
    const decision: Decision = doerAsked({ ...asked, top, yesIndex: -1 });
    for (const stage of STAGES) {
      const answer = stage(decision);
      if (answer) return answer;
    }
    return composeAnswer(decision);
  }

  /** The message a follow-up in a conversation makes with the question before it, if it is one (see follow-up-question.ts). */
  followUp(previous: string, question: string): string | undefined {
    return followUpMessage(this.vocab, (q) => this.answer(q), previous, question);
  }

  /** The overview behind the `kontakter`, `delprosjekter` and `beslutninger` commands. */
  overview(kind: 'contacts' | 'subprojects' | 'decisions', lang: Lang): Answer {
    return overview(this.vocab, kind, lang);
  }

  /** The people of the local project: its lead, the office, communications and the subproject leads. */
  keyContacts(): Person[] {
    return keyContacts(this.vocab);
  }
}
