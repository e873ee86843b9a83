import type { Analysis } from './analysis';
import { PROMOTE_RATIO } from './decision';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * "Where do the project staff sit?", "where's the Helseplattformen team in Trondheim based?": a question that opens
 * with where, whose best match is something that is nowhere (the figure of staff affected, the services), asks where
 * a close runner-up that has a place is: the project, which the words for its people (staff, team) are of.
 * (Not where people come from: "Where do the council's representatives come from?")
 */
export function placedTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (analysis.opening !== 'where' || placed(vocab, top)) return undefined;
  const last = analysis.tokens[analysis.tokens.length - 1] ?? '';
  if (vocab.language.questionShape.origin.has(last)) return undefined;
  if (top.entry.type !== 'fact') return undefined;
  return candidates.find(
    (c) => c !== top && c.named && placed(vocab, c) && c.score >= PROMOTE_RATIO * top.score,
  );
}

/** A place, or a unit the page says is at one. */
function placed(vocab: Vocabulary, c: Candidate): boolean {
  if (c.entry.type === 'location') return true;
  return vocab.kb.units.some((u) => u.id === c.entry.id && u.location !== undefined);
}
