import type { Answer } from './answer';
import type { Decision } from './decision';
import { claimAsked } from './claim-asked';
import { stem } from './text';

/** A compound is a body's name when its last part is a word for a body and something stands before it. */
const MIN_FIRST_PART = 3;

/**
 * «Er Evelyn Haram Larsen med i prosjektstyret?», «Sit ho i prosjektgruppa?», «Er Arne Ingebrigtsen med i
 * kommunestyret?»: a yes/no question that names a body by a compound ending in a word for a body (styre, gruppe,
 * utvalg, råd), which the knowledge base does not know as a whole word, asks of a body the page does not have. Its
 * parts («prosjekt», «styre») may stand in someone's role («Prosjektleder»), but the page does not say who sits in it.
 * (A body the page has, «samarbeidsrådet», «bystyret», «ledergruppen», is a word the knowledge base knows.)
 */
export function refuseOtherBodyClaimed(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback } = d;
  if (!claimAsked(vocab, analysis)) return undefined;
  const groups = [...vocab.language.questionShape.groups];
  const other = analysis.tokens.some(
    (t) =>
      groups.some((g) => t.length >= g.length + MIN_FIRST_PART && t.endsWith(g)) &&
      !vocab.vocabulary.has(stem(t)) &&
      !vocab.vocabulary.has(t),
  );
  return other ? fallback : undefined;
}
