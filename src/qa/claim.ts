import type { Analysis } from './analysis';
import type { Lang } from './knowledge-base';
import { FIGURE, figureOf } from './page-lines';
import { pageFormsOf } from './page-forms';
import { phraseAt, stem, tokenize } from './text';
import { type ClaimOrder, todayFirstAsked } from './claim-order';
import { type ClaimWords, supportVerbAt } from './claim-words';
import { existingSystems } from './told';
import { splitCompound } from './spelling';
import type { Vocabulary } from './vocabulary';

/** A part of a compound word claimed has at least so many letters to be found on its own ("gevinst|strategi"). */
const PART_MIN = 5;

/** What may follow «med» when it says being among something ("med i …", "med?"). */
const MED_AMONG = new Set(['i', 'pa', '']);

/** The words a yes/no question claims, and how it claims them (the names of the project: see ClaimOrder). */
export interface Claim extends ClaimOrder {
  words: string[];
  /** Stems of every token, stop words included ("må", "ikke", "om"). */
  all: Set<string>;
  /** Those stems in the question's order. */
  order: string[];
  /** The words of a relative clause ("det rådet som ivaretar opsjonskommunene"): they say which thing is meant. */
  described: Set<string>;
  /**
   * The words after a word for a decision ("the vote on becoming a co-owner …", «vedtaket om …»): what is decided,
   * not what comes of it.
   */
  decided: Set<string>;
  /** Words that say something must be so ("Må fastlegene …?"); not those asked of ("… gå gjennom om X må …"). */
  obliged: Set<string>;
  /**
   * It denies something, or leaves out something other than a place or organisation ("… andre enn de ansatte …"):
   * not checked here.
   */
  denied: boolean;
  /** It asks whether something is to be kept from ("Bør jeg la være å sende personnummer …?", "Should I avoid …?"). */
  avoided: boolean;
  /**
   * The places and organisations it leaves out ("andre kommuner enn Trondheim", "other municipalities, not only
   * Trondheim"): a line that names them says something of them, not of the others.
   */
  leftOut: Set<string>;
  /** Asks what happened ("Ble …", "Did …"). */
  past: boolean;
  /** Asks what comes of something ("Er det flertall for …?", "Will they vote for …?"), not when it is. */
  outcome: boolean;
  /**
   * Per word, the page's terms it stands as (see page-forms.ts); a word read in another form (see
   * LanguageData.claimForms) or as another term stands as the page's terms of the word as written too.
   */
  forms: Map<string, string[]>;
  /**
   * Per word read in another form or as another term than the word as written ("pasienter" taken for a list item's
   * short name), the stem as written: a line with a word alike says that word (see saysAlike).
   */
  asWritten: Map<string, string>;
  /**
   * Per compound word, the page's terms each of its parts stands as ("gevinststrategi": «gevinst», «strategi»): a line
   * that has both parts says it ("Formålet med strategien for gevinstrealisering").
   */
  parts: Map<string, string[][]>;
  /**
   * It says something is so only of one thing («bare», "only"), not in the second of two alternatives ("… Møre og
   * Romsdal too, or only from Trøndelag?" asks which).
   */
  only: boolean;
  /** The words an ordinal stands before ("etasje" of "andre etasje"): which one of them is claimed too. */
  ranked: Set<string>;
  /**
   * Those of the project's names said of the systems of today ("de gamle journalsystemene"): claimed as those systems;
   * the platform named beside them is what replaces them, which a line about those systems need not name.
   */
  today: Set<string>;
  /** A word of it too short to be checked ("KS", "co" of "co-owner"): it says more than its words. */
  clipped: boolean;
  /**
   * It asks whether something is among those in something ("Er Molde kommune med i ledergruppen?"): that the line says
   * so of another place says nothing of this one.
   */
  joins: boolean;
  /**
   * Names of places the page does not know, after a word for where ("… med fra troms?"): a place in the place of one
   * the line names (see sentence-checked.ts).
   */
  elsewhere: Set<string>;
  /**
   * The words of the second of two alternatives it offers ("Er planen ferdig, eller er det bare et utkast?": «utkast»);
   * empty when it offers none.
   */
  otherChoice: Set<string>;
  /** The last word before the second alternative («ferdig»): what the first says in place of the second. */
  beforeChoice: string;
  /** Verbs for leading that also mean doing ("run", "driver"): the line says what was done in its own words. */
  doing: Set<string>;
  /** The question's language: a line in it may borrow the words of the same sentence in another (see PageLine.twin). */
  lang: Lang;
}

