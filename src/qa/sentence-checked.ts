import type { Answer } from './answer';
import { type Decision, PROMOTE_RATIO } from './decision';
import { answerSaidYes } from './compose';
import { itemNamed, listOf } from './lists';
import { answerWith } from './items';
import { namesProject, type PageLine, pageLines, platformNames, twinsOf } from './page-lines';
import { claimAsked } from './claim-asked';
import { isAskerWord } from './asker';
import { perVocabulary } from './per-vocabulary';
import { stem, terms, tokenize } from './text';
import { type Claim, claimOf, saysAlike } from './claim';
import { otherWay, sameOrder } from './claim-order';
import type { Vocabulary } from './vocabulary';
import { inPlaceOf, otherInPlace } from './in-place-of';
import { type ClaimWords, saysDeciding, saysOpposite, saysOppositeOf } from './claim-words';

const NO_TERMS: ReadonlySet<string> = new Set();
/** So many of the question's words must stand in the sentence itself, not only in what it is about. */
const OWN_MIN = 1;
/** A word in the texts of more entries than this tells little of which sentence is meant ("kommune", "helse"). */
const SPREAD_MAX = 6;
/** A claim shares so many words at least with a line of the other direction to be answered no by it for one other. */
const SAID_OF_OTHER_MIN = 2;
/** A yes/no question claims so many words at least to be checked against one sentence. */
const CLAIM_MIN = 3;

/**
 * "Står det at fastlegene i Midt-Norge kan koble seg på den valgte løsningen?", "Har Trondheim kommune eigne nettsider
 * som følgjer arbeidet?", "Is it true that Elise B. Vesterhus can be reached by phone on 952 63 567?": a yes/no
 * question whose every word (the platform's own names aside) stands in one sentence or list item of the page, or in
 * what that sentence is about, is answered yes with that sentence. "Stemmer det at systemet ventes å gi økte
 * pasienttransportkostnader?", "Må kommunane rekne med auka kostnader til pasienttransport?", "Stemmer det at lederen
 * av rådet er rådmann i Molde?": one word in the place of another the sentence has (the opposite direction, another
 * place, person, body or figure) is answered no with the sentence, which has the right one. "Tar bystyret stilling
 * 29. september?", "Skal RHF-et legge fram strategien innen 1. oktober 2019?" (the page: 01.10.2018), "Holder
 * prosjektkontoret til i andre etasje?": a month beside a figure is read as its number, so another date, like another
 * floor or street number, is answered no with the sentence that has it. A sentence the question says more of than it
 * does ("Er det bestemt at fastlegene må bruke Helseplattformen?", "Får Oppdal Helseplattformen før Molde?") answers
 * nothing here.
 */
