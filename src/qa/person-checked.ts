import type { Answer } from './answer';
import type { Question } from './decision';
import type { Intent } from './language-data';
import { type Person, pick } from './knowledge-base';
import { perVocabulary } from './per-vocabulary';
import { PHOTO_SHOWS } from './photo-credit';
import { unitNotGiven } from './unit-not-given';
import { titleForOtherField } from './title-field';
import { namesOwner, ownTerms, roleTerms, worksAtTerms } from './refusals';
import { hasTitle, known, ownPlus, ROLE_HOLDERS, TITLE_SYNONYMS, titlesOf } from './person-known';
import { stem, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** Intents that ask for something else than whether the person has a role or works somewhere. */
const OTHER_ASKS: Intent[] = ['who', 'phone', 'email', 'where', 'when', 'contact', 'count', 'list'];

/**
 * "Er det riktig at Torunn Austheim er rådmann i Levanger?", "Is it true that Carl-Jacob Midttun is the chief executive
 * of Melhus municipality?", "Er Elise B. Vesterhus kommunikasjonsansvarlig?", "Is Tone Fagerholt the project leader?",
 * "Kommer Line Kristoffersen fra IT-tjenesten?", "Er kommuneoverlegen i samarbeidsrådet fra Levanger?": a yes/no
 * question that names one person (by name, or by a title only they have; or by a place only they work at, for a no)
 * and says only what they are
 * (a role, a title) or where they work (a municipality, a unit; also one the page does not know) is answered with
 * that person under a line saying yes or no with their role as the page gives it. When the role asked about is
 * someone else's (another person's title, or the role and place of one other person), that person is shown too.
 * (Who leads a body or subproject is answered by lead-checked.ts and wrong-lead.ts before this.)
 */
export function answerPersonChecked(q: Question): Answer | undefined {
  const { vocab, analysis, fallback } = q;
  // (A word for a member names the person only when no name does: "Is Ole Gunnar Kjøsnes a member of the council?"
  // asks whether he is one.)
  const byName = q.candidates.some((c) => c.entry.type === 'person' && c.properTerms.size > 0);
  if (!analysis.yesNo || OTHER_ASKS.some((i) => asksOther(vocab, analysis, i, !byName))) return undefined;
  // "Is Ragnhild Holmberg Aunsmo from Verdal or from Levanger?" offers choices: neither yes nor no answers it.
  if (analysis.tokens.some((t) => vocab.language.focus.alternatives.has(t))) return undefined;
  // Every word the bot does not know is a name of a place or organisation ("Levanger", "Melhus"), or an elected office.
  const office = (p: number) => vocab.language.claims.offices.has(stem(analysis.tokens[p] ?? ''));
  const offices = analysis.unknownPositions.filter(office);
  // ("Helge Garåsen is kommunaldirektør for oppvekst og utdanning …?": unless they say what the person's title is for,
  // where the role says it is for something else: see title-field.ts.)
  const strange = analysis.unknownPositions.filter((p) => !analysis.otherNames.includes(p) && !office(p));
  if (strange.length > 0) {
    const person = namedPerson(q);
    if (!person?.role || !titleForOtherField(q, person, strange)) return undefined;
    return roleAnswer(fallback, analysis.lang, person, person.role, false);
  }
  const named = namedPerson(q) ?? titledPerson(q);
  const person = named ?? placedPerson(q);
  if (!person || !person.role) return undefined;
  // "Is Arne Sverre Dahl the mayor of Molde?": one who works for a municipality in the role the page gives holds no
  // elected office there; of anyone else the page says neither.
  if (offices.length > 0 && !(named && ofMunicipality(vocab, person))) return undefined;
  const claim = claimOf(vocab, q, person) ?? (offices.length > 0 ? { said: [], titles: [] } : undefined);
  if (!claim) return undefined;
  const holds = claim.titles.length === 0 && analysis.otherNames.length === 0 && offices.length === 0;
  // ("Er Ola Skorstad rådmann?": a title others have, asked as a title and not as the genitive in the name of his unit
  // («Rådmannens fagstab», "the rådmann's fagstab", «rådmannen sin fagstab»), is his only when his own role or titles
  // have it.)
  const asTitle = (t: string) =>
    !namesOwner(vocab, analysis.tokens, analysis.positions.get(t) ?? -1) &&
    [...(ROLE_HOLDERS(vocab).get(t) ?? [])].some((id) => id !== person.id);
  // (Nor is a word of the name of a body the role names, when the question says of it what the role does: «med på
  // bildet av samarbeidsrådet for opsjonskommuner». Not membership, which the list of its members says: "Is Helge
  // Garåsen a member of the council for …?", "Does he sit on the council for option municipalities?".)
  const bodyWords = known(vocab, person).named;
  const { members } = vocab.language.questionShape;
  const membership = analysis.tokens.some((t) => members.has(t));
  // ("… med på gruppebiletet?": a word for a photo, also as the last part of a word, is the photo the role names.)
  const { photos } = vocab.language.questionShape;
  const photoStems = new Set([...photos].map(stem));
  const photoSaid = analysis.tokens.some((token) => [...photos].some((p) => token.endsWith(p)));
  // (So is a photo named after a body the person is a member of: «Bildet av Samarbeidsrådet»; see PHOTO_SHOWS.)
  const inPhoto =
    photoSaid &&
    ([...ownTerms(vocab, person)].some((t) => photoStems.has(t)) ||
      [...bodyWords].some((t) => PHOTO_SHOWS(vocab).has(t)));
  // (A one-word title is theirs in a synonym their role has: "Er Evelyn Haram Larsen prosjektsjef i Hareid?".)
  const ownWord = (t: string) =>
    (ownPlus(vocab, person).has(t) && (!asTitle(t) || ownTerms(vocab, person).has(t))) ||
    (TITLE_SYNONYMS(vocab).has(t) && hasTitle(vocab, person, [t]));
  const related = inPhoto || claim.said.some((t) => ownWord(t) && !bodyWords.has(t));
  const own = (t: string) =>
    ownWord(t) || (related && !membership && bodyWords.has(t)) || (inPhoto && photoWord(vocab, analysis, t));
  const yes = holds && claim.said.every(own);
  // (Only no, of a claim with words of no one's: "Does KS Trøndelag coordinate the work …?"; but the photo is where
  // people are: "Was someone from KS Trøndelag in the group photo …?")
  if (yes && claim.partial && !inPhoto) return undefined;
  // (Whether a place is on the council at all is for the list of its members to say; by whom in what role, its
  // member's role: "Is Verdal represented on the council by its chief municipal medical officer?")
  const roleSaid = claim.said.some((t) => titleWord(vocab, person, t) && !bodyWords.has(t));
  if (!named && yes && !roleSaid) return undefined;
  // (A title asked as a title says nothing of the unit named after it: "Er Tone Fagerholt rådmann?" is «Nei».)
  if (
    !yes &&
    unitNotGiven(
      vocab,
      person,
      claim.said.filter((t) => !asTitle(t)),
    )
  )
    return fallback;
  const elsewhere = analysis.otherNames.length > 0 || offices.length > 0;
  const holder = yes ? undefined : holderOf(vocab, person, claim, elsewhere);
  return roleAnswer(fallback, analysis.lang, person, person.role, yes, holder);
}

/**
 * The answer that says yes or no under a person's card, with their role as the page gives it, and the card of the one
 * who has the role asked about (`holder`), when that is another person.
 */
export function roleAnswer(
  fallback: Answer,
  lang: Answer['lang'],
  person: Person,
  role: NonNullable<Person['role']>,
  yes: boolean,
  holder?: Person,
): Answer {
  const items: Answer['items'] = [{ type: 'person', person }];
  if (holder) items.push({ type: 'person', person: holder });
  return {
    kind: 'answer',
    lang,
    question: fallback.question,
    topicId: person.id,
    items,
    direct: {
      type: 'roleOf',
      yes,
      person: person.name,
      role: pick(role, lang),
      ...(holder?.role && { holder: holder.name, holderRole: pick(holder.role, lang) }),
    },
  };
}

/**
 * Whether a yes/no question asks for something else (see OTHER_ASKS): "Is the council member from Verdal that
 * municipality's chief executive?", "Er representanten fra Verdal rådmann?": a word for a member or a representative
 * names the person asked of, when no name does (`unnamed`), and asks for no one or no list.
 */
function asksOther(
  vocab: Vocabulary,
  analysis: Question['analysis'],
  intent: Intent,
  unnamed: boolean,
): boolean {
  if (!analysis.intents.has(intent)) return false;
  const { members, represents } = vocab.language.questionShape;
  const { tokens, intentPositions } = analysis;
  const of = (p: number) => vocab.intentOf(stem(tokens[p] ?? ''));
  // ("Does Karl Audun Fagerli represent Levanger?": the verb of representing, said of the one the question names, says
  // where they are from, as «from» does; it asks for no one.)
  const representing = (p: number) => represents.has(stem(tokens[p] ?? ''));
  // ("Is Tone Fagerholt the person responsible for communication …?", "Er Tone Fagerholt personen som …": so does a word
  // for a person right after the name, with only an article or «is» between: it says what the one named is. So it
  // does after a word of the page that says what kind of person: "Is Ola Skorstad the comms person …?")
  const { articles, copulas } = vocab.language.roleQuestion;
  const predicate = (p: number) => {
    let k = p - 1;
    if (k > 0 && analysis.knownPositions.includes(k) && !vocab.nameWords.has(tokens[k]!)) k--;
    while (k > 0 && (articles.has(tokens[k]!) || copulas.has(tokens[k]!))) k--;
    // (Or, as the subject, before the name: "Is the comms person Elise Vesterhus?", "The comms person is Elise …?")
    let n = p + 1;
    while (n < tokens.length && (articles.has(tokens[n]!) || copulas.has(tokens[n]!))) n++;
    return vocab.nameWords.has(tokens[k] ?? '') || (p > 1 && vocab.nameWords.has(tokens[n] ?? ''));
  };
  if (!unnamed) return intentPositions.some((p) => !representing(p) && !predicate(p) && of(p) === intent);
  const naming = (p: number) => members.has(tokens[p] ?? '') || representing(p);
  const named = intentPositions.filter(naming).map(of);
  return !named.includes(intent) || intentPositions.some((p) => !naming(p) && of(p) === intent);
}

/** The same, only for a question naming a place the page does not know ("… rådmann i Levanger?"), which is otherwise refused. */
export function answerPersonCheckedElsewhere(q: Question): Answer | undefined {
  return q.analysis.otherNames.length > 0 ? answerPersonChecked(q) : undefined;
}

/** The one person the question names by name ("Er Arne Sverre Dahl …" names him, not every Arne). */
export function namedPerson(q: Question): Person | undefined {
  const named = q.candidates.filter((c) => c.entry.type === 'person' && c.properTerms.size > 0);
  const people = named.filter(
    (c) =>
      !named.some(
        (o) =>
          o !== c &&
          o.properTerms.size > c.properTerms.size &&
          [...c.properTerms].every((t) => o.properTerms.has(t)),
      ),
  );
  return people.length === 1 ? q.vocab.people.get(people[0]!.entry.id) : undefined;
}

/**
 * "Er kommuneoverlegen i samarbeidsrådet fra Levanger?": the one person the question names by a title only they have
 * (every word of it), when it names no one by name and asks nothing of who leads what.
 */
export function titledPerson(q: Question): Person | undefined {
  const { vocab, analysis, candidates } = q;
  if (candidates.some((c) => c.entry.type === 'person' && c.properTerms.size > 0)) return undefined;
  // ("Does the local project lead come from the IT service?": the word of leading that is the title itself asks nothing
  // of who leads what.)
  const stems = analysis.tokens.map((t) => stem(t));
  const within = (title: string[], p: number) => title.every((t, k) => stems[p - title.length + 1 + k] === t);
  const leading = analysis.intents.has('lead') ? LEAD_WORDS(vocab) : new Set<string>();
  const leads = (title: string[]) =>
    analysis.intentPositions.some((p) => leading.has(stems[p] ?? '') && !within(title, p));
  const titled = (p: Person) => titlesOf(vocab, p).filter((title) => asked(analysis, title) && !leads(title));
  const people = vocab.kb.people.filter((p) =>
    titled(p).some((title) => vocab.kb.people.every((o) => o === p || !hasTitle(vocab, o, title))),
  );
  if (people.length === 1) return people[0];
  // ("Er prosjektlederen fra IT-tjenesten?": the one person who has the title as a name of their own, not only in a
  // role of another place, "Prosjektleder SSIKT Hareid kommune".)
  // (Not when the question names where another with the title works: "Er Hareid representert i rådet ved
  // prosjektlederen sin?")
  const own = vocab.kb.people.filter((p) => titled(p).length > 0);
  const there = (o: Person) => analysis.known.some((t) => worksAtTerms(o).has(t));
  const elsewhere = (p: Person) =>
    vocab.kb.people.some((o) => o !== p && titled(p).some((title) => hasTitle(vocab, o, title)) && there(o));
  return own.length === 1 && !elsewhere(own[0]!) ? own[0] : undefined;
}

/**
 * "Er Hareid representert i rådet ved rådmannen sin?": the one person of a place the question names that no one else
 * on the page works at, for their municipality, when it says a role but names no one by name or title and asks nothing
 * of who leads what.
 */
function placedPerson(q: Question): Person | undefined {
  const { vocab, analysis, candidates } = q;
  if (analysis.intents.has('lead')) return undefined;
  if (candidates.some((c) => c.entry.type === 'person' && c.properTerms.size > 0)) return undefined;
  // (Of a municipality: "Is any municipality outside Trøndelag …?" asks of no one of KS Trøndelag.)
  const places = analysis.known.filter((t) => vocab.employers.has(t));
  // (It says a role: "Får Oppdal Helseplattformen før Molde?" asks nothing of Molde's member.)
  const role = analysis.known.some(
    (t) => !places.includes(t) && vocab.kb.people.some((p) => roleTerms(p).has(t)),
  );
  if (!role) return undefined;
  const at = (t: string) => vocab.kb.people.filter((p) => worksAtTerms(p).has(t));
  const people = places.flatMap((t) => at(t)).filter((p, k, all) => all.indexOf(p) === k);
  const one = people.length === 1 && places.every((t) => at(t).length === 1) ? people[0] : undefined;
  return one && ofMunicipality(vocab, one) ? one : undefined;
}

/** The person works for a municipality ("Molde kommune"), not for another organisation ("KS Trøndelag"). */
function ofMunicipality(vocab: Vocabulary, person: Person): boolean {
  const placeNouns = vocab.language.questionShape.placeNouns;
  return tokenize(person.organisation ?? '').some((t) => placeNouns.has(t));
}

/**
 * What the question says the person is: the words it says of them (besides their name, the word for a municipality
 * and the words for the project), each a word of someone's role, title or workplace on the page, and the titles of
 * other people it uses that are not the person's own ("the project leader" of Tone Fagerholt is Ola Skorstad's).
 */
function claimOf(
  vocab: Vocabulary,
  q: Question,
  person: Person,
): { said: string[]; titles: Person[]; partial?: boolean } | undefined {
  const { analysis } = q;
  const name = new Set(terms(person.name));
  const placeNouns = vocab.language.questionShape.placeNouns;
  // ("Er Tone Fagerholt fra Trøndelag?": the county her municipality lies in is where she is too, which says nothing.)
  const own = ownPlus(vocab, person);
  const countyOf = [...vocab.language.asker.countyOf].filter(([m]) => terms(m).every((t) => own.has(t)));
  const inCounty = new Set(countyOf.flatMap(([, county]) => terms(county)));
  // ("Is Verdal represented on the council by …?": being represented is being a member, which the list of members says.)
  const { represents } = vocab.language.questionShape;
  const said = analysis.known.filter(
    (t) =>
      !name.has(t) &&
      !represents.has(analysis.tokens[analysis.positions.get(t) ?? -1] ?? '') &&
      !inCounty.has(t) &&
      !vocab.projectTerms.has(t) &&
      !placeNouns.has(analysis.tokens[analysis.positions.get(t) ?? -1] ?? ''),
  );
  // (A photo shows people: "Er Vigdis Bolås med på gruppebildet?".)
  // ("Er Ole Gunnar Kjøsnes fra KS Møre og Romsdal?": a county in the place of the one the person's role names.)
  const counties = countyTerms(vocab);
  const placedInCounty = [...ownPlus(vocab, person)].some((t) => counties.has(t));
  const ofPeople = (t: string) =>
    vocab.employers.has(t) ||
    vocab.kb.people.some((p) => ownPlus(vocab, p).has(t)) ||
    photoWord(vocab, analysis, t) ||
    (placedInCounty && counties.has(t));
  // "Is Helge Garåsen Trondheim's municipal director for technical services?": a word no one's role or workplace has
  // leaves the claim undecided, unless the words that are of people already say no (one the person's own lacks).
  if (!said.every(ofPeople)) {
    const ofSomeone = said.filter(ofPeople);
    if (ofSomeone.length === 0 || ofSomeone.every((t) => own.has(t))) return undefined;
    return { said: ofSomeone, titles: [], partial: true };
  }
  const titles = vocab.kb.people.filter(
    (p) =>
      p !== person &&
      titlesOf(vocab, p).some((title) => asked(analysis, title) && !hasTitle(vocab, person, title)),
  );
  // ("Is Arne Sverre Dahl the chair?", "Is Tone Fagerholt the chair?": a word that alone asks who leads, which one
  // person's role has, is claimed as that role's.)
  if (said.length === 0 && titles.length === 0 && analysis.otherNames.length === 0) {
    const one = analysis.tokens
      .map((t) => stem(t))
      .filter((t) => LEAD_WORDS(vocab).has(t) && ROLE_HOLDERS(vocab).get(t)?.size === 1);
    return one.length === 1 ? { said: one, titles: [] } : undefined;
  }
  return { said, titles };
}

/** The term is a word of the person's title, not of where they work ("medical" of Verdal's kommuneoverlege). */
function titleWord(vocab: Vocabulary, person: Person, term: string): boolean {
  return roleTerms(person).has(term) && !worksAtTerms(person).has(term) && !vocab.employers.has(term);
}

/** The terms of the region's counties ("møre", "romsdal", "trøndelag"), but the small words in their names. */
const countyTerms = perVocabulary(
  (vocab: Vocabulary) =>
    new Set(vocab.language.asker.counties.flatMap((c) => terms(c)).filter((t) => !vocab.stopwords.has(t))),
);

/** The term is a word for a photo in the question, also as the last part of a word ("gruppebiletet"). */
function photoWord(vocab: Vocabulary, analysis: Question['analysis'], term: string): boolean {
  const token = analysis.tokens[analysis.positions.get(term) ?? -1] ?? term;
  return [...vocab.language.questionShape.photos].some((p) => token.endsWith(p));
}

/**
 * Who has the role asked about instead: the one other person whose title the question uses, or else the one other
 * person whose role and workplace have every word the question says ("Er Arne Sverre Dahl rådmann i Kristiansund?":
 * Arne Ingebrigtsen). None for a place the page does not know.
 */
function holderOf(
  vocab: Vocabulary,
  person: Person,
  claim: { said: string[]; titles: Person[] },
  elsewhere: boolean,
): Person | undefined {
  if (claim.titles.length > 0) return claim.titles.length === 1 ? claim.titles[0] : undefined;
  if (elsewhere || claim.said.length === 0) return undefined;
  const holders = vocab.kb.people.filter(
    (p) => p !== person && claim.said.every((t) => ownPlus(vocab, p).has(t)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The words that alone ask who leads ("leder", "lead"), as stems. */
const LEAD_WORDS = perVocabulary(
  (vocab: Vocabulary) =>
    new Set(
      vocab.language.intentPhrases.flatMap((i) =>
        i.intent === 'lead' && i.words.length === 1 ? i.words : [],
      ),
    ),
);

/**
 * The title stands in the question, its words one after another: "the project's communications manager" says no
 * "project manager", as a role does not (see hasTitle).
 */
function asked(analysis: Question['analysis'], title: string[]): boolean {
  const stems = analysis.tokens.map((t) => stem(t));
  return stems.some((_, p) => title.every((t, k) => stems[p + k] === t));
}