/**
 * The question's words that make its claim: every token's stem but stop words and the platform's own names. A word the
 * knowledge base does not have is read as the analysis read it ("oppgraderast" as «oppgradere»).
 */
export function claimOf(vocab: Vocabulary, analysis: Analysis, question = ''): Claim {
  const { tokens, past } = analysis;
  // The figures as written: "01.10.2018" is three, "952 63 567" one (the tokens have lost what stood between).
  const figures = [...question.matchAll(FIGURE)].map((m) => m[0]);
  const written = analysis.words();
  const readAs = new Map<number, string[]>();
  analysis.knownPositions.forEach((p, j) => readAs.set(p, [...(readAs.get(p) ?? []), analysis.known[j]!]));
  const words: string[] = [];
  const all = new Set<string>();
  const described = new Set<string>();
  const decided = new Set<string>();
  let deciding = false;
  const shape = vocab.language.questionShape;
  const claims = vocab.language.claims;
  let clause = false;
  let asking = false;
  let whether = false;
  const obliged = new Set<string>();
  const leftOut = new Set<string>();
  let denied = false;
  let leaving = false;
  let alternative = false;
  let only = false;
  let figure = '';
  const ranked = new Set<string>();
  const project = new Set<string>();
  const today = new Set<string>();
  let clipped = false;
  let onlyLeft = false;
  // ("… sammen med kommunene?": who did it with them, the sentence before may say.)
  let partners = false;
  const otherChoice = new Set<string>();
  let beforeChoice = '';
  const doing = new Set<string>();
  // ("… the regional council for digital collaboration …": the page's own word, read as «cooperation» for lines that
  // say it so, is still the page's word.)
  const readFrom = new Map<string, string>();
  // ("Bør jeg la være å sende …?": the words for keeping from it say it is not to be done, which a line that says so
  // answers yes.)
  const avoiding = new Set(
    tokens.flatMap((_, k) => {
      const p = claims.avoid.find((w) => phraseAt(tokens, k, w));
      return p ? p.map((_w, j) => k + j) : [];
    }),
  );
  // ("Is it Bindal that coordinates the work …?": what follows a cleft's «som»/"that" is what is claimed of the one it
  // names, not a clause that describes it.)
  // ("Vart strategien sett til 1. oktober 2018?": what was set for a time asks when it is, not what came of it.)
  const timed = tokens.some(
    (t) => /^\d+$/.test(t) || claims.months.has(stem(t)) || claims.seasons.has(stem(t)),
  );
  const scheduled = timed && tokens.some((t) => claims.happening.has(stem(t)));
  const cleft = shape.yesNo.has(tokens[0] ?? '') && claims.cleft.has(tokens[1] ?? '');
  const cleftEnd = cleft ? tokens.findIndex((t, k) => k > 2 && shape.relative.has(t)) : -1;
  for (const [k, token] of [...tokens, ''].entries()) {
    if (avoiding.has(k)) continue;
    if (claims.ordinals.has(stem(token)) && tokens[k + 1]) ranked.add(stem(tokens[k + 1]!));
    // "… enn Trondheim …", "… not only Trondheim …": the names after it are left out.
    if (leaving && vocab.employers.has(stem(token))) {
      leftOut.add(stem(token));
      denied = false;
      continue;
    }
    if (leaving && claims.only.has(stem(token))) continue;
    if (leaving && !vocab.stopwords.has(stem(token))) {
      leaving = false;
      // "… også folk i privat sektor, ikke bare i kommuner og sykehus?": not only those is those and more, which the
      // sentence must say of them too.
      if (onlyLeft) denied = false;
    }
    const onlyNext = claims.only.has(stem(tokens[k + 1] ?? ''));
    if (vocab.language.focus.alternatives.has(token)) alternative = true;
    if (claims.only.has(stem(token)) && !alternative) only = true;
    if (claims.exclusion.has(stem(token)) || (claims.negation.has(stem(token)) && onlyNext)) {
      leaving = true;
      denied = true;
      onlyLeft = !claims.exclusion.has(stem(token));
      continue;
    }
    if (claims.negation.has(stem(token))) denied = true;
    // "Får jeg svar hvis jeg skriver i tilbakemeldingsfeltet?": from a word of condition with the asker, or anyone, as
    // its subject, the clause says what the asker does to get what is claimed; only the names in it are claimed.
    const subject = tokens[k + 1] ?? '';
    const conditional = shape.condition.has(token) || (claims.undecided.has(token) && k > 1);
    if (conditional && (shape.self.has(subject) || claims.anyone.has(subject))) asking = true;
    // From "som" to the verb of the sentence ("… som ivaretar opsjonskommunene er rådmann i Molde"). ("… something
    // similar to what the municipalities are working on?": what it is like says which thing is meant too.)
    const likened = claims.likeness.has(stem(tokens[k - 1] ?? '')) && claims.comparedTo.has(token);
    if ((shape.relative.has(token) && k !== cleftEnd) || likened) clause = true;
    else if (shape.yesNo.has(token)) clause = false;
    const partner = partners;
    if (shape.together.has(token)) partners = true;
    else if (!vocab.stopwords.has(stem(token))) partners = false;
    // A figure's digit groups are one figure ("952 63 567").
    if (/^\d+$/.test(token)) {
      figure += token;
      continue;
    }
    if (figure !== '') words.push(...figuresOf(figure, figures));
    figure = '';
    // "29. september", "1. oktober 2019": a month beside a figure is its number, as the page's "01.10.2018" has it.
    const month = claims.months.get(stem(token));
    if (month !== undefined && [tokens[k - 1], tokens[k + 1]].some((t) => /^\d+$/.test(t ?? ''))) {
      all.add(stem(token));
      if (!words.includes(month)) words.push(month);
      continue;
    }
    // ("… the systems we use today", "… systema vi brukar i dag": the verb before a phrase for today says only which
    // systems they are.)
    const todayAt = (j: number) => shape.existingAfter.some((p) => phraseAt(tokens, j, p));
    if (shape.uses.has(token) && [k + 1, k + 2].some(todayAt)) {
      all.add(stem(token));
      continue;
    }
    // "Trondheim municipality" of the page's "Trondheim kommune": the word after a place's name is of that name.
    // ("Is it the City of Trondheim that …?": so is the one before «of» and the name.)
    const placeAt = (j: number) =>
      j >= 0 && (vocab.employers.has(stem(tokens[j] ?? '')) || /^\p{Lu}/u.test(written[j] ?? ''));
    const name = placeAt(k - 1) || (vocab.language.asker.partOf.has(tokens[k + 1] ?? '') && placeAt(k + 2));
    if (shape.placeNouns.has(token) && name) {
      all.add(stem(token));
      continue;
    }
    const form = vocab.language.claimForms.get(token);
    const read = readAs.get(k);
    // (A compound the analysis read as its parts is claimed as those: "opplæringsdelprosjektet".)
    const readings = form
      ? [stem(form)]
      : read !== undefined && !vocab.vocabulary.has(stem(token))
        ? read
        : [stem(token)];
    for (const s of readings) {
      all.add(s);
      // "… gå gjennom om infrastrukturen må oppgraderast?": what must be so after «om»/«whether» is asked of.
      if (claims.undecided.has(s) && !claims.that.has(tokens[k + 1] ?? '')) whether = true;
      if (claims.obligation.has(s) && !whether) obliged.add(s);
      // ("… til sommeren 2019?": a time of the year is claimed, however small a word.)
      const small = vocab.stopwords.has(s) && !claims.seasons.has(s);
      // ("Er det KS som …?": a short name written in capitals is claimed, as any name is; in "KS Trøndelag" the name's
      // other word is.)
      const abbreviation =
        /^\p{Lu}{2}$/u.test(written[k] ?? '') &&
        !/^\p{Lu}/u.test(written[k + 1] ?? '') &&
        vocab.namedTerms.has(s);
      const short = s.length < 3 && !abbreviation;
      if (short && s !== '' && !vocab.stopwords.has(s)) clipped = true;
      // ("Skal kommunen fortsatt drifte de gamle journalsystemene?": a word for the platform said of the systems of
      // today is those systems, which the line must name, not the platform.)
      const ofToday = vocab.projectTerms.has(s) && existingSystems(vocab, analysis, s);
      if (ofToday) today.add(s);
      if (vocab.projectTerms.has(s) && !vocab.stopwords.has(s)) project.add(s);
      if (short || small || (vocab.projectTerms.has(s) && !ofToday)) continue;
      if (asking && !vocab.namedTerms.has(s)) continue;
      // ("Do they come only from …?": «only» says how much of it is claimed, as «bare» does; see check.)
      // ("Skal bystyrebehandlinga skje ved årsskiftet 2019/2020?": a verb of taking place beside a time says only when.)
      // ("… takes the part-ownership decision …": what the noun after it names is done, which the noun says.)
      const dropped =
        supportVerbAt(claims, tokens, k) ||
        dutyAt(vocab, tokens, written, k) ||
        claims.frame.has(s) ||
        claims.undecided.has(s) ||
        claims.only.has(s) ||
        claims.light.has(s) ||
        (timed && claims.happening.has(s));
      const stress = claims.own.has(s) && claims.possessive.has(stem(tokens[k - 1] ?? ''));
      // ("Does the project office have an e-mail address?": an e-mail's address is the e-mail, which a line says so.)
      const mailed = vocab.intentOf(s) === 'where' && vocab.intentOf(stem(tokens[k - 1] ?? '')) === 'email';
      if (dropped || claims.possessive.has(s) || stress || mailed) continue;
      // ("Did Trondheim run the procurement jointly …?": a verb for leading that also means doing says only that it was
      // done, which the sentence says in its own words.)
      if (shape.doing.has(token) && form === undefined) doing.add(s);
      if (!words.includes(s)) words.push(s);
      if (s !== stem(token) && !readFrom.has(s)) readFrom.set(s, stem(token));
      if (!alternative) beforeChoice = s;
      if (clause || partner) described.add(s);
      if (deciding) decided.add(s);
      if (claims.supportVerbs.nouns.has(s)) deciding = true;
      if (alternative) otherChoice.add(s);
    }
  }
  const formsOf = pageFormsOf(vocab);
  const forms = new Map(
    words.map((w) => {
      const from = readFrom.get(w);
      return [w, from === undefined ? formsOf(w) : [...new Set([...formsOf(w), ...formsOf(from)])]];
    }),
  );
  const parts = new Map(
    words.flatMap((w) => {
      const split = splitCompound(vocab, w);
      const whole = split?.every((p) => p.length >= PART_MIN && !vocab.stopwords.has(p));
      return whole ? [[w, split!.map((p) => pageFormsOf(vocab)(p))] as const] : [];
    }),
  );
  // ("… sammen med Helse Midt-Norge RHF?" is no «med» of being among: only «med» before «i» or at the end.)
  const among = (k: number, p: string[]) =>
    phraseAt(tokens, k, p) && (p.join(' ') !== 'med' || MED_AMONG.has(tokens[k + 1] ?? ''));
  const joins = tokens.some((_, k) => shape.inclusion.some((p) => among(k, p)));
  for (const t of exceptedNames(vocab, question)) leftOut.add(t);
  const { everyday, asker } = vocab.language;
  const elsewhere = new Set(
    tokens
      .filter((t, k) => asker.prepositions.has(tokens[k - 1] ?? '') && everyday.isName(t))
      .map(stem)
      .filter((t) => !vocab.vocabulary.has(t)),
  );
  return {
    words,
    all,
    order: tokens.map(stem),
    described,
    decided,
    obliged,
    denied,
    avoided: avoiding.size > 0,
    leftOut,
    past: past && !scheduled,
    outcome: analysis.intents.has('outcome'),
    forms,
    asWritten: readFrom,
    parts,
    ranked,
    project,
    today,
    todayFirst: todayFirstAsked(analysis, project, today),
    clipped,
    only,
    joins,
    elsewhere,
    otherChoice,
    beforeChoice: otherChoice.size > 0 ? beforeChoice : '',
    doing,
    lang: analysis.lang,
  };
}