export function answerSentenceChecked(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!claimAsked(vocab, analysis)) return undefined;
  const claim = claimOf(vocab, analysis, d.question);
  // (An ordinal is a detail claimed too: "Holder prosjektet til i andre etasje?"; so is a word for still being so:
  // "Er Kalvskinnet fortsatt en skole?", and one for which way: "Will there be more admissions?")
  const { ordinals: ordinalWords, still, opposites } = vocab.language.claims;
  const way = (t: string) => opposites.some((pair) => pair.some((side) => side.has(t)));
  const detail = (t: string) => ordinalWords.has(t) || still.has(t);
  const ordinals = [...claim.all].filter((t) => detail(t) && !claim.words.includes(t)).length;
  const ways = [...claim.all].some((t) => way(t) && !claim.words.includes(t)) ? 1 : 0;
  // ("Får jeg svar …?": two words only a sentence denying it answers; the project is one, not beside the asker's «vi».)
  const short = claim.words.length + claim.leftOut.size + ordinals < CLAIM_MIN;
  const own = analysis.tokens.some((t) => isAskerWord(vocab.language.questionShape, t, analysis.lang));
  const named = own ? 0 : Math.min(1, claim.project.size);
  if (short && claim.words.length + ways + named < CLAIM_MIN - 1) return undefined;
  // So does one of the topic's when no word is too short to check ("Er KS representert …?"), they say more than names
  // ("Does the technical subproject work …?") or it names the project, which the line must have too ("… egne nettsider?").
  const claimed = claim.project.size > 0 || claim.words.some((w) => !vocab.namedTerms.has(w));
  claim.small = short && !claim.clipped && claimed;
  // ("Er ikke fastlegene med?": a denied claim is left to the rules for lists, "Er andre enn de ansatte med?" to those
  // for what is left out.)
  if (claim.denied) return undefined;
  // Yes before no; then the sentence in the question's language (bokmål for nynorsk), the one with more of its words,
  // the one of the topic (the same sentence may stand in two entries), the shortest.
  const langRank = (line: PageLine) =>
    line.lang === analysis.lang ? 2 : line.lang === 'nb' && analysis.lang === 'nn' ? 1 : 0;
  const others = new Set([...vocab.language.claims.others, ...vocab.language.claims.ordinals.keys()]);
  let best: { line: PageLine; rank: number[] } | undefined;
  for (const line of pageLines(vocab)) {
    // (A claim of two words only of the topic's own lines.)
    if (claim.small && line.id !== d.top.entry.id) continue;
    const verdict = avoidedSo(vocab, claim, line, check(vocab, claim, line));
    if (verdict === undefined || (short && !claim.small && !deniedWhole(vocab, claim, line))) continue;
    // (Which of two things the question offers, only a line of what it is about says.)
    if (verdict.choice && line.id !== d.top.entry.id) continue;
    // (Words before figures: "Skal bystyret ta stilling … 1. oktober?" is no by the council's line, not by RHF's 01.10.)
    const said = claim.words.filter((w) => line.own.has(w));
    const own = said.filter((w) => !/^\d+$/u.test(w)).length;
    // ("Er tilsette frå andre kommunar med i prosjektorganisasjonen?": of two lines with its words, the one that has the
    // project's names and «andre» it says too.)
    const also = [...claim.project, ...[...claim.all].filter((t) => others.has(t))].filter((t) =>
      line.all.has(t),
    ).length;
    const rank = [
      verdict.yes ? 1 : 0,
      langRank(line),
      own,
      said.length,
      also,
      Number(line.id === d.top.entry.id),
      -line.text.length,
    ];
    if (!best || before(rank, best.rank)) best = { line, rank };
  }
  if (!best) return undefined;
  const entry = vocab.entries.get(best.line.id)!;
  const yes = best.rank[0] === 1;
  // "Is the school health service going to use Helseplattformen?", "Har Helse Midt-Norge RHF sett i gang eit
  // tilsvarande arbeid?": an item a list names, or a sentence of the topic with the question's own verb, says yes
  // in its own way (see findListedItem, answerSaidYes). "Kan brukerne bo lenger hjemme …?" only this rule reads as
  // yes/no: it is answered here.
  // ("Blir det lavere kostnader …?", "Går det raskere …?": a word read only here, as the item's «Reduserte» or
  // «Mindre», is answered here; so is a compound of two of its words: "… en effektivitetsgevinst?")
  const literal =
    !analysis.tokens.some((t) => vocab.language.claimForms.has(t)) &&
    claim.words.every(
      (w) => claim.forms.get(w)!.some((t) => best.line.known.has(t)) || inParts(claim, w, best.line),
    );
  const listed = analysis.yesNo && literal && namesItem(d, best.line);
  if (yes && (listed || answerSaidYes(d) !== undefined)) return undefined;
  return answerWith(vocab, fallback, entry, { type: 'claimChecked', yes, sentence: best.line.text });
}

/**
 * Whether the topic or a close runner-up has a list with an item the question names, other than a line of that list
 * with all the question's words: "… lower the costs of transporting patients?" names the list of economic benefits by
 * «system» too, in another of its items.
 */
