import { namedFrom, stopwordAt } from './asked-phrase';
import { type Missing, missingOf } from './answer';
import type { Analysis } from './analysis';
import { all } from './entries';
import type { Intent } from './language-data';
import type { Lang, Person } from './knowledge-base';
import type { Candidate } from './ranking';
import { listHolds } from './lists';
import { stem, terms, tokenize } from './text';
import { pastVerb } from './word-forms';
import type { Vocabulary } from './vocabulary';

/**
 * True when a word the bot does not know qualifies the word that matched ("planen for julebordet", "home on Friday",
 * "time in New York"): it follows that word through a preposition, with no other recognised word between them.
 */
export function qualifiedByUnknown(vocab: Vocabulary, top: Candidate, analysis: Analysis): boolean {
  const at = Math.min(...[...top.terms].map((t) => analysis.positions.get(t) ?? Infinity));
  const { tokens } = analysis;
  const qualifiers = vocab.language.questionShape.qualifiers;
  // A general word written in capitals is a name too ("kontoret til HR").
  const written = analysis.words();
  // So is one written with a capital letter inside the sentence ("training in Microsoft Teams").
  const acronyms = analysis.generalPositions.filter(
    (p) => written[p] === written[p]!.toUpperCase() || (p > 0 && /^\p{Lu}/u.test(written[p]!)),
  );
  const others = [...analysis.unknownPositions, ...acronyms];
  // English puts what a noun is of before it: "the new city hall project" is another project, and "safety
  // training" is training in something the entry does not speak of.
  if (analysis.lang === 'en' && [...others, ...analysis.generalPositions].includes(at - 1)) return true;
  const named = Math.min(...[...top.strongTerms].map((t) => analysis.positions.get(t) ?? Infinity));
  const before = analysis.knownPositions.indexOf(named - 1);
  // (Written as another entry's name, alias or keyword: "overall" is not "over". A name of the list the entry
  // belongs to is said of it too: "the expected economic benefits", where every benefit is expected.)
  const modifier = analysis.known[before];
  const othersName = vocab.strongWords.has(tokens[named - 1] ?? '');
  const parentsWord = (t: string) =>
    top.entry.parents.some((id) => vocab.aliasPhrases.get(id)?.singles.has(t));
  // (A word for a municipality says whose, not what: "How many Trondheim municipal staff …".)
  const place = vocab.language.questionShape.placeNouns.has(tokens[named - 1] ?? '');
  if (
    analysis.lang === 'en' &&
    modifier &&
    !top.terms.has(modifier) &&
    othersName &&
    !parentsWord(modifier) &&
    !place
  )
    return true;
  // ("Which platform does the municipality use for payroll?": whose it is, said between, is no other topic.)
  // (English only: "… om kommunen ska gå inn på eigarsida" is what the place does.)
  const whose = (k: number) => {
    const t = analysis.known[analysis.knownPositions.indexOf(k)]!;
    const place = vocab.orgWords.has(t) || vocab.language.questionShape.placeNouns.has(tokens[k]!);
    return analysis.lang === 'en' && place;
  };
  return others.some((p) => {
    if (!(at < p) || analysis.knownPositions.some((k) => k > at && k < p && !whose(k))) return false;
    for (let k = p - 1; k > at; k--) {
      if (qualifiers.has(tokens[k]!)) return true;
      if (!vocab.stopwords.has(stem(tokens[k]!))) return false;
    }
    return false;
  });
}

/**
 * True when the word that names the list of subprojects is narrowed by a word of the knowledge base that no subproject
 * has: the word after it ("delprosjektet for kommunikasjon", "delprosjekt Kommunikasjon") or, in English, before it.
 */