/**
 * Token k is a word for being responsible right before «for» and a verb, or a word of degree before that word
 * ("ansvaret for å koordinere", "mainly responsible for coordinating"): it claims that what the verb says is done.
 */
function dutyAt(vocab: Vocabulary, tokens: string[], written: string[], k: number): boolean {
  const { duty } = vocab.language.claims;
  const at = duty.has(stem(tokens[k] ?? '')) && duty.has(stem(tokens[k + 1] ?? '')) ? k + 1 : k;
  const verb = tokens[at + 2] ?? '';
  const marker = (written[at + 2] ?? '').toLowerCase();
  const done = vocab.language.questionShape.infinitive.has(marker) || /\p{L}{3,}ing$/u.test(verb);
  return duty.has(stem(tokens[at] ?? '')) && tokens[at + 1] === 'for' && done;
}

/**
 * The figures a run of digit tokens stands for: the next figures as written whose digits make it up ("01", "10" and
 * "2018" of "01.10.2018"), each without leading zeros; else the run as one figure. Takes them from `written`.
 */
function figuresOf(run: string, written: string[]): string[] {
  let digits = '';
  let k = 0;
  while (k < written.length && digits.length < run.length) digits += written[k++]!.replace(/\D/g, '');
  if (digits !== run) return [figureOf(run)];
  return written.splice(0, k).map(figureOf);
}

