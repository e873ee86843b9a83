import type { Intent } from './language-data';
import type { Analysis } from './analysis';
import { firstPartForms, stem, terms, tokenize, trimPunctuation, phraseAt, hasPhrase } from './text';
import { verbAt } from './told';
import type { Vocabulary } from './vocabulary';
import { asksOtherProject } from './other-project';
import { asksPrice } from './price-asked';
import { asksRecommendation } from './recommendation';
import { asksSystemForOtherPurpose } from './system-purpose';
import { asksLaw } from './law-asked';
import { perVocabulary } from './per-vocabulary';
import { asksWeather } from './weather-asked';
import type { Candidate } from './ranking';

// Questions about something outside what the page holds, whatever words they share with it: a short form it does not
// write out, a body it has no entry for, an organisation no one on the page works for, other projects than this one
// (other-project.ts), and errands for the asker. Each is refused before a topic is chosen (topic.ts, refuseEarly).

/**
 * The short forms the knowledge base writes out, in parentheses after the words they stand for ("Kommunenes
 * Sentralforbund (KS)"), folded.
 */
const spelledOut = perVocabulary((vocab: Vocabulary) => {
  const texts = vocab.kb.people.flatMap((p) => Object.values(p.role ?? {}));
  const shorts = texts.flatMap((t) =>
    [...t.matchAll(/(?:\p{Lu}[\p{L}-]*\s+)+\(([^()]+)\)/gu)].map((m) => tokenize(m[1]!).join(' ')),
  );
  return new Set(shorts);
});

/**
 * "Hva står SSIKT for?", "What does SiO stand for?": a word in capitals with "står … for" around or after it, which
 * the page does not write out ("Hva står KS for?" it does: Kommunenes Sentralforbund).
 */
export function asksShortFor(vocab: Vocabulary, question: string): boolean {
  const written = question.split(/\s+/).map(trimPunctuation);
  const short = (w: string | undefined) =>
    w !== undefined &&
    /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}\p{Ll}?$/u.test(w) &&
    !spelledOut(vocab).has(tokenize(w).join(' '));
  const tokens = written.map((w) => tokenize(w).join(' '));
  return vocab.language.questionShape.standsFor.some((phrase) => {
    const verb = phrase.slice(0, -1).join(' ');
    const last = phrase[phrase.length - 1]!;
    return tokens.some((t, i) => {
      if (t !== verb) return false;
      // "står SSIKT for" (the short form between), "SSIKT stand for" (before).
      if (tokens[i + 2] === last && short(written[i + 1])) return true;
      return tokens[i + 1] === last && short(written[i - 1]);
    });
  });
}

/**
 * For a question asking who is in or leads something: the word as written for a body of people ("ledergruppen",
 * "prosjektstyret", "steering committee") that no entry has as its name or alias; undefined when there is none.
 */
export function unknownGroup(vocab: Vocabulary, analysis: Analysis): string | undefined {
  if (!(['who', 'list'] as Intent[]).some((i) => analysis.intents.has(i))) return undefined;
  const everyday = vocab.language.everyday;
  const isWord = (w: string) =>
    w.length >= 2 && (everyday.hasWordOrCompound(w) || everyday.isLemma(w) || vocab.vocabulary.has(stem(w)));
  // "styrings|gruppen", "arbeids|utvalet": a joining s or e between the parts. ("området" is no «om|rådet»: a first
  // part has three letters at least.)
  const firstPart = (w: string) => firstPartForms(w).some((f) => f.length >= 3 && isWord(f));
  const { tokens } = analysis;
  const groups = [...vocab.language.questionShape.groups];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const head = groups.find(
      (h) => token.endsWith(h) && (token === h || firstPart(token.slice(0, -h.length))),
    );
    if (head === undefined || namedGroup(vocab, token, head) || subprojectTeam(vocab, analysis, i, head))
      continue;
    // "the group photo": the word is the first part of a name of two words.
    if (token === head && analysis.knownPositions.includes(i + 1)) continue;
    const written = analysis.words();
    // "the steering committee": the English words before it belong to it (not a part of the same word: "IT-gruppa").
    const own = i > 0 && !analysis.intentPositions.includes(i - 1) && written[i - 1] !== written[i];
    const before = token === head && own ? `${written[i - 1]} ` : '';
    return `${before}${written[i] ?? token}`;
  }
  return undefined;
}

