import type { Answer } from './answer';
import { analyse, type Analysis } from './analysis';
import { claimAsked } from './claim-asked';
import type { Question } from './decision';
import type { Candidate } from './ranking';
import type { Entry } from './entries';
import { answerWith } from './items';
import { pick } from './knowledge-base';
import { phraseAt, stem, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** A token that is a number as written ("7000", or "720" and "000" of "720 000" and "720,000"). */
const NUMBER = /^\d+$/u;
/** A group of digits after the first of a figure ("000" of "40 000"). */
const GROUP = /^\d{3}$/u;
/** A figure in the page's text, its digit groups included ("40 000"), and the word after it. */
const PAGE_FIGURE = /(\d+(?:\s\d{3})*)\s(\p{L}+)/gu;
/** A word of a group of alike words this long or longer may end a compound ("kommuneansatte"). */
const MIN_COMPOUND_END = 5;

/** A figure of the page: its number, the group of words for what it counts, its sentence and that sentence's fact. */
interface PageFigure {
  number: number;
  group: number;
  sentence: string;
  terms: Set<string>;
  entry: Entry;
  /** The page says at least the figure ("over 40 000 staff"). */
  atLeast: boolean;
}

/** The figure a question claims: the bounds it may be within, what it counts, and where its words stand. */
interface Claimed {
  min: number;
  max: number;
  group: number;
  /** Claims any figure from the one written up ("more than 30 000"), or below it ("fewer than 50 000"). */
  bound?: 'atLeast' | 'below';
  /** Token positions of the figure, the word for what it counts and any word between. */
  from: number;
  to: number;
}

/**
 * "Can you confirm that the shared journal system affects 40,000 inhabitants?", "Stemmer det at om lag 720 000
 * innbyggjarar vert berørte?", "Is Helseplattformen expected to affect only about 7000 employees across the whole
 * region?": a yes/no question that claims a figure of what the page counts is answered by the page's figure of the same
 * thing (the word after the figure, or another word for it: «tilsette», "employees", "staff" are alike), where the
 * question says it is: «Ja» when it is that figure (or within an amount said in words, "several thousand"), «Nei» with
 * the page's sentence when it is not. A figure the page gives only of something else ("40 000 innbyggere": the page's
 * 40 000 are staff) is «Nei» too. Anything else the question names must be what the page's figures are said of:
 * nothing it does not know, no organisation or place the sentence does not name ("Har Helse Midt-Norge RHF 40 000
 * ansatte?" is left to the other rules).
 */
export function answerFigureClaimed(q: Question): Answer | undefined {
  const { vocab, question, fallback } = q;
  if (!claimAsked(vocab, q.analysis) || q.analysis.intents.has('count')) return undefined;
  // ("Figure check: the common record system … concerns 720,000 inhabitants. Correct?": what stands before a colon
  // says what kind of question follows.)
  const colon = question.lastIndexOf(':');
  const analysis = colon > 0 ? analyse(vocab, question.slice(colon + 1)) : q.analysis;
  const claimed = claimedFigure(vocab, analysis);
  if (!claimed || analysis.otherNames.length > 0) return undefined;
  const figures = pageFigures(vocab, analysis, q.candidates);
  const start = claimStart(vocab, analysis, claimed.from);
  if (!namesOnlyFigureWords(vocab, analysis, claimed, start, figures)) return undefined;
  // Where the question says the figure is: each municipality it names is in the sentence, and the whole region
  // ("across the whole region", "i Midt-Norge": a name only the region's sentences have) is no one municipality's.
  const places = analysis.known.filter((t) => vocab.employers.has(t));
  const local = (f: PageFigure) => [...f.terms].some((t) => vocab.employers.has(t));
  const regional = (t: string) =>
    vocab.orgWords.has(t) &&
    figures.some((f) => f.terms.has(t)) &&
    figures.every((f) => !local(f) || !f.terms.has(t));
  const whole =
    analysis.tokens.some((t) => vocab.language.claims.every.has(stem(t))) || analysis.known.some(regional);
  const there = figures.filter(
    (f) => places.every((t) => f.terms.has(t)) && !(whole && places.length === 0 && local(f)),
  );
  const within = (f: PageFigure) => f.number >= claimed.min && f.number <= claimed.max;
  const same = there.filter((f) => f.group === claimed.group);
  // (What the question says of them: "nytt verktøy" is what the Trondheim staff get.)
  const names = (f: PageFigure) => vocab.entryNames.get(f.entry.id) ?? new Set<string>();
  const overlap = (f: PageFigure) => analysis.known.filter((t) => f.terms.has(t) || names(f).has(t)).length;
  const best = (list: PageFigure[]) => [...list].sort((a, b) => overlap(b) - overlap(a))[0];
  // ("Are fewer than 50 000 staff affected?" of "over 40 000 staff": the page does not say how many more.)
  const chosen = claimed.bound ? best(same) : undefined;
  if (claimed.bound === 'below' && chosen?.atLeast && within(chosen)) return undefined;
  // (A bound holds of many figures: it is the one of what the question names best that says yes or no, "fewer than 30 000
  // staff affected by the shared record system" is not Trondheim's 7000.)
  const yes = claimed.bound ? [chosen].find((f) => f !== undefined && within(f)) : same.find(within);
  if (yes)
    return answerWith(vocab, fallback, yes.entry, { type: 'figureSaid', yes: true, sentence: yes.sentence });
  // ("40,000 inhabitants": the page's 40 000 are its staff.)
  // (Only of a figure as written: an amount in words, "thousands of inhabitants in Trondheim", may be anything.)
  const exact = claimed.min === claimed.max;
  const no = best(same) ?? (exact ? best(there.filter(within)) : undefined);
  if (no)
    return answerWith(vocab, fallback, no.entry, { type: 'figureSaid', yes: false, sentence: no.sentence });
  // ("Bor det 720 000 innbyggere i Trondheim?": the page counts inhabitants only of the whole region.)
  return places.length > 0 && figures.some((f) => f.group === claimed.group) ? fallback : undefined;
}

/** Which group of alike words the token is of, or the end of a compound is of ("kommuneansatte"); -1 if none. */
function groupOf(vocab: Vocabulary, token: string): number {
  const term = stem(token);
  const alike = vocab.language.claims.alike;
  const whole = alike.findIndex((g) => g.has(term));
  if (whole >= 0) return whole;
  return alike.findIndex((g) =>
    [...g].some((w) => w.length >= MIN_COMPOUND_END && term.length > w.length && term.endsWith(w)),
  );
}

/**
 * The one figure the question claims of something the page counts ("over 40 000 employees", "sju tusen tilsette",
 * "several thousand municipal staff", "titusenvis av ansatte"), with up to two words allowed between the figure and
 * what it counts ("municipal", "Trondheim municipal"). None when there are several, or none.
 */
function claimedFigure(vocab: Vocabulary, analysis: Analysis): Claimed | undefined {
  const { tokens } = analysis;
  const found: Claimed[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let end = k;
    let bounds: [number, number] | undefined;
    let from = k;
    let bound: Claimed['bound'];
    if (NUMBER.test(tokens[k]!) && !NUMBER.test(tokens[k - 1] ?? '')) {
      let digits = tokens[k]!;
      while (GROUP.test(tokens[end + 1] ?? '')) digits += tokens[++end]!;
      const n = Number(digits);
      // ("more than 30 000 staff", «færre enn 50 000 tilsette»: any figure from it up, or below it.)
      const before = boundBefore(vocab, tokens, k);
      bound = before?.kind;
      bounds = bound === 'atLeast' ? [n, Infinity] : bound === 'below' ? [0, n - 1] : [n, n];
      if (before) from = k - before.length;
    } else {
      const amount = amountAt(vocab, tokens, k);
      if (amount) {
        end = amount.end;
        bounds = [amount.min, amount.max];
        if (vocab.language.questionShape.qualifiers.has(tokens[end + 1] ?? '')) end++;
      }
    }
    if (!bounds) continue;
    const at = [end + 1, end + 2, end + 3].find((p) => groupOf(vocab, tokens[p] ?? '') >= 0);
    if (at !== undefined)
      found.push({ min: bounds[0], max: bounds[1], bound, group: groupOf(vocab, tokens[at]!), from, to: at });
    k = end;
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The word for «at least» or «below» that ends right before token k, and how many tokens it has. */
function boundBefore(vocab: Vocabulary, tokens: string[], k: number) {
  const { atLeast, below } = vocab.language.claims;
  const ending = (phrases: string[][]) =>
    phrases.find((p) => p.length <= k && phraseAt(tokens, k - p.length, p))?.length;
  const least = ending(atLeast);
  if (least !== undefined) return { kind: 'atLeast', length: least } as const;
  const under = ending(below);
  return under === undefined ? undefined : ({ kind: 'below', length: under } as const);
}

/** The amount in words that starts at token k (see ClaimWords.amounts): where it ends, and its bounds. */
function amountAt(vocab: Vocabulary, tokens: string[], k: number) {
  for (const { phrases, min, max } of vocab.language.claims.amounts)
    for (const phrase of phrases)
      // (By stem: "hundreds of thousands" may have come to read "hundreds of thousand".)
      if (phrase.every((w, j) => stem(tokens[k + j] ?? '') === stem(w)))
        return { end: k + phrase.length - 1, min, max };
  return undefined;
}

/** The page's figures of what its words count, each in its sentence in the question's language. */
function pageFigures(vocab: Vocabulary, analysis: Analysis, candidates: Candidate[]): PageFigure[] {
  const seen = new Set<string>();
  const figures: PageFigure[] = [];
  for (const fact of vocab.facts.values()) {
    const entry = vocab.entries.get(fact.id);
    if (!entry) continue;
    for (const sentence of pick(fact.text, analysis.lang).split(/(?<=[.!?])\s+/u)) {
      for (const m of sentence.matchAll(PAGE_FIGURE)) {
        const group = groupOf(vocab, m[2]!.toLowerCase());
        const number = Number(m[1]!.replace(/\s/gu, ''));
        const key = `${number} ${sentence}`;
        if (group < 0 || seen.has(key)) continue;
        seen.add(key);
        const before = tokenize(sentence.slice(0, m.index));
        const atLeast = boundBefore(vocab, before, before.length)?.kind === 'atLeast';
        figures.push({ number, group, sentence, terms: new Set(terms(sentence)), entry, atLeast });
      }
    }
  }
  // (The fact the question matches best first, then one named by what its figure counts: "Staff in Trondheim
  // kommune", "How many are affected" before "About Helseplattformen".)
  const alike = vocab.language.claims.alike;
  const named = (f: PageFigure) =>
    [...(vocab.entryNames.get(f.entry.id) ?? [])].some((t) => alike[f.group]!.has(t)) ? 0 : 1;
  const ranked = (f: PageFigure) => {
    const at = candidates.findIndex((c) => c.entry.id === f.entry.id);
    return at < 0 ? candidates.length : at;
  };
  return figures.sort((a, b) => ranked(a) - ranked(b) || named(a) - named(b));
}

/**
 * Where the claim starts: after the words that say who says it ("Someone told me that …", "Jeg hørte at …"), when the
 * figure follows them.
 */
function claimStart(vocab: Vocabulary, analysis: Analysis, figureAt: number): number {
  const that = vocab.language.claims.that;
  let start = 0;
  analysis.tokens.forEach((t, k) => {
    if (k < figureAt && that.has(stem(t))) start = k + 1;
  });
  return start;
}

/**
 * Whether the claim names nothing but the figure, what it counts, and what the page's figures are said of: no word the
 * bot does not know (before the claim: who says it), and no name of something else the page has (the project office,
 * Helse Midt-Norge RHF) that no sentence with a figure names.
 */
function namesOnlyFigureWords(
  vocab: Vocabulary,
  analysis: Analysis,
  claimed: Claimed,
  start: number,
  figures: PageFigure[],
): boolean {
  const inClaim = (p: number) => p >= start && (p < claimed.from || p > claimed.to);
  // ("Påverkar det nye journalsystemet over 70 000 tilsette?": of people counted, to influence is to affect.)
  const affecting = (p: number) => vocab.language.claims.affecting.has(stem(analysis.tokens[p] ?? ''));
  if (analysis.unknownPositions.some((p) => inClaim(p) && !affecting(p))) return false;
  // (In any of the languages the page is written in: "kommuner" in an English question.)
  const said = new Set<string>();
  for (const entry of new Set(figures.map((f) => f.entry)))
    for (const t of terms(`${entry.names} ${entry.aliases} ${entry.keywords} ${entry.body}`)) said.add(t);
  const { frame, light } = vocab.language.claims;
  return analysis.known.every((t, j) => {
    const p = analysis.knownPositions[j]!;
    // ("Does the project affect about 20,000 employees?": the project's own names say nothing of where the figure is.)
    if (!inClaim(p) || said.has(t) || frame.has(t) || light.has(t) || vocab.projectTerms.has(t)) return true;
    return !vocab.namedTerms.has(t) && !vocab.orgWords.has(t) && !vocab.employers.has(t);
  });
}
