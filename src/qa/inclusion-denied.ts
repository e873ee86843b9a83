import type { Answer, Direct } from './answer';
import type { Question } from './decision';
import { denialAt, leavingOutAt } from './negation';
import { phraseAt } from './text';

/** So many words at most may stand between a word that denies and the word for being included it denies. */
const NEGATION_REACH = 2;

/**
 * «Er sykehusene holdt utenfor det felles journalsystemet?», «Stemmer det at sykehusene ikke er med i …?», "Are the
 * hospitals excluded from the shared record system?": a yes/no question that says something is left out of what a
 * sentence of the page says it is part of is answered no with that sentence. It is asked again without the words that
 * leave out (`ask`); when the page's sentence says that yes, this says no. (An item of a list is answered so by the
 * rules for lists, see listed-item.ts; a place outside another, «utenfor Trøndelag», leaves nothing out.)
 */
export function answerInclusionDenied(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, analysis } = q;
  // ("Har fagrådet en rolle i arbeidet, eller står de utenfor?" offers both: the page's yes is for the first.)
  const choice = analysis.tokens.some((t) => vocab.language.focus.alternatives.has(t));
  if (!analysis.yesNo || choice) return undefined;
  const removed = leavingOut(q);
  if (removed.size === 0) return undefined;
  const words = analysis.words().filter((_, k) => !removed.has(k));
  const answer = ask(`${words.join(' ')}?`);
  const sentence = answer.kind === 'answer' ? saidSo(answer.direct) : undefined;
  if (sentence === undefined) return undefined;
  return { ...answer, question: q.question, direct: { type: 'claimChecked', yes: false, sentence } };
}

/** The positions of the words that say something is left out: a phrase for it, or a denial of being included. */
function leavingOut({ vocab, analysis }: Question): Set<number> {
  const { tokens } = analysis;
  const inclusion = vocab.language.questionShape.inclusion;
  const at = new Set<number>();
  tokens.forEach((_, k) => {
    const leaving = leavingOutAt(vocab, tokens, k);
    // ("… ikke er med i …", "… not part of …": a denial right before a word for being included.)
    const negation = leaving > 0 ? undefined : denialAt(vocab, tokens, k);
    const reach = tokens.slice(k + 1, k + 2 + NEGATION_REACH);
    const includes = reach.some((_, j) => inclusion.some((p) => phraseAt(tokens, k + 1 + j, p)));
    const words = leaving > 0 ? leaving : negation && includes ? negation.length : 0;
    for (let j = 0; j < words; j++) at.add(k + j);
  });
  return at;
}

/** The page's sentence a yes says it with, when the answer is a yes by a sentence (not an item of a list). */
function saidSo(direct: Direct | undefined): string | undefined {
  if (direct?.type === 'yesSaid') return direct.sentence;
  if ((direct?.type === 'claimChecked' || direct?.type === 'figureSaid') && direct.yes)
    return direct.sentence;
  return undefined;
}