/**
 * "Hvem leder opplæringsgruppa?", "Who heads the training group?", "Kven leiar den tekniske gruppa?": asked who leads
 * it, a working group named by a subproject's own name (not an alias: "IT-gruppa") is that subproject, as
 * «opplæringsteamet» is. Asked who is in it, it is not: the page names no members of a subproject.
 */
function subprojectTeam(vocab: Vocabulary, analysis: Analysis, i: number, head: string): boolean {
  if (!analysis.intents.has('lead') || analysis.intents.has('list')) return false;
  if (!vocab.language.questionShape.teams.has(head)) return false;
  const token = analysis.tokens[i]!;
  const first = token === head ? (analysis.tokens[i - 1] ?? '') : token.slice(0, -head.length);
  const names = new Set(vocab.kb.subprojects.flatMap((sp) => terms(Object.values(sp.name).join(' '))));
  return firstPartForms(first).some((w) => w.length >= 3 && names.has(stem(w)));
}

/**
 * True when a word for a body of people is the name of an entry ("rådet", "council"). Alone, the word must be a whole
 * name or alias: "group" of "group photo" does not name the management group.
 */
function namedGroup(vocab: Vocabulary, token: string, head: string): boolean {
  const term = stem(token);
  if (token !== head) return vocab.namedTerms.has(term);
  return [...vocab.aliasPhrases.values()].some((a) => a.singles.has(term));
}

/**
 * True when the question's words the bot knows all name an organisation (after "at", "i", "hos" …) that none of the
 * people the page names works for.
 */
export function contactElsewhere(vocab: Vocabulary, analysis: Analysis): boolean {
  const at = new Set(['at', 'in', 'i', 'hos', 'ved']);
  // The organisation follows "at"/"hos"; before it, only words for the project itself ("the project's contact person
  // at Helse Midt-Norge RHF").
  const start = analysis.knownPositions.findIndex((p) => at.has(analysis.tokens[p - 1] ?? ''));
  if (start < 0) return false;
  const before = analysis.known.slice(0, start);
  const after = analysis.known.slice(start);
  return (
    before.every((t) => vocab.projectTerms.has(t)) &&
    after.every((t) => vocab.orgWords.has(t) && !vocab.employers.has(t))
  );
}

/**
 * "Kan noen ringe meg om tilgang til Helseplattformen?", "Can someone help me reset my password?": a request that
 * someone do something for the asker (the asker as object within the first words) is an errand, not a question the
 * page answers; the fallback offers to send it to the project office.
 */
export function asksForErrand(vocab: Vocabulary, analysis: Analysis): boolean {
  const { self, qualifiers } = vocab.language.questionShape;
  const { tokens } = analysis;
  if (!opensAsRequest(vocab, tokens)) return false;
  // "Kan du fortelle meg om …", "Can you tell me about …" ask to be told what the page says.
  if (vocab.intentOf(stem(tokens[2] ?? '')) === 'what') return false;
  // (Not "Kan du si meg hvem …", "Kan noen hjelpe meg å finne e-posten …": a question word after the asker asks
  // something of the page.)
  // ("Kan noen fra prosjektet hjelpe meg …": who is asked may be said of where they are from.)
  const from = qualifiers.has(tokens[2] ?? '') ? 2 : 0;
  const at = tokens.findIndex(
    (t, k) => k >= 2 + from && k <= 4 + from && self.has(t) && !['i', 'vi', 'we'].includes(t),
  );
  // ("om"/"about" say what the errand is about, not what is asked.) ("hjelpe meg å sette opp e-posten": a verb with
  // a particle before it says what is done with it, not that it is asked for.)
  // (Not "finne ut", which is to know.)
  const particles = vocab.language.questionShape.particles;
  const knowing = (k: number) =>
    vocab.language.focus.knowing.some((w) => w.length === 2 && w[0] === tokens[k - 1] && w[1] === tokens[k]);
  const done = (p: number) =>
    tokens.slice(at + 2, p).some((t, j) => particles.has(t) && !knowing(at + 2 + j));
  return at >= 0 && !analysis.intentPositions.some((p) => p > at && !qualifiers.has(tokens[p]!) && !done(p));
}

/** "Kan noen …", "Can someone …": the question opens by asking someone to do something. */
export function opensAsRequest(vocab: Vocabulary, tokens: string[]): boolean {
  const { may, someone } = vocab.language.questionShape;
  return may.has(tokens[0] ?? '') && someone.has(tokens[1] ?? '');
}

