import { nounOfKindItems } from './item-kinds';
import { saidOfAsked, unknownThings } from './unknown-slots';
import { toldInOneSentence, verbAt } from './told';
import { describedByTask } from './described-task';
import { type Answer, missingOf } from './answer';
import { COLLECTIONS, COUNTABLE, LEADABLE } from './entries';
import { listName, listOf } from './lists';
import { refuseShowing } from './items';
import { conceptCount } from './ranking';
import {
  countElsewhere,
  countMissing,
  figureElsewhere,
  leadMissing,
  asksOwn,
  qualifiedByUnknown,
  sideWord,
  thingTiedTo,
} from './refusals';
import { outcomeUnknown } from './past-of-planned';
import { type Decision, countAsked, responsibleItself } from './decision';
import { stem } from './text';
import { quotedTerms } from './question-text';
import { asksJointParties, leadIsDoing } from './joint-decision';
import { answersWhen } from './dated';
import { sizeSaidInWords } from './size-in-words';
import { contactOfOther, writesDetailsTopicNames } from './contact-details';
import { countsSectionList } from './section-lists';
import { wholeCountAsked } from './whole-count';
import { representedWhere } from './taking-part';
import { teamOfSubproject } from './subproject-asked';
import { onlyDoneUnknown } from './deadline';
import { saysGainOfPlatform } from './outside';

/**
 * "Which laptop does the IT department give new staff?": what is asked for is an everyday word the knowledge base does
 * not have at all, so nothing the rest of the question names (the IT department, its lead) is the answer. (A word it
 * has, «Hvilket råd …», is checked against the topic in checkWordsAsked.)
 */
export function refuseUnknownThingAsked(d: Decision): Answer | undefined {
  const { vocab, analysis, top } = d;
  const at = analysis.askedEveryday;
  if (at === undefined || !analysis.unknownPositions.includes(at) || asksJointParties(vocab, analysis, top))
    return undefined;
  // ("Which guest in the photo …": the guests of a photo are for answerPhotoPeople.)
  if (vocab.language.questionShape.photoGuests.has(analysis.tokens[at]!)) return undefined;
  // ("Hvilket råd …": the last part of a name the knowledge base has, «Samarbeidsrådet», «fagråd», is a kind it holds.)
  const word = stem(analysis.tokens[at]!);
  if ([...vocab.strongVocabulary].some((t) => t.length > word.length && t.endsWith(word))) return undefined;
  return refuseEverydayThing(d, at);
}

/** The refusal of an everyday thing asked for at `at`: for a count, that the page gives no number of it. */
function refuseEverydayThing({ analysis, fallback }: Decision, at: number): Answer {
  return analysis.intents.has('count')
    ? { ...fallback, missing: missingOf('count', analysis.words()[at]) }
    : fallback;
}

