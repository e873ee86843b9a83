import type { Analysis } from './analysis';
import type { Intent } from './language-data';
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

/** What a question about a place may ask besides what it is: where it is (who or how to reach it asks of people). */
const PLACE_INTENTS = new Set<Intent>(['what', 'where']);

/**
 * "What did the building that houses the local project organisation used to be?", "Which building is the project
 * organisation in?": a question that names a unit by its own name, and the unit's place by a word of the place's own
 * (building, school, premises), asks about that place; the unit says whose place it is.
 */
export function unitPlaceTopic(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if ([...analysis.intents].some((i) => !PLACE_INTENTS.has(i))) return undefined;
  const unit = vocab.units.get(top.entry.id);
  if (unit?.location === undefined) return undefined;
  return candidates.find(
    (c) =>
      c.entry.id === unit.location &&
      c.named &&
      [...c.nameTerms].some((t) => !top.terms.has(t)) &&
      c.score >= PROMOTE_RATIO * top.score,
  );
}

/** A place, or a unit the page says is at one. */
function placed(vocab: Vocabulary, c: Candidate): boolean {
  if (c.entry.type === 'location') return true;
  return vocab.kb.units.some((u) => u.id === c.entry.id && u.location !== undefined);
}