function namesItem(d: Decision, line: PageLine): boolean {
  const { vocab, analysis, candidates, top } = d;
  return candidates.some((c) => {
    if (c.score < PROMOTE_RATIO * top.score) return false;
    const named = itemNamed(vocab, c.entry, analysis.known, analysis.lang);
    // (As findListedItem takes it: not a word that names the topic itself, the item of another list.)
    if (!named || (c !== top && top.nameTerms.has(named[2]))) return false;
    // ("… its own web pages that follow the work …?": a word the topic's line has, of a runner-up's list, says what that
    // line says, not the item «follow-up services».)
    // (Not of a list the topic is one of: "Er Hareid med i samarbeidsrådet?" of its member from Hareid.)
    const ofList = top.entry.parents.includes(c.entry.id);
    // (Only for an item the question names by that one word: "Does Sunndal have an option agreement?", read as of «the
    // municipalities in Møre og Romsdal», names the item «all the municipalities in Møre og Romsdal (option agreement)».)
    const itemTerms = new Set(terms(named[0]));
    const byOneWord = analysis.known.filter((t) => itemTerms.has(t)).length < 2;
    if (c !== top && !ofList && byOneWord && line.id === top.entry.id && line.known.has(named[2]))
      return false;
    const items = c.entry.id === line.id ? listOf(vocab, c.entry)?.[line.lang] : undefined;
    return !items?.includes(line.text) || items[named[1]] === line.text;
  });
}

/** The line says «ikke» of every word of the claim, each in its own words ("Tilbakemeldingen vil ikke bli besvart"). */
function deniedWhole(vocab: Vocabulary, claim: Claim, line: PageLine): boolean {
  const negation = vocab.language.claims.negation;
  return (
    [...line.all].some((t) => negation.has(t)) &&
    claim.words.every((w) => claim.forms.get(w)!.some((t) => line.own.has(t)))
  );
}

/** Whether one ranking comes before another (see answerSentenceChecked). */
function before(a: number[], b: number[]): boolean {
  const k = a.findIndex((x, i) => x !== b[i]);
  return k >= 0 && a[k]! > b[k]!;
}

/** A word of all or both stands so many words at most before a word of the claim ("både i programperioden"). */
const ALL_REACH = 3;

/**
 * Whether a word the question says only of (after «bare», "only") stands in the line right after a word that says it
 * of all or of both ("både i programperioden og etter"). `asked` and `said` are stems in order.
 */
function saysOfAll(claims: ClaimWords, asked: string[], said: string[]): boolean {
  const only = asked.findIndex((t) => claims.only.has(t));
  const whole = (t: string) => claims.every.has(t) || claims.both.has(t);
  return asked
    .slice(only + 1)
    .some((w) => said.some((t, k) => t === w && said.slice(Math.max(0, k - ALL_REACH), k).some(whole)));
}

/**
 * Whether the line says the claim (yes), says another word in the place of one of its words (no), or neither
 * (undefined). `yes` is undefined for a no; `choice` marks a no that the line says the other of two things offered.
 */