/** Refuses a question whose words ask for something the topic does not hold (a noun, a word the bot does not know). */
export function checkWordsAsked(d: Decision): Answer | undefined {
  const { vocab, analysis, candidates, fallback, top } = d;
  // "Hvilken leverandør ble valgt?": no entry is a supplier; the word is only in running text.
  // ("Which team working with drug users …": the team is one of the items of the kind it names; see item-kinds.ts.)
  // ("Hvilke konsekvenser skal gevinstrealiseringen skape forståelse for?": unless one sentence of the topic or a close
  // runner-up has it with the other telling words, «skape forståelse for både positive og negative konsekvenser».)
  if (
    analysis.whichNounUnheld &&
    !qualifiedInTopic(d) &&
    !nounOfKindItems(vocab, d) &&
    !teamOfSubproject(d)
  ) {
    const told = toldInOneSentence(vocab, analysis, candidates, top);
    if (!told) return fallback;
    [d.top, d.told] = told;
  }
  // "Which two parties carried out the procurement together?": the word the bot does not know is who made it.
  const joint = asksJointParties(vocab, analysis, top);
  // "Hvilket parti …", "Kor mange sjukehus …": what is asked for is an everyday thing the bot has nothing of.
  if (analysis.askedEveryday !== undefined && !joint) return refuseEverydayThing(d, analysis.askedEveryday);
  // "Hvilke journalsystemer skal erstattes?": several things are asked for by a word that names one thing (the
  // platform is one journal system), which has no list of them.
  const single = top.entry.type === 'fact';
  const plural = analysis.whichPlural;
  if (plural !== undefined && top.nameTerms.has(plural) && single && !listOf(vocab, top.entry))
    return fallback;
  // A word the bot does not know may be the very thing asked ("Hva koster ...", "Hva er lønnen til ...").
  // Only when the question says what it wants (who, where, phone, ...) is one unknown word taken as filler.
  // "Hva er planen for julebordet?", "Can I work from home on Friday?": one common word the knowledge base has for
  // an entry (an alias or keyword, not its own name), qualified by words it does not know, says the question is
  // about something else.
  // (A list of a kind, "the pharmacy subproject", says itself which of that kind does not exist.)
  // An entry's own name that is also a common word ("opplæring", "training") is its name when written as one, with
  // a capital letter ("Hvem leder Opplæring for sykepleiere?"); in lower case it may be any training ("opplæring i
  // brannvern"). Opening the message, its capital says nothing ("Opplæring brannvern for ledere").
  // Every telling word stands in one sentence of the topic: the words it does not know say how, not what.
  // (So for other questions, when what is asked is named by the topic's list: "Kva gevinstkategori høyrer reduserte
  // pasienttransportkostnader til?")
  if (d.told !== undefined || toldOfTop(d) || describedByTask(d)) return undefined;
  const written = analysis.words();
  const asName = [...top.properTerms].some((t) => {
    const p = analysis.positions.get(t) ?? -1;
    return p > 0 && /^\p{Lu}/u.test(written[p] ?? '');
  });
  const weak = top.strongTerms.size <= 1 && !asName && !COLLECTIONS.has(top.entry.type);
  if (weak && !joint && qualifiedByUnknown(vocab, top, analysis)) return fallback;
  // "opplæring brannvern for ledere": in words typed as a search (no question word, no verb first, no question mark),
  // an everyday word the bot does not have, right after such a word in lower case, is what it is of (training in fire
  // safety), as English puts it before ("fire safety training"). (In a sentence the word after may be its verb.)
  const named = Math.min(...[...top.strongTerms].map((t) => analysis.positions.get(t) ?? Infinity));
  // ("Hvilke kvalitetsgevinster lover man kommunene": a question word first makes it a question, mark or not.)
  const search =
    analysis.opening === undefined &&
    !analysis.yesNo &&
    !d.question.includes('?') &&
    !vocab.language.focus.questionWords.has(analysis.tokens[0] ?? '');
  if (weak && search && analysis.lang !== 'en' && analysis.everydayPositions.includes(named + 1))
    return fallback;
  // ("I hvilken etasje ligger kantina i Bispegata 9?": beside a name, a thing tied to it is still another thing.)
  const side = asName ? thingTiedTo(vocab, analysis) : sideWord(vocab, analysis, top.entry.type === 'person');
  if (side && !COLLECTIONS.has(top.entry.type) && !joint) return fallback;
  if (everydayCompoundOnly(d)) return fallback;
  // "Hvem er fastlegen min?", "Hvordan påvirkes lønnen min?": the user's own one, which the bot cannot know.
  if (weak && asksOwn(vocab, top, analysis)) return fallback;
  // "Omtrent hvor mange i Trondheim kommune skal lære seg det nye systemet?": counted where the topic gives a figure, the
  // verbs the bot does not know say what those counted do.
  const places = analysis.known.filter((t) => vocab.orgWords.has(t));
  const figureHere =
    countAsked(analysis) &&
    places.length > 0 &&
    (vocab.figures.get(top.entry.id) ?? []).some((f) => places.every((t) => f.words.has(t))) &&
    analysis.unknownPositions.every((p) => verbAt(vocab, analysis, p));
  // ("Når skal strategien for gevinstrealisering være klar?": after «når», a word for being done asks the deadline.)
  if (analysis.unknown.length > 0 && !joint && !figureHere && !onlyDoneUnknown(vocab, analysis)) {
    const specific = [...analysis.intents].some((i) => i !== 'what' && i !== 'amount');
    const concepts = conceptCount(analysis.known, candidates);
    // Without a specific question word, an unknown word before the topic is what is asked ("Hva er lønnen til
    // Tone?"); one after it ("Hva skal Teknisk gjøre med ...") is more likely a verb about the topic.
    // The list the topic belongs to, named before it, names the topic too ("what decisions have been made about
    // co-ownership?": "made" is said of the decisions).
    const namedList = candidates.filter((c) => c.named && top.entry.parents.includes(c.entry.id));
    const topicTerms = [...top.strongTerms, ...namedList.flatMap((c) => [...c.nameTerms])];
    const firstNamed = Math.min(...topicTerms.map((t) => analysis.positions.get(t) ?? Infinity));
    // (Not a word in quotation marks: «Hvilken gevinstkategori hører «kortere ventetid» under?» names an item.)
    const quoted = quotedTerms(d.question);
    // (Not one said of what a which-question asks for, "Hvilke kommuner har eiendomsskatt?": see saidOfAsked.)
    const nounAt = analysis.askedNoun === undefined ? -1 : (analysis.positions.get(analysis.askedNoun) ?? -1);
    const afterTopic =
      analysis.unknown.length === 1 &&
      analysis.unknownPositions[0]! > firstNamed &&
      !quoted.has(analysis.unknown[0]!) &&
      !saidOfAsked(vocab, analysis, nounAt, analysis.unknownPositions[0]!);
    // Decisions have no name of their own; three of their own words identify one as well as a name would.
    const identified = top.named || top.strongTerms.size >= 3;
    if (
      !identified ||
      (!specific && !afterTopic) ||
      unknownThings(vocab, analysis) > Math.max(1, concepts - 1)
    )
      return fallback;
  }
  // What a planned decision ended with ("Ble Trondheim deleier?", "Hva ble utfallet …") the page cannot say.
  if (top.entry.type === 'decision') {
    const unknownOutcome = outcomeUnknown(vocab, top.entry.id, analysis, fallback);
    if (unknownOutcome) return unknownOutcome;
  } else if (analysis.intents.has('outcome')) {
    // "Hva ble konklusjonen i strategien for gevinstrealisering?": the subproject ranks first, but the outcome asked
    // for is that of a planned decision the question names by one of its own words, which the page cannot say.
    const named = candidates.find(
      (c) => c.entry.type === 'decision' && analysis.known.some((t) => c.strongTerms.has(t)),
    );
    const unknownOutcome = named && outcomeUnknown(vocab, named.entry.id, analysis, fallback);
    if (unknownOutcome) return unknownOutcome;
  }
  return undefined;
}