export function namesOtherSubproject(
  vocab: Vocabulary,
  list: Candidate,
  candidates: Candidate[],
  analysis: Analysis,
): boolean {
  const at = analysis.knownPositions.filter((_, k) => list.nameTerms.has(analysis.known[k]!));
  const termAt = (p: number) => {
    const k = analysis.knownPositions.indexOf(p);
    return k < 0 ? undefined : analysis.known[k];
  };
  const filler = (p: number) =>
    vocab.stopwords.has(stem(analysis.tokens[p] ?? '')) ||
    vocab.language.questionShape.qualifiers.has(analysis.tokens[p] ?? '');
  // ("the information security subproject": in English, over the words the bot does not know right before it.)
  const before = (p: number) => {
    let k = p - 1;
    while (k > 0 && analysis.unknownPositions.includes(k)) k--;
    return k;
  };
  const beside = at.flatMap((p) => {
    let next = p + 1;
    while (next < analysis.tokens.length && filler(next)) next++;
    return analysis.lang === 'en' ? [next, before(p)] : [next];
  });
  return beside.some((p) => {
    const t = termAt(p);
    if (t === undefined || list.terms.has(t)) return false;
    const owners = candidates.filter((c) => c.terms.has(t));
    const project = owners.some((o) => o.entry.type === 'unit' && o.strongTerms.has(t));
    return (
      !project &&
      !owners.some((o) => o.entry.type === 'subproject') &&
      owners.some((o) => o.strongTerms.has(t))
    );
  });
}

/**
 * True when the question's words of the knowledge base (one word, or several in a row: "Midt-Norge", "Helseplattformen
 * AS") stand after an everyday word it does not have ("Skriveren på kontoret …", "Who waters the plants in the
 * office?", "Hvem vasker kontorlokalene?"), or in English right before one ("the IT helpdesk"; of a person, that
 * word may be their role: "the communications adviser"): that everyday word is what the question is about, and the
 * words the bot knows only say where or whose. Words it has only in running text ("tett") name nothing here.
 * Asking who or where, an everyday word tied by a preposition to a word of the knowledge base is such a topic too,
 * wherever the other words stand ("post til prosjektet i bygget", "the Christmas dinner for the project").
 */
export function sideWord(vocab: Vocabulary, analysis: Analysis, person: boolean): boolean {
  const at = analysis.knownPositions.filter((_, k) => vocab.strongVocabulary.has(analysis.known[k]!));
  if (at.length === 0) return false;
  // In English an everyday word right before a question word says which of it is asked ("the street address of
  // …"); Norwegian writes such a pair as one word ("gateadressen").
  const modifier = (p: number) => analysis.lang === 'en' && analysis.intentPositions.includes(p + 1);
  // ("Hvem er dama som har ansvaret for kommunikasjon?": a word before the role that says which of it, a woman, is
  // who is asked for, not a thing.)
  const which = (p: number) =>
    p < analysis.roleAt && vocab.language.roleQuestion.modifiers.has(analysis.tokens[p]!);
  const topics = analysis.everydayPositions.filter((p) => !modifier(p) && !which(p));
  if (thingTiedTo(vocab, analysis, topics, at)) return true;
  const first = Math.min(...at);
  const last = Math.max(...at);
  if (new Set(at).size !== last - first + 1) return false;
  if (topics.some((p) => p < first)) return true;
  return analysis.lang === 'en' && !person && topics.includes(last + 1);
}

/**
 * Asking who or where, an everyday thing tied by a preposition to the words at `at` ("kantina i Bispegata 9", "post
 * til prosjektet i bygget"): that thing is what is asked about, the words the bot knows say where or whose it is. By
 * default the everyday words anywhere, the knowledge base's words of an entry's own (see sideWord).
 */
export function thingTiedTo(
  vocab: Vocabulary,
  analysis: Analysis,
  topics: number[] = analysis.everydayPositions,
  at: number[] = analysis.knownPositions.filter((_, k) => vocab.strongVocabulary.has(analysis.known[k]!)),
): boolean {
  const asksWhoOrWhere = ['who', 'lead', 'contact', 'where'].some((i) => analysis.intents.has(i as Intent));
  // (A verb tied to a word is said of it: "Hvem svarer på spørsmål fra media?", "Hvem stilte på gruppebildet?")
  const verb = (token: string) =>
    presentVerb(vocab, token, analysis.lang) || pastVerb(vocab, token, analysis.lang);
  const things = topics.filter((p) => !verb(analysis.tokens[p]!));
  return asksWhoOrWhere && things.some((p) => tiedTo(vocab, analysis, p, at));
}

