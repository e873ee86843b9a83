import type { Analysis } from './analysis';
import { type PageLine, pageLines } from './page-lines';
import { stem, terms, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/** What of a yes/no claim says in which order it names things (see sentence-checked.ts). */
export interface ClaimOrder {
  /** It claims a word fewer than needed: the names of the project it says must stand in the line in its order. */
  small?: boolean;
  /** The names of the project and the platform it says. */
  project: Set<string>;
  /** It names the systems of today before the platform (false: after it); undefined without both. */
  todayFirst?: boolean;
}

/**
 * "Skal data fra Helseplattformen flyttes til gamle systemer?" of "… migrering av data fra dagens løsninger og inn i
 * Helseplattformen": a claim that names the project's parts, or today's systems and the platform, in another order
 * than the line does says another direction.
 */
export function sameOrder(vocab: Vocabulary, claim: ClaimOrder, line: PageLine): boolean {
  if (claim.small && !inOrder([...claim.project], terms(line.text))) return false;
  const lineOrder = claim.todayFirst === undefined ? undefined : todayFirst(vocab, tokenize(line.text));
  return lineOrder === undefined || lineOrder === claim.todayFirst;
}

/**
 * Whether the question names the systems of today (`today`, as the analysis read them: "systemene vi har i dag")
 * before the platform (the rest of `project`); undefined unless it names both.
 */
export function todayFirstAsked(
  analysis: Analysis,
  project: Set<string>,
  today: Set<string>,
): boolean | undefined {
  const at = (ts: string[]) => Math.min(...ts.map((t) => analysis.positions.get(t) ?? Infinity));
  const platformAt = at([...project].filter((t) => !today.has(t)));
  return today.size > 0 && platformAt < Infinity ? at([...today]) < platformAt : undefined;
}

/**
 * Whether a line names the systems of today ("dagens løsninger", "today's systems") before the platform
 * ("Helseplattformen"); undefined unless it names both.
 */
function todayFirst(vocab: Vocabulary, tokens: string[]): boolean | undefined {
  const { existing, existingAfter } = vocab.language.questionShape;
  // ("… from today's systems into …": a word for today said before them too.)
  const marks = (k: number) =>
    existing.has(tokens[k] ?? '') || existingAfter.some((p) => p.every((w, j) => tokens[k + j] === w));
  const today = tokens.findIndex((_, k) => marks(k));
  const platform = tokens.findIndex((t, k) => vocab.projectTerms.has(stem(t)) && !marks(k - 1));
  return today < 0 || platform < 0 ? undefined : today < platform;
}

/** The words that stand in the text stand in it in this order. */
function inOrder(words: string[], text: string[]): boolean {
  const at = words.map((w) => text.indexOf(w)).filter((k) => k >= 0);
  return at.every((k, i) => i === 0 || k > at[i - 1]!);
}

/**
 * Words back from the word for today within which the word for the direction of the systems of today stands ("fra
 * dagens løsninger", "from the systems we use today").
 */
const DIRECTION_REACH = 5;

/**
 * "Skal Teknisk flytte data til dagens løsninger?", "… move data into the old systems?" of "… migrering av data fra
 * dagens løsninger og inn i Helseplattformen": the claim says the other direction of the systems of today than the line
 * does («til» where the line has «fra»). `asked` is the claim's stems in order.
 */
export function otherWay(vocab: Vocabulary, asked: string[], line: PageLine): boolean {
  const claimed = todayDirection(vocab, asked);
  if (claimed === undefined) return false;
  // (A line of the same entry that gives no direction says it of what the entry's other line does: "… gjennomgå
  // dagens tekniske infrastruktur" of Teknisk, whose data go from today's systems.)
  const way = (l: PageLine) => todayDirection(vocab, terms(l.text));
  const said = way(line) ?? pageLines(vocab).find((l) => l.id === line.id && way(l) !== undefined);
  const saidWay = typeof said === 'number' ? said : said && way(said);
  return saidWay !== undefined && claimed !== saidWay;
}

/** Which of the directions (see claims.directions) the systems of today are named with, by its group's index. */
function todayDirection(vocab: Vocabulary, stems: string[]): number | undefined {
  const { existing, existingAfter } = vocab.language.questionShape;
  const directions = vocab.language.claims.directions;
  const marks = new Set([...existing].map(stem));
  const after = existingAfter.map((p) => p.map(stem));
  const at = stems.findIndex(
    (t, k) => marks.has(t) || after.some((p) => p.every((w, j) => stems[k + j] === w)),
  );
  if (at < 0) return undefined;
  // (The nearest before it: "from today's systems", "from the systems we use today".)
  for (let k = at - 1; k >= Math.max(0, at - DIRECTION_REACH); k--) {
    const way = directions.findIndex((group) => group.has(stems[k]!));
    if (way >= 0) return way;
  }
  return undefined;
}