/** What is asked for (a lead, a date, contact details, a count, an amount) must be what the topic has. */
export function checkAnswerKind(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  const noun = analysis.askedNoun;
  // A question about who leads something needs something that has a lead, or that the question names.
  // "Hvem leder Helseplattformen AS?" names what is led; a decision or fact leads nothing. Without a lead word
  // before the topic ("koordineringsansvaret") a named topic may still say who is responsible.
  // ("Did Trondheim run the procurement …?" asks who did it: see leadIsDoing.)
  const led =
    analysis.intents.has('lead') && !leadIsDoing(vocab, analysis, top) && !responsibleItself(analysis, top);
  if (led && !LEADABLE.has(top.entry.type) && (!top.named || analysis.leadEnd >= 0))
    return analysis.leadEnd < 0 ? fallback : { ...fallback, missing: leadMissing(vocab, analysis) };
  // "When" needs a date: decisions and milestones have one, and the facts the page dates ("Når ble gruppebildet
  // tatt?").
  if (analysis.intents.has('when') && !answersWhen(top, d.candidates)) return fallback;
  // A phone number, e-mail address or address belongs to people and units; a list or a decision has none
  // ("telefonnummeret til legevakta" names a service in a list, not someone to call).
  const contactless =
    top.entry.type === 'fact' || top.entry.type === 'gains' || top.entry.type === 'gainCategory';
  // "Where do the council's representatives come from?": where people come from is what a council or a person says
  // of them, not a place to find them.
  const { tokens } = analysis;
  const whence =
    vocab.language.questionShape.origin.has(tokens[tokens.length - 1] ?? '') &&
    (top.entry.type === 'body' || top.entry.type === 'person');
  // "Kvar jobbar dei tilsette som vert råka …?", "Where do the affected staff work?": where the people a fact counts work
  // or live is where its figure says they are ("over 40 000 ansatte i kommuner, i sykehus og i det private"), unless
  // the question names the place itself ("Hvor bor de ansatte i Trondheim kommune?").
  const whereabouts = vocab.language.asker.whereabouts;
  const counted =
    (vocab.figures.get(top.entry.id) ?? []).length > 0 &&
    [...tokens.slice(1, 3), tokens[tokens.length - 1]!].some((t) => whereabouts.has(t)) &&
    !analysis.known.some((t) => vocab.employers.has(t));
  // ("Hvor skal vi spare tid med det nye systemet?": where a benefit of the platform falls is what its list says.)
  // (Of nothing else: "Hvor ligger kontoret som skal spare tid …?" asks where the office is.)
  const ofGain = (t: string) => top.strongTerms.has(t) || vocab.projectTerms.has(t) || vocab.orgWords.has(t);
  const gained =
    top.entry.type === 'gainCategory' && saysGainOfPlatform(vocab, analysis) && analysis.known.every(ofGain);
  const asksWhere =
    analysis.opening === 'where' && !whence && !counted && !gained && !representedWhere(vocab, analysis);
  const asksContact = analysis.intents.has('phone') || analysis.intents.has('email') || asksWhere;
  if (asksContact && contactless && !writesDetailsTopicNames(vocab, analysis, top)) return fallback;
  // "Who is the project's contact person for fastleger?": someone to contact is asked for; a fact or decision names no one.
  const namesNoOne = contactless || top.entry.type === 'decision';
  if (analysis.intents.has('who') && analysis.intents.has('contact') && namesNoOne) return fallback;
  // "Hva er adressen til kommunens egne nettsider?", "What is the web address of …": an address asked for as what
  // something is ("Hva er …" with the word for where right after), of a fact, which has none (the page names its own
  // web pages but gives no address). ("Kva fylke ligg Bindal i?" asks where by a verb.) So of a council or a
  // subproject, which the page places nowhere ("Hva er adressen til samarbeidsrådet?", "… til kurset?").
  const copula = vocab.language.roleQuestion.copulas.has(tokens[1] ?? '');
  const addressAsked = copula && analysis.intentPositions.some((p) => p >= 2 && p <= 4);
  const placeless = contactless || top.entry.type === 'body' || top.entry.type === 'subproject';
  if (analysis.opening === 'what' && analysis.intents.has('where') && addressAsked && placeless)
    return fallback;
  // "What is the phone number of the IT support for …": the last word of what the number is of says what it is (the
  // support, not IT); the topic must have that word, or it is something else the page has no number for.
  if (
    (analysis.intents.has('phone') || analysis.intents.has('email')) &&
    contactOfOther(vocab, analysis, top)
  )
    return fallback;
  // "Hvor ligger rådhuset i Steinkjer?": a council meets nowhere the page says; where it is asked is somewhere else.
  // (Nor are a council's premises the project's, however well the word for an office matches them: "Hvor har
  // samarbeidsrådet kontor?", "Where is the council's office?")
  const bodyNamed = d.candidates.some((c) => c !== top && c.entry.type === 'body' && c.named);
  if (asksWhere && (top.entry.type === 'body' || bodyNamed)) return fallback;
  // "How many" needs a figure or a list; an address or a person has neither ("phone number of" is no count).
  const counting = countAsked(analysis);
  if (counting && !COUNTABLE.has(top.entry.type) && !countsSectionList(vocab, analysis, top.entry))
    return fallback;
  // "Kor mange fagekspertar er mobiliserte?": a fact with neither a figure nor a list counts nothing; it is shown as
  // what the bot knows of the thing counted.
  const figureless =
    top.entry.type === 'fact' &&
    !listOf(vocab, top.entry) &&
    (vocab.figures.get(top.entry.id) ?? []).length === 0;
  if (counting && figureless) return refuseShowing(vocab, fallback, top.entry, countMissing(analysis, noun));
  // "How much" wants a quantity, which only the facts with figures have. Not when the question opens by asking
  // something else of it ("When does the council vote on the ownership stake?", "Who decides the ownership share?").
  const opensOther =
    analysis.opening !== undefined && analysis.opening !== 'amount' && analysis.opening !== 'what';
  const sizeSaid = sizeSaidInWords(vocab, analysis, top);
  if (analysis.intents.has('amount') && top.entry.type !== 'fact' && !opensOther && !sizeSaid)
    return fallback;
  // "what share of helseplattformen as would trondheim own?": of a fact, the quantity must be of something a figure of
  // it is said of; naming only the platform and a place, the question measures what no figure is of. ("How big is
  // Helseplattformen?" asks the size of the thing itself, which its figures say.)
  const ofFigure = (t: string) =>
    !vocab.projectTerms.has(t) &&
    !vocab.orgWords.has(t) &&
    (vocab.figures.get(top.entry.id) ?? []).some((f) => f.words.has(t));
  let after = 0;
  while (analysis.intentPositions.includes(after)) after++;
  const itself =
    vocab.language.roleQuestion.copulas.has(tokens[after] ?? '') &&
    !analysis.intentPositions.some((p) => p > after);
  const measured = analysis.known.some(ofFigure) || itself;
  if (analysis.intents.has('amount') && top.entry.type === 'fact' && !opensOther && !measured)
    return fallback;
  // "Hvor mange sykehus …": what is counted is a word the knowledge base has only in running text; no list or
  // figure is of it.
  if (counting && noun !== undefined && !top.strongTerms.has(noun) && vocab.strongEntries(noun) === 0)
    return fallback;
  // "Hvor mange ansatte har helse og velferd i Trondheim?": a list of a fact counts its items; a word that is not in
  // the entry at all, but names another entry (the staff figure), counts something the list is not.
  const listed = top.entry.type === 'fact' && listOf(vocab, top.entry) !== undefined;
  if (counting && noun !== undefined && listed && !top.terms.has(noun) && vocab.strongEntries(noun) > 0)
    return { ...fallback, missing: countMissing(analysis, noun) };
  // "Hvor mange sykehjemsplasser …": places in nursing homes are not nursing homes.
  if (counting && noun !== undefined && analysis.headOnly.includes(analysis.positions.get(noun) ?? -1))
    return fallback;
  // "Hvem er medlemmer i fagrådet?": the page lists no members of it.
  if (analysis.intents.has('list') && top.entry.type === 'body' && !listOf(vocab, top.entry))
    return refuseShowing(vocab, fallback, top.entry, {
      attribute: 'members',
      subject: listName(vocab, top.entry, analysis.lang),
    });
  // "How much does … cost?": a word it does not know, or has only in running text, is what is measured, which no
  // figure on the page is.
  const prose = (t: string) => !top.strongTerms.has(t) && vocab.strongEntries(t) === 0;
  if (analysis.intents.has('amount') && (analysis.unknown.length > 0 || analysis.known.some(prose)))
    return fallback;
  // "Hvor mange ansatte har Helse Midt-Norge RHF?": a figure counts what it counts where it counts it. Another
  // place or organisation in the question ("har Molde kommune", "live in Oslo") is not what the figure is of.
  if (
    counting &&
    (top.entry.type === 'fact' || top.entry.type === 'contacts') &&
    countElsewhere(vocab, top, analysis)
  )
    // (Without a word for what is counted, «Hvor mange i Molde kommune …», there is nothing to name.)
    return noun === undefined
      ? fallback
      : refuseShowing(vocab, fallback, top.entry, countMissing(analysis, noun));
  // "Hvor mange innbyggere har Trondheim kommune?": the figure of the thing counted must be given where the question
  // says (the 720 000 inhabitants are Midt-Norge's; Trondheim's figure is of staff).
  // "How many patients are in the system?": a fact with figures, none of them of the word counted, which is not one
  // of the fact's own words either (its own: "employees" for the staff it counts).
  const figures = top.entry.type === 'fact' ? (vocab.figures.get(top.entry.id) ?? []) : [];
  const noFigureOf =
    noun !== undefined && !top.strongTerms.has(noun) && !figures.some((f) => f.counts.has(noun));
  if (
    counting &&
    top.entry.type === 'fact' &&
    noun !== undefined &&
    ((figures.length > 0 && noFigureOf) || figureElsewhere(vocab, top, noun, analysis))
  )
    return refuseShowing(vocab, fallback, top.entry, countMissing(analysis, noun));
  // "Hvor mange ansatte jobber deltid?", "Hvor mange av de ansatte er sykepleiere?": a word the bot does not know said
  // of what is counted is which part of them is counted, which no figure gives (see saidOfAsked).
  const nounAt = noun === undefined ? -1 : (analysis.positions.get(noun) ?? -1);
  if (
    counting &&
    top.entry.type === 'fact' &&
    figures.length > 0 &&
    analysis.unknownPositions.some((p) => saidOfAsked(vocab, analysis, nounAt, p))
  )
    return refuseShowing(vocab, fallback, top.entry, countMissing(analysis, noun!));
  // "Hvor mange ansatte har Trondheim kommune totalt?": the figure there counts those its sentence says something of
  // (the 7000 who get a new tool), not all that the municipality has.
  if (
    counting &&
    top.entry.type === 'fact' &&
    noun !== undefined &&
    wholeCountAsked(vocab, top, noun, analysis)
  )
    return refuseShowing(vocab, fallback, top.entry, countMissing(analysis, noun));
  return undefined;
}