/** True when a Norwegian word is a verb in the present tense of the dictionaries ("svarer", "svarar": svare, svara). */
export function presentVerb(vocab: Vocabulary, token: string, lang: Lang): boolean {
  return lang !== 'en' && /(er|ar)$/.test(token) && vocab.language.everyday.isLemma(token.slice(0, -1));
}

/** True when a preposition, then filler only, stands between the word at `from` and one of the words at `to`. */
function tiedTo(vocab: Vocabulary, analysis: Analysis, from: number, to: number[]): boolean {
  const { tokens } = analysis;
  const qualifiers = vocab.language.questionShape.qualifiers;
  let k = from + 1;
  if (!qualifiers.has(tokens[k] ?? '')) return false;
  k++;
  // Filler, and words the knowledge base has only in running text ("the third floor"), may stand between.
  const prose = (j: number) => analysis.knownPositions.includes(j);
  while (k < tokens.length && !to.includes(k) && (vocab.stopwords.has(stem(tokens[k]!)) || prose(k))) k++;
  return to.includes(k);
}

/**
 * True when what the role asked for is of, after a preposition ("direktør for X"), is a word the bot does not know,
 * or one the person's entry does not have ("kommunaldirektør for økonomi" is not the one for helse og velferd).
 */
export function roleQualifiedByUnknown(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  const { tokens } = analysis;
  const qualifiers = vocab.language.questionShape.qualifiers;
  const end = Math.max(analysis.roleStop, analysis.roleAt + 1);
  let k = end;
  if (!qualifiers.has(tokens[k] ?? '')) return false;
  while (k < tokens.length && vocab.stopwords.has(stem(tokens[k]!))) k++;
  const known = analysis.knownPositions.indexOf(k);
  if (analysis.unknownPositions.includes(k)) return true;
  if (known < 0) return false;
  // A name of something else (one or two entries are called by it); not prose, nor a word of the whole project.
  const t = analysis.known[known]!;
  // "Hvem er kommunikasjonsansvarlig i innføringsprosjektet?": another name of what the person's own role is held
  // in ("Kommunikasjonsansvarlig i prosjektet") is where the role is held, not something else.
  const person = vocab.people.get(top.entry.id);
  if (person && namesOwnPlace(vocab, t, person)) return false;
  const entries = vocab.strongEntries(t);
  return !top.terms.has(t) && entries > 0 && entries <= 2;
}

/** True when an entry called by the term is also called by a word of the person's own role ("prosjektet"). */
function namesOwnPlace(vocab: Vocabulary, term: string, person: Person): boolean {
  const own = ownTerms(vocab, person);
  return [...vocab.entryNames.values()].some(
    (named) => named.has(term) && [...named].some((n) => own.has(n)),
  );
}

/**
 * True when a count question names a place or organisation (where someone works, who decides something) that the
 * counted entry does not mention at all, or a name the bot does not know as whose the counted things are
 * ("Hvor mange innbyggere har Norge?").
 */
export function countElsewhere(vocab: Vocabulary, top: Candidate, analysis: Analysis): boolean {
  const words = analysis.words();
  const possess = (k: number) => vocab.language.questionShape.possess.has(stem(analysis.tokens[k] ?? ''));
  const unknownName = analysis.unknownPositions.some(
    (p) => p > 0 && /^\p{Lu}/u.test(words[p] ?? '') && (possess(p - 1) || possess(p + 1)),
  );
  // "Hvor mange ansatte jobber på legevakten?": a service on a list, or another entry's name, is where the counted
  // things would be; a figure that does not mention it is not of it. (The project's own words are context.)
  // (A word for a municipality, "municipal", says no more than the place beside it.)
  const elsewhere = (t: string) =>
    !vocab.language.questionShape.placeNouns.has(t) &&
    (vocab.orgWords.has(t) ||
      (!vocab.projectTerms.has(t) &&
        (vocab.namedTerms.has(t) || [...vocab.entries.values()].some((e) => listHolds(vocab, e, t)))));
  // ("the shared patient record system": a word right before a word for the platform says what kind of system it is.)
  const ofPlatform = (k: number) => {
    const next = analysis.knownPositions.indexOf(analysis.knownPositions[k]! + 1);
    return next >= 0 && vocab.projectTerms.has(analysis.known[next]!);
  };
  return (
    unknownName ||
    analysis.known.some(
      (t, k) =>
        t !== analysis.askedNoun && !top.terms.has(t) && elsewhere(t) && !vocab.intentOf(t) && !ofPlatform(k),
    )
  );
}

