import type { Answer } from './answer';
import type { Decision } from './decision';
import { COLLECTIONS } from './entries';

/** How many known words may stand between the article and the word right before the lead word. */
const MODIFIERS = 2;

/**
 * Who holds a lead role the topic does not hold, asked by the words around the lead word:
 * - "Who is the project manager in Kristiansund?": in English a word before the lead word says which lead is asked
 *   for; when the topic does not have that word (Kristiansund's rådmann chairs the council, he manages no project),
 *   the role asked for is no one's the page names. ("Who is the project manager in Hareid?" is Evelyn Haram Larsen's.)
 * - "Who is the head of IT in Trondheim kommune?", "Who leads IT in Trondheim kommune?": what is led is named by a
 *   word of a unit where people work (IT-tjenesten), followed by the organisation it is in: the head of that unit of
 *   the organisation, which the page only mentions, not the subproject a person from it leads. ("Who leads the
 *   technical subproject?" is answered.)
 */
export function refuseOtherLeadRole(d: Decision): Answer | undefined {
  const { vocab, analysis, top, fallback } = d;
  if (!analysis.intents.has('lead') || analysis.leadEnd < 1) return undefined;
  const { tokens } = analysis;
  const termAt = (p: number) => analysis.known[analysis.knownPositions.indexOf(p)];
  const place = (t: string) => vocab.employers.has(t) || vocab.orgWords.has(t);
  let start = analysis.leadEnd - 1;
  while (analysis.intentPositions.includes(start - 1)) start--;
  // (After an article or a copula only: "Who from the IT service leads …" names who leads, not which lead. Words the
  // bot knows may stand between: "Who is the Helseplattformen project lead in Molde kommune?")
  const { articles, copulas } = vocab.language.roleQuestion;
  let open = start - 2;
  while (open > 0 && open >= start - 1 - MODIFIERS && termAt(open) !== undefined) open--;
  const opens = articles.has(tokens[open] ?? '') || copulas.has(tokens[open] ?? '');
  const before = opens ? termAt(start - 1) : undefined;
  // (Of a person only; a word for a kind of thing, "the subproject leader for …", says which of the kind follows.)
  const kind = (t: string) => d.candidates.some((c) => COLLECTIONS.has(c.entry.type) && c.terms.has(t));
  const person = top.entry.type === 'person' && analysis.lang === 'en';
  if (person && before !== undefined && !top.terms.has(before) && !place(before) && !kind(before))
    return fallback;
  // "head of IT in Trondheim kommune": the one word after «of», then «in» and an organisation.
  const qualifiers = vocab.language.questionShape.qualifiers;
  let k = analysis.leadEnd;
  if (qualifiers.has(tokens[k] ?? '')) k++;
  const led = termAt(k);
  const within = vocab.language.questionShape.within.has(tokens[k + 1] ?? '');
  const org = termAt(k + 2);
  // (A unit where someone works, not an organisation: "Who leads Molde in …" is not asked. Not the project's own
  // words either: "Who leads the project in Trondheim kommune?" asks who leads it.)
  const unitWord =
    led !== undefined && vocab.orgWords.has(led) && !vocab.employers.has(led) && !vocab.projectTerms.has(led);
  return unitWord && within && org !== undefined && vocab.employers.has(org) ? fallback : undefined;
}