/**
 * "Hvem vant kommunevalget i Trondheim?", "Når er kommunevalet?": a compound of the language of which the bot knows only
 * the first part (kommune-valget) is the everyday thing its last part says, an election; when the rest of the words it
 * knows only say where (Trondheim) or are said of many entries, nothing the page has is asked about.
 */
function everydayCompoundOnly(d: Decision): boolean {
  const { vocab, analysis } = d;
  // (A word for a kind of place says where too: "fylkestingsvalet i Møre og Romsdal" is the county's election.)
  const context = (t: string) =>
    vocab.orgWords.has(t) || vocab.placeKindTerms.has(t) || vocab.strongEntries(t) > 2;
  // (Its first part must be such a word of context too: "gevinstområder" are still benefits, "innkjøpsprosessen" the
  // procurement.)
  const compounds = analysis.headOnly.filter((p) => {
    const k = analysis.knownPositions.indexOf(p);
    return (
      k >= 0 && context(analysis.known[k]!) && vocab.language.everyday.hasWordOrCompound(analysis.tokens[p]!)
    );
  });
  if (compounds.length === 0) return false;
  return analysis.known.every((t, k) => compounds.includes(analysis.knownPositions[k]!) || context(t));
}

/**
 * "Which therapy services are included?", "Med hvilket sentralt prosjekt skal Teknisk samarbeide?": the word that says
 * which of them, a word the page only has in running text, stands with the noun asked for in one sentence or item of
 * the topic ("occupational therapy and physiotherapy services", "i samarbeid med sentralt innføringsprosjekt").
 * ("Which hospital services are included?": no service is a hospital's.)
 */