export function check(
  vocab: Vocabulary,
  claim: Claim,
  line: PageLine,
): { yes?: true; choice?: true } | undefined {
  const { words, all, described, past } = claim;
  if (line.named && !words.some((w) => line.named!.has(w))) return undefined;
  if ([...claim.leftOut].some((t) => line.known.has(t))) return undefined;
  // (A word may be the one of the same sentence in another language: "… whether the kommune becomes …". Only of a line
  // in the question's language: one in another has its own words checked.)
  const ownLang = line.lang === claim.lang || (line.lang === 'nb' && claim.lang === 'nn');
  const twin = ownLang ? line.twin : NO_TERMS;
  const found = (w: string, set: Set<string>) => claim.forms.get(w)!.some((t) => set.has(t) || twin.has(t));
  const named = claim.today.size > 0 ? claim.today : claim.project;
  // ("Blir det meir tid på meldingar med Helseplattformen?" of a benefit the municipalities can expect: the platform's;
  // "Kan fastlegene koble seg på HP?" of «… kan koble seg på løsningen»: the platform by another of its names.)
  const platformOwn = line.ofPlatform && [...claim.project].every((t) => platformNames(vocab).has(t));
  const has = (t: string) => line.known.has(t) || (claim.today.size === 0 && namesProject(vocab, t, line));
  if (claim.small && !platformOwn && [...named].some((t) => !has(t))) return undefined;
  // ("Skal data fra Helseplattformen flyttes til gamle systemer?": things named in another order say another direction.)
  if (!sameOrder(vocab, claim, line)) return undefined;
  const claims = vocab.language.claims;
  const lineAll = line.all;
  // ("Blir opplæring av alle ansatte en stor jobb?" of "Opplæring av alle medarbeidere …": words of one meaning.)
  const alike = (w: string) => saysAlike(claims, claim, w, lineAll);
  // ("… around 5000 Trondheim employees …?" of "Around 7000 staff in Trondheim kommune …": its own word for the line's.)
  const own = words.filter((w) => found(w, line.own) || alike(w));
  // (One of them a word few entries have: "Trondheim kommune" is in half the page.)
  if (own.length < OWN_MIN || !own.some((w) => (vocab.termSpread.get(w) ?? 0) <= SPREAD_MAX))
    return undefined;
  // "lavere kostnader" of "reduserte … kostnader": another word of the same direction.
  const sameWay = (w: string) =>
    claims.opposites.some((pair) =>
      pair.some((side) => side.has(w) && [...lineAll].some((t) => side.has(t))),
    );
  // "Ligger kontoret i Bispegata 19?": a line of a place says where something is, whatever its verb.
  const placed = (w: string) => line.type === 'location' && claims.located.has(w);
  // ("… in the first phase?" of "… i første omgang": the same ordinal in another language.)
  const ordinal = (t: string) => claims.ordinals.has(t);
  const ranked = (t: string) => [...lineAll].some((l) => claims.ordinals.get(l) === claims.ordinals.get(t));
  const missing = words.filter(
    (w) =>
      !found(w, line.known) &&
      !inParts(claim, w, line) &&
      !alike(w) &&
      !claim.doing.has(w) &&
      !(described.has(w) && found(w, line.told)) &&
      !sameWay(w) &&
      !placed(w) &&
      !(ordinal(w) && ranked(w)),
  );
  // "Er det Helse Midt-Noreg RHF som avgjer om Trondheim skal bli medeigar?" of the city council's decision: every word
  // the line lacks names who makes another decision, not this one.
  const doers = line.doers;
  const otherDoer =
    doers !== undefined &&
    missing.length > 0 &&
    missing.every((w) => !found(w, doers)) &&
    doerNames(vocab).some((names) => missing.every((w) => found(w, names)));
  // "Tar bystyret stilling 29. september?" of "29. august avgjør bystyret om …": another date or figure is no, whatever
  // is yet to be decided.
  // (So is another time of the year, "… rundt påske 2019?" of "… i årsskiftet 2018/2019", or month, "… i september?".)
  const when = (w: string) => /^\d+$/.test(w) || claims.seasons.has(w) || claims.months.has(w);
  // (A whole other date too: "… on 15 September?" of "On August 29 …", both its day and its month; only of a line that
  // gives a date, not of "Bispegata 9". A year the line does not give, beside another time of the year, is no less so:
  // "… vinteren 2019?" of "29. august …", whatever the year.)
  const otherWhen = (w: string) => when(w) && inPlaceOf(vocab, w, words, line);
  const other = (w: string) => otherWhen(w) || (/^(?:19|20)\d\d$/u.test(w) && missing.some(otherWhen));
  if ((missing.length === 1 || line.dated) && missing.length > 0 && missing.every(other))
    return [...lineAll].some((t) => claims.negation.has(t)) ? undefined : {};
  // "Ble Trondheim kommune deleier?": what is still to be decided has not happened.
  if (past && line.planned) return undefined;
  // "Is the city council vote on co-ownership on 29 August?" of "On August 29 … decides whether the municipality will
  // become a co-owner …": whether it will is not said, but when it is decided is. A claim of the line's date that says
  // nothing of what is yet to be decided ("Blir kommunen deleier 29. august?") is so. (Nor what is left open in another
  // language, "Blir Trondheim deleier …?", nor what a word for the decision says it is on: "Is the vote on … on 29 Aug?")
  const open = openClauses(vocab).get(line.id);
  const dated =
    open !== undefined &&
    missing.length === 0 &&
    words.some(when) &&
    words.every((w) => when(w) || !found(w, open) || claim.decided.has(w));
  // ("Vil bystyret stemme for deleierskap 29. august?": what comes of it on that date is not said either.)
  if (dated && !past && !claim.outcome && !saysOpposite(claims, all, lineAll)) return { yes: true };
  // "Må fastlegene koble seg på?": the sentence says they can, not that they must. ("Må kommunene regne med økte
  // pasienttransportkostnader?" of "Reduserte …" is no all the same.)
  // ("Must the strategy be presented by …?" of "… is due to be presented by …": the line says it must in its own word.)
  // ("Must the technical subproject map all integrations?" of "The subproject maps …": the same sentence in another
  // language says it is to: «Delprosjektet skal kartlegge …».)
  const obliges = (l: PageLine) => [...l.all].some((t) => claims.obligation.has(t) || claims.mandate.has(t));
  const unobliged = claim.obliged.size > 0 && ![line, ...twinsOf(vocab, line)].some(obliges);
  // ("Will experts decide on the supplier?" of "… set up the record system together with … the supplier": who decides
  // something, only a line with a word for deciding says.)
  const decides = (ts: Set<string>) => saysDeciding(claims, ts);
  if (decides(all) && ![line, ...twinsOf(vocab, line)].some((l) => decides(l.all))) return undefined;
  // "29. august avgjør bystyret om kommunen skal gå inn som deleier": whether it will is not yet said.
  if (openAt(vocab, line.text) >= 0 && ![...all].some((t) => claims.undecided.has(t))) return undefined;
  // ("Blir det mindre bruk av velferdsteknologi?" of "… mindre press på institusjon / mer bruk av velferdsteknologi";
  // "Skal Teknisk flytte data til dagens løsninger?" of "… data fra dagens løsninger …".)
  const opposite =
    saysOpposite(claims, all, lineAll) ||
    [line, ...twinsOf(vocab, line)].some(
      (l) => saysOppositeOf(claims, claim.order, terms(l.text)) || otherWay(vocab, claim.order, l),
    );
  const denied = [...lineAll].some((t) => claims.negation.has(t));
  // "… i andre etasje?" of "… i tredje etasje": another of the sentence's ordinals.
  const otherOrdinal = [...lineAll].some(ordinal) && [...all].some((t) => ordinal(t) && !ranked(t));
  // ("… i andre etasje i Bispegata 9?" of "… i Bispegata 9": which floor, the line that has the floor only in what it is
  // about does not say.)
  const unranked = [...claim.ranked].some((w) => words.includes(w) && !found(w, line.own));
  const ranks = unranked && [...all].some((t) => ordinal(t) && !ranked(t));
  // (Only the opposite direction says no of what must be: the sentence says nothing of the rest.)
  if (unobliged && !opposite) return undefined;
  // ("Skal gevinstene bare følges opp i programperioden?" of "… oppfølging både i programperioden og etter": what the
  // question says only of, the line says of both, though it has every word.)
  // (Or the same sentence in another language: "Make follow-up possible both during the programme period and after it".)
  const onlyOfBoth =
    claim.only && [line, ...twinsOf(vocab, line)].some((l) => saysOfAll(claims, claim.order, terms(l.text)));
  if (missing.length === 0)
    return opposite || denied || otherOrdinal || onlyOfBoth ? {} : ranks ? undefined : { yes: true };
  // "Har bare trønderske kommuner opsjonsavtale?", "Skal delprosjektet berre kartleggje arbeidsprosessane på
  // sjukeheimane?": what the question says is so only of one thing, the line says of all. (Not when the line has every
  // word: "Kan fastlegene bare koble seg på?" says «just».)
  const ofAll =
    claim.only &&
    ![...lineAll].some((t) => claims.only.has(t)) &&
    [...lineAll].some((t) => claims.every.has(t) || claims.both.has(t));
  // "Er planen ferdig, eller er det bare et utkast?" of "Det lages nå utkast til en plan …": the sentence says the
  // second of the two, not the first.
  const otherChosen =
    missing[0] === claim.beforeChoice && [...claim.otherChoice].some((w) => found(w, line.own));
  // (Not a word for still being so, of a line of what was before, beside a word the page lacks: "Kan vi fortsatt
  // parkere ved Bispegata?" asks of parking, not of what the building was.)
  const stillOf = (w: string) => [...all].some((t) => claims.still.has(t)) && !vocab.vocabulary.has(w);
  const former = [...vocab.language.questionShape.former].some((w) => lineAll.has(stem(w)));
  const paired = (w: string) => claims.opposites.some((pair) => pair.some((side) => side.has(w)));
  const stillElse = former && stillOf(missing[0]!) && !paired(missing[0]!);
  // ("Blir det mer tid til lunsj?" of "Mindre tid på å samstemme medisinlister": the other direction of one word the
  // claim shares with the line says nothing of the thing in place of the line's.)
  const otherDirection =
    opposite && !stillElse && (paired(missing[0]!) || words.length - missing.length >= SAID_OF_OTHER_MIN);
  if (
    (missing.length === 1 && (otherDirection || ofAll || otherInPlace(vocab, claim, missing[0]!, line))) ||
    otherDoer
  )
    return denied ? undefined : {};
  if (missing.length === 1 && otherChosen && !denied) return { choice: true };
  return undefined;
}