/**
 * "Hvordan oppretter jeg et nytt prosjekt i Teams?", "How do I share a file?": how to do something oneself is
 * instructions, which the page has none of, whatever word it shares with the question. Asked with a person, an address
 * or contact details in view ("Hvordan når jeg …", "How do I email …"), that is answered. (A lead word inside a
 * compound asks for no one: «hvordan melder jeg meg på lederopplæringen?») "Where can I park near Bispegata 9?", "Kan
 * jeg spise lunsj i prosjektlokalene?": what the asker would do there is an everyday activity, not something the page
 * says, even when the place is one it knows. (How the asker gains from the platform is the benefits: asksHowToGain.)
 */
export function asksOwnDoing(vocab: Vocabulary, analysis: Analysis): boolean {
  return (asksHowTo(vocab, analysis) && !asksHowToGain(vocab, analysis)) || analysis.selfActivity;
}

/**
 * "Hvordan kan vi spare tid i hverdagen med det nye journalsystemet?", "How can we save time with Helseplattformen?":
 * how the asker gains, by the words of a kind of benefit ("spare tid", "save time"), from the platform named, is
 * what the page's list of benefits says; that is answered, not refused as instructions.
 */
function asksHowToGain(vocab: Vocabulary, analysis: Analysis): boolean {
  return analysis.howTo && saysGainOfPlatform(vocab, analysis);
}

/**
 * The question says a kind of benefit by its own words ("spare tid", "save time") and names the platform: how or
 * where the asker gains from it ("Hvor skal vi spare tid med det nye systemet?") is what that kind's list says.
 */
export function saysGainOfPlatform(vocab: Vocabulary, analysis: Analysis): boolean {
  if (!analysis.known.some((t) => vocab.projectTerms.has(t))) return false;
  const stems = analysis.tokens.map(stem);
  const said = (phrase: string[]) => stems.some((_, k) => phrase.every((w, j) => stems[k + j] === w));
  return vocab.kb.gains.categories.some((c) => vocab.aliasPhrases.get(c.id)?.phrases.some(said));
}

/** How the asker does something, with no person, address or contact details asked for (see asksOwnDoing). */
export function asksHowTo(vocab: Vocabulary, analysis: Analysis): boolean {
  // ("Korleis legg eg inn ein ny pasient på lista til fastlegen?": a list after a preposition is where something is
  // put, not a list asked for.)
  const { tokens } = analysis;
  const listPlaced = analysis.intentPositions.every(
    (p) =>
      vocab.intentOf(stem(tokens[p]!)) !== 'list' ||
      vocab.language.questionShape.qualifiers.has(tokens[p - 1] ?? ''),
  );
  const asked = (i: Intent) => i === 'what' || i === 'lead' || (i === 'list' && listPlaced);
  return analysis.howTo && [...analysis.intents].every(asked);
}

/**
 * "Hvorfor ble lokalene i gamle Kalvskinnet skole valgt?", "Why was Bispegata chosen for the office?": a why-question
 * asks the reason for what its words say; an everyday verb in it, or any everyday word after "ble" or "was", that the page has nothing of (the choosing) is what
 * the reason is asked for, and the page gives none, whatever else of the question it knows. "Kvifor er Bindal med når
 * kommunen ligg i Nordland?", "Why is Bindal included even though it is in Nordland?": a reason for something in spite
 * of a fact sets the page's facts against each other; it gives none. (Asked plainly, "Hvorfor har Trondheim kommune en
 * egen prosjektorganisasjon?" is answered by what the organisation is for.)
 */
export function asksUntoldReason(vocab: Vocabulary, analysis: Analysis): boolean {
  const { why } = vocab.language.questionShape;
  const contrast = [...vocab.language.questionShape.contrast, ...vocab.language.claims.conceded];
  const { tokens } = analysis;
  if (!why.has(tokens[0] ?? '')) return false;
  // (A word of what a thing is, "relevant", "viktig", asks what the page says of it: that is answered.)
  const doing = (p: number) => analysis.past || verbAt(vocab, analysis, p);
  if (analysis.everydayPositions.some(doing)) return true;
  return tokens.some((_, k) => k > 1 && contrast.some((p) => phraseAt(tokens, k, p)));
}

/**
 * "Who took over as leader of the cooperation council after Arne Ingebrigtsen?", "Hvem tok over etter Ola Skorstad?",
 * "Hvem var leder av samarbeidsrådet før Arne Ingebrigtsen?": who came after or before someone in a role. The page
 * names only who holds each role now. (Asked who holds it, "Hvem leder samarbeidsrådet?" is answered.)
 */