function qualifiedInTopic(d: Decision): boolean {
  const pair = d.analysis.whichQualified;
  if (pair === undefined) return false;
  const [which, noun] = pair;
  // (The noun may be the last part of a compound there: «prosjekt» of «innføringsprosjekt».)
  const holdsNoun = (terms: Set<string>) => terms.has(noun) || [...terms].some((t) => t.endsWith(noun));
  return (d.vocab.sentences.get(d.top.entry.id) ?? []).some((s) => s.terms.has(which) && holdsNoun(s.terms));
}

/** The question names the list the topic belongs to first, and the rest stands in one item or sentence of it. */
function toldOfTop(d: Decision): boolean {
  const { vocab, analysis, top } = d;
  const noun = analysis.known[0];
  const first = noun === undefined ? -1 : analysis.positions.get(noun)!;
  const named = top.entry.parents.some((p) => vocab.entryNames.get(p)?.has(noun ?? ''));
  // "Hvilken kategori hører «styrket pasientsikkerhet» til?": a which-question for a word the page does not have
  // asks which heading too.
  const which =
    vocab.language.questionShape.which.has(analysis.tokens[0] ?? '') &&
    !vocab.vocabulary.has(stem(analysis.tokens[1] ?? ''));
  if ((!named || first > 3) && !which) return false;
  // Naming the list is as telling as a third word of the item.
  return toldInOneSentence(vocab, analysis, [top], top, named ? [noun!] : [], 2) !== undefined;
}