/**
 * Per entry, the terms after its lines' word that leaves a thing open ("… avgjør bystyret om kommunen skal gå inn som
 * deleier", "… decides whether the municipality will become a co-owner"), in every language; none for an entry whose
 * lines leave nothing open.
 */
const openClauses = perVocabulary((vocab: Vocabulary) => {
  const open = new Map<string, Set<string>>();
  for (const line of pageLines(vocab)) {
    const said = terms(line.text);
    const at = openAt(vocab, line.text);
    if (at < 0) continue;
    const clause = open.get(line.id) ?? new Set<string>();
    for (const t of said.slice(at + 1)) clause.add(t);
    open.set(line.id, clause);
  }
  return open;
});

/**
 * Where in a line's terms the word stands that leaves what follows open («om», "whether"), after a word for deciding
 * ("… avgjør Trondheim bystyre om kommunen skal …"); -1 when none does («en sak om gevinstrealisering» is about it).
 */
function openAt(vocab: Vocabulary, text: string): number {
  return OPEN_AT(vocab)(text);
}

/** Per vocabulary, each line's open word (see openAt), worked out once per text. */
const OPEN_AT = perVocabulary((vocab: Vocabulary) => {
  const { deciding, undecided } = vocab.language.claims;
  const known = new Map<string, number>();
  return (text: string) => {
    let at = known.get(text);
    if (at === undefined) {
      const words = tokenize(text);
      const verb = words.findIndex((w) => deciding.has(w));
      at = verb < 0 ? -1 : words.findIndex((w, k) => k > verb && undecided.has(stem(w)));
      known.set(text, at);
    }
    return at;
  };
});

