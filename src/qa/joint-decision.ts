import type { Analysis } from './analysis';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/** Words that may stand between the which-word and what it asks for ("Which two parties …"). */
const WHICH_REACH = 2;

/**
 * "Which two parties carried out the procurement project together?", "Hvilke partnere gjorde anskaffelsen sammen?":
 * asked what did something together, by a word the bot does not know right after the which-word (parties, partners),
 * the question asks who made the decision its other words name, when several organisations made it.
 */
export function asksJointParties(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  const { tokens } = analysis;
  const shape = vocab.language.questionShape;
  if (!tokens.some((t) => shape.together.has(t))) return false;
  const decision = vocab.kb.decisions.find((d) => d.id === top.entry.id);
  if (!decision || madeBy(decision.decidedBy.nb).length < 2) return false;
  const which = tokens.findIndex((t) => shape.which.has(t));
  return (
    which >= 0 &&
    analysis.unknownPositions.length > 0 &&
    analysis.unknownPositions.every((p) => p > which && p <= which + WHICH_REACH)
  );
}

/** The organisations of a "decided by" line ("Trondheim kommune og Helse Midt-Norge RHF"). */
function madeBy(decidedBy: string): string[] {
  return decidedBy.split(/\s*,\s*|\s+(?:og|and)\s+/u).filter((s) => s.length > 0);
}