/**
 * True when the fact gives figures of the counted thing, but none in a sentence that names the place or organisation
 * the question names. A counted word no figure is given of (a synonym, "employees" for "staff") is left to the
 * other rules.
 */
export function figureElsewhere(
  vocab: Vocabulary,
  top: Candidate,
  noun: string,
  analysis: Analysis,
): boolean {
  const of = (vocab.figures.get(top.entry.id) ?? []).filter((f) => f.counts.has(noun));
  if (of.length === 0) return false;
  const where = analysis.known.filter(
    (t) => t !== noun && vocab.orgWords.has(t) && top.terms.has(t) && !vocab.intentOf(t),
  );
  return where.length > 0 && !of.some((f) => where.every((t) => f.words.has(t)));
}

/**
 * True when the question gives the person's first name followed by a word the bot does not know, where the person's
 * own surname would stand ("Anne Hathaway" is not Anne Amdal Storsve).
 */
export function otherSurname(vocab: Vocabulary, person: Person, analysis: Analysis): boolean {
  const [first, second] = tokenize(person.name);
  if (second === undefined) return false;
  const { tokens } = analysis;
  return tokens.some((t, k) => {
    const next = tokens[k + 1];
    if (t !== first || next === undefined || analysis.knownPositions.includes(k + 1)) return false;
    // An initial ("Elise B. Vesterhus") or a word of the person's own name is theirs.
    if (next.length < 2 || tokenize(person.name).includes(next)) return false;
    return !vocab.language.languageWords.has(next) && !/^[0-9]/.test(next);
  });
}

/** True when a word the bot does not know follows the person's name in the genitive ("Vesterhus's deputy"). */
export function possessedUnknown(person: Person, analysis: Analysis): boolean {
  const name = tokenize(person.name);
  const { tokens } = analysis;
  return analysis.unknownPositions.some((p) => {
    const before = tokens[p - 1] ?? '';
    if (before === 's') return name.includes(tokens[p - 2] ?? '');
    return before.endsWith('s') && name.includes(before.slice(0, -1));
  });
}

/** The words of a person's own name, aliases and role (not of where they work). */
export function ownTerms(vocab: Vocabulary, person: Person): Set<string> {
  let own = vocab.personTerms.get(person.id);
  if (!own) {
    own = new Set(terms(`${person.name} ${person.aliases.join(' ')} ${all(person.role)}`));
    vocab.personTerms.set(person.id, own);
  }
  return own;
}

/** The words of the person's role, in every language it is written in ("rådmann", "chief municipal executive"). */
export function roleTerms(person: Person): Set<string> {
  return new Set(terms(Object.values(person.role ?? {}).join(' ')));
}

/** The words of where the person works (their unit and organisation). */
export function worksAtTerms(person: Person): Set<string> {
  return new Set(terms(`${person.unit ?? ''} ${person.organisation ?? ''}`));
}

/**
 * The words of where the person works, with the name their role spells out for it: "Kommunenes Sentralforbund (KS)",
 * where «KS» is of the organisation «KS Trøndelag», names it too (the capitalised words right before the short form).
 */
export function workplaceNames(person: Person): Set<string> {
  const at = worksAtTerms(person);
  const spelled = new Set<string>();
  for (const role of Object.values(person.role ?? {}))
    for (const [, before = '', short = ''] of role.matchAll(/((?:\p{Lu}[\p{L}-]*\s+)+)\(([^()]+)\)/gu))
      if (terms(short).length > 0 && terms(short).every((t) => at.has(t)))
        for (const t of terms(before)) spelled.add(t);
  // (So is an alias that writes that name in another form: "kommunanes sentralforbund".)
  const aliases = person.aliases.map((a) => terms(a)).filter((a) => a.some((t) => spelled.has(t)));
  return new Set([...at, ...spelled, ...aliases.flat()]);
}

