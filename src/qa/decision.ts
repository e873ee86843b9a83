import type { Answer } from './answer';
import type { Analysis } from './analysis';
import type { Intent } from './language-data';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/** Below this the best match is too weak to be an answer. */
export const MIN_SCORE = 1.2;
/** A runner-up of the kind the question asks for (something with a lead, a date) wins from this share of the best. */
export const PROMOTE_RATIO = 0.4;

/** One question being answered: what it says, what it matched, and the answer that says the bot does not know. */
export interface Question {
  vocab: Vocabulary;
  question: string;
  analysis: Analysis;
  candidates: Candidate[];
  fallback: Answer;
}

/** A question with its topic chosen; each stage of the decision may answer it, refuse it, or pass it on. */
export interface Decision extends Question {
  top: Candidate;
  /** The list item a yes/no question names ("Er legevakt med?"), and where it stands in its list. */
  yes?: string;
  yesIndex: number;
  /** A sentence of the topic that has every word of a yes/no question the bot knows (see findListedItem). */
  told?: string;
}

/** Asks who, where or when, or for contact details: a yes/no question that does is answered as such. */
export function asksOther(analysis: Analysis): boolean {
  return ['who', 'lead', 'phone', 'email', 'where', 'when'].some((i) => analysis.intents.has(i as Intent));
}

/** Asks "how many" ("phone number of" is no count). */
export function countAsked(analysis: Analysis): boolean {
  return analysis.intents.has('count') && !analysis.intents.has('phone');
}

/**
 * "Planen skal sørge for at Helseplattformen støtter hva?": the topic, named by its own name before the word for being
 * responsible and asked of by no who, is what is responsible itself; the question asks what it sees to, not who leads
 * it.
 */
export function responsibleItself(analysis: Analysis, top: Candidate): boolean {
  return (
    !analysis.intents.has('who') &&
    top.nameTerms.size > 0 &&
    analysis.leadEnd > 0 &&
    [...top.nameTerms].every((t) => (analysis.positions.get(t) ?? Infinity) < analysis.leadEnd - 1)
  );
}
