import type { Analysis } from './analysis';
import { COLLECTIONS, LEADABLE } from './entries';
import { PROMOTE_RATIO } from './decision';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/**
 * "Hvem har ansvaret for gevinstrealiseringen i Trondheim sitt prosjekt?", "Who is in charge of training in the
 * Trondheim project?": asked who leads, the first thing the question names right after the lead word is what is led.
 * A part of the project named there beats the project as a whole, which the words after it name as where the part is
 * (even beside a place: "i Trondheim sitt prosjekt" says whose project, not another thing led).
 */
export function ledPart(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (!projectLeadAsked(vocab, analysis, top)) return undefined;
  const at = analysis.knownPositions.findIndex((p) => p >= analysis.leadEnd);
  const led = analysis.known[at];
  if (led === undefined || vocab.projectTerms.has(led) || vocab.orgWords.has(led)) return undefined;
  return candidates.find(
    (c) =>
      c !== top && LEADABLE.has(c.entry.type) && c.nameTerms.has(led) && c.score >= PROMOTE_RATIO * top.score,
  );
}

/**
 * "Kven har ansvaret for opplæringa i prosjektet til Trondheim kommune?": beside a part of the project asked who leads,
 * the project as a whole, matched only by words for the project and its place, is where the part is, not a second
 * thing led.
 */
export function whereThePartIs(vocab: Vocabulary, analysis: Analysis, top: Candidate, c: Candidate): boolean {
  if (!analysis.intents.has('lead') || top.entry.type !== 'subproject') return false;
  if (!vocab.isProject(c.entry.id)) return false;
  return [...c.terms].every((t) => top.terms.has(t) || vocab.projectTerms.has(t) || vocab.orgWords.has(t));
}

/**
 * "quick one: the four subprojects in Trondheim's rollout – who leads each?", "De fire delprosjekta i innføringa i
 * Trondheim, kven leiar kvart av dei?": asked who leads each one, after the lead word, the kind of part named (the
 * subprojects) is what is led, one by one, not the project they are in.
 */
export function eachLed(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  if (!projectLeadAsked(vocab, analysis, top)) return undefined;
  const each = vocab.language.questionShape.each;
  if (!analysis.tokens.slice(analysis.leadEnd).some((t) => each.has(t))) return undefined;
  return candidates.find(
    (c) => COLLECTIONS.has(c.entry.type) && c.named && c.score >= PROMOTE_RATIO * top.score,
  );
}

/** Asked who leads («hvem leder», "who is in charge of"), with the project as a whole the best match. */
function projectLeadAsked(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  return analysis.intents.has('lead') && analysis.leadEnd >= 0 && vocab.isProject(top.entry.id);
}