/** True when the words name where the person works (their unit or organisation) and none is of their own role. */
export function onlyWorksAt(
  vocab: Vocabulary,
  person: Person,
  words: string[],
  beyondWorkplace = false,
): boolean {
  const at = beyondWorkplace ? workplaceNames(person) : worksAtTerms(person);
  // With `beyondWorkplace`, the words of the role that name where the person works are not their own: a role that
  // only names where someone is from ("Kommunenes Sentralforbund (KS) Trøndelag") leads nothing there.
  const own = [...ownTerms(vocab, person)].filter((t) => !beyondWorkplace || !at.has(t));
  return words.some((t) => at.has(t)) && !words.some((t) => own.includes(t));
}

/**
 * True when the one word recognised has a word for the user's own ("min", "my") right before or after it. Compared
 * as written: folded, "vår" (our) would be "var" (was).
 */
export function ownAt(vocab: Vocabulary, top: Candidate, analysis: Analysis): boolean {
  if (new Set(analysis.known).size !== 1) return false;
  const own = vocab.language.questionShape.ownWritten;
  const written = analysis.words().map((w) => w.toLowerCase());
  return [...top.terms].some((t) => {
    const p = analysis.positions.get(t);
    return p !== undefined && (own.has(written[p - 1] ?? '') || own.has(written[p + 1] ?? ''));
  });
}

/**
 * "Hvordan påvirkes lønnen min?", "Will my salary be affected?": an everyday word the bot does not know, beside a word
 * for the asker's own, is a thing of the asker's that the question is about. (Not when someone to contact is asked
 * for: "Who can our union contact …" says who asks.)
 */
export function ownUnknownThing(vocab: Vocabulary, analysis: Analysis): boolean {
  if (['who', 'contact', 'phone', 'email', 'lead'].some((i) => analysis.intents.has(i as Intent)))
    return false;
  const own = vocab.language.questionShape.ownWritten;
  const written = analysis.words().map((w) => w.toLowerCase());
  return analysis.everydayPositions.some(
    (p) => own.has(written[p - 1] ?? '') || own.has(written[p + 1] ?? ''),
  );
}

/** Asks about a thing of the user's own: who theirs is ("Who is my manager?"), or what of it ("lønnen min"). */
export function asksOwn(vocab: Vocabulary, top: Candidate, analysis: Analysis): boolean {
  return (analysis.intents.has('who') && ownAt(vocab, top, analysis)) || ownUnknownThing(vocab, analysis);
}

/**
 * "Jeg vet ikke hvem som leder <what the question names after the lead word>"; nothing when the lead word is part of
 * a longer word ("head-count") or no name follows it (see namedFrom): the refusal is then the plain one.
 */
export function leadMissing(vocab: Vocabulary, analysis: Analysis): Missing | undefined {
  const words = analysis.words();
  const start = analysis.leadEnd;
  if (start <= 0 || words[start] === words[start - 1]) return undefined;
  return missingOf('lead', namedFrom(vocab, analysis, start, stopwordAt(vocab, analysis)));
}

/** "Siden oppgir ikke hvor mange: sykehus.": the count missing, said of the word counted as the question writes it. */
export function countMissing(analysis: Analysis, counted: string | undefined): Missing | undefined {
  const at = counted === undefined ? undefined : analysis.positions.get(counted);
  return missingOf('count', at === undefined ? undefined : analysis.words()[at]);
}

/**
 * Whether the word at `at` names an owner, not a title: written in the genitive («Rådmannens fagstab»), or followed by
 * an English «'s» ("the rådmann's fagstab") or a genitive pronoun («rådmannen sin fagstab»).
 */
export function namesOwner(vocab: Vocabulary, tokens: readonly string[], at: number): boolean {
  const next = tokens[at + 1] ?? '';
  return /s$/u.test(tokens[at] ?? 's') || next === 's' || vocab.language.questionShape.genitive.has(next);
}