export function asksSuccession(vocab: Vocabulary, analysis: Analysis): boolean {
  if (!analysis.intents.has('who') && !analysis.intents.has('lead')) return false;
  const { succession, sequence } = vocab.language.questionShape;
  const { tokens } = analysis;
  if (hasPhrase(tokens, succession)) return true;
  const firstNames = new Set([...vocab.people.values()].map((p) => tokenize(p.name)[0]));
  // ("What's the number for Tone …": the word as written, «for» is no «før».)
  const written = analysis.words().map((w) => w.normalize('NFKC').toLowerCase());
  return tokens.some((_, k) => sequence.has(written[k] ?? '') && firstNames.has(tokens[k + 1]));
}

/**
 * "Who do I contact about a broken chair in the office?", "Hvem kontakter jeg angående en ødelagt skriver?": whom to
 * contact about an everyday thing the page has nothing of is no one it names, whatever place the thing is in. ("Who
 * do I contact about Helseplattformen?" is answered by the project office.)
 */
export function contactAboutEveryday(vocab: Vocabulary, analysis: Analysis): boolean {
  if (!analysis.intents.has('contact')) return false;
  const { tokens } = analysis;
  const at = tokens.findIndex((t) => vocab.language.questionShape.about.has(t));
  if (at < 0) return false;
  let k = at + 1;
  while (k < tokens.length && vocab.stopwords.has(stem(tokens[k]!))) k++;
  // (A doing may be a subproject's task: "Who should I ask about moving data from today's systems …?")
  const doing = analysis.lang === 'en' ? /ing$/.test(tokens[k] ?? '') : verbAt(vocab, analysis, k);
  return analysis.everydayPositions.includes(k) && !doing;
}

/**
 * "What does Kalvskinnet mean?", "Hva betyr Bispegata?", "Kva tyder namnet Ola?": what the name of a place or a
 * person means the page does not say; it only uses the names. (What a word of the project means, "Hva betyr
 * gevinstrealisering?", or what something means for another, "Hva betyr Helseplattformen for velferdsteknologi?",
 * is answered.)
 */
export function asksNameMeaning(vocab: Vocabulary, analysis: Analysis, top: Candidate | undefined): boolean {
  const { tokens } = analysis;
  const at = tokens.findIndex((t) => vocab.language.questionShape.meaning.has(t));
  if (at < 0 || !top || !['location', 'person'].includes(top.entry.type)) return false;
  // Nothing after the name but the verb itself ("… mean?"): not what it means for something.
  const last = Math.max(...analysis.knownPositions);
  return tokens.slice(last + 1).every((t) => vocab.language.questionShape.meaning.has(t));
}

/**
 * Other projects, reasons the page does not give, successors, whom to contact about an everyday thing, what a name
 * means: the questions about something beyond the page that the rules above find, each refused before a topic.
 */
export function asksBeyondPage(vocab: Vocabulary, analysis: Analysis, top: Candidate | undefined): boolean {
  return (
    asksOtherProject(vocab, analysis, top) ||
    asksUntoldReason(vocab, analysis) ||
    asksSuccession(vocab, analysis) ||
    contactAboutEveryday(vocab, analysis) ||
    asksNameMeaning(vocab, analysis, top) ||
    asksPlaceOwner(vocab, analysis, top) ||
    asksGender(vocab, analysis) ||
    asksPrice(vocab, analysis, top) ||
    asksRecommendation(vocab, analysis) ||
    asksSystemForOtherPurpose(vocab, analysis) ||
    asksLaw(vocab, analysis) ||
    asksWeather(vocab, analysis)
  );
}

/**
 * "Hvem eier bygget i Bispegata?", "Who owns the building at Bispegata 9?": the page says where the project is, not
 * whose the building is. (Where it is, "Hvor ligger bygget?", is answered.)
 */
function asksPlaceOwner(vocab: Vocabulary, analysis: Analysis, top: Candidate | undefined): boolean {
  const owns = vocab.language.questionShape.owns;
  return (
    top?.entry.type === 'location' && analysis.intents.has('who') && analysis.tokens.some((t) => owns.has(t))
  );
}

/**
 * "Is Ola Skorstad a woman?", "Er det ei dame som leier prosjektkontoret?": whether someone is a man or a woman the
 * page never says, so a yes/no question about it is refused. ("Who is the woman responsible for communication?" asks
 * who, and is answered.)
 */
function asksGender(vocab: Vocabulary, analysis: Analysis): boolean {
  const gender = vocab.language.questionShape.gender;
  return analysis.yesNo && analysis.tokens.some((t) => gender.has(t));
}