/**
 * The places and organisations a phrase of exception in the question as written leaves out ("kommuner other than
 * Trondheim", "andre kommunar enn Trondheim"): the question read for its claim has lost the phrase (see
 * withoutExcepted), but a line that names them says something of them, not of the others.
 */
function exceptedNames(vocab: Vocabulary, question: string): string[] {
  const tokens = tokenize(question);
  const names: string[] = [];
  for (const [k] of tokens.entries()) {
    const phrase = vocab.language.questionShape.except.find((p) => phraseAt(tokens, k, p));
    if (!phrase) continue;
    for (let j = k + phrase.length; j < tokens.length && vocab.employers.has(stem(tokens[j]!)); j++)
      names.push(stem(tokens[j]!));
  }
  return names;
}

/**
 * Whether a line has a word of the same meaning as a word of the claim, or as that word as written when it was read as
 * another: "Blir opplæring av alle ansatte en stor jobb?" of «Opplæring av alle medarbeidere …»; "Kan pasienter bo
 * lengre hjemme?" of «Bruker kan bo lengre hjemme», though «pasienter» was read as the short name of a listed benefit.
 */
export function saysAlike(claims: ClaimWords, claim: Claim, word: string, said: Set<string>): boolean {
  const alikeOf = (v: string) => claims.alike.some((g) => g.has(v) && [...said].some((t) => g.has(t)));
  return alikeOf(word) || alikeOf(claim.asWritten.get(word) ?? word);
}