/**
 * "Skal gevinststrategien også få fram negative konsekvenser?" of the strategy's aims: both parts of a compound word
 * of the claim stand in the line (see Claim.parts).
 */
function inParts(claim: Claim, word: string, line: PageLine): boolean {
  return claim.parts.get(word)?.every((forms) => forms.some((t) => line.known.has(t))) ?? false;
}

/** The terms of who makes each decision ("Helse Midt-Norge RHF", "Trondheim bystyre"), per language. */
const doerNames = perVocabulary((vocab: Vocabulary) =>
  vocab.kb.decisions.flatMap((d) =>
    [d.decidedBy.nb, d.decidedBy.nn, d.decidedBy.en].flatMap((t) => (t ? [new Set(terms(t))] : [])),
  ),
);

/**
 * "Bør jeg la være å sende personnummeret mitt i tilbakemeldingen?" of «Ikke send … personnummer»: what the question
 * asks whether to keep from, a line that says not to do, with every word of it (see check), answers yes; any other
 * line says nothing of it.
 */
function avoidedSo(
  vocab: Vocabulary,
  claim: Claim,
  line: PageLine,
  verdict: ReturnType<typeof check>,
): ReturnType<typeof check> {
  if (!claim.avoided) return verdict;
  const denied = [...line.all].some((t) => vocab.language.claims.negation.has(t));
  return verdict && !verdict.yes && denied ? { ...verdict, yes: true as const } : undefined;
}
