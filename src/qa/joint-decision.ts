import type { Analysis } from './analysis';
import type { Answer } from './answer';
import { type Decision, PROMOTE_RATIO, asksOther } from './decision';
import { answerSaidYes } from './compose';
import { answerWith } from './items';
import { pick } from './knowledge-base';
import { stem, terms } from './text';
import type { Candidate } from './ranking';
import type { Vocabulary } from './vocabulary';

/** Words that may stand between the which-word and what it asks for ("Which two parties …"). */
const WHICH_REACH = 2;

/**
 * "Which two parties carried out the procurement project together?", "Hvilke partnere gjorde anskaffelsen sammen?":
 * asked what did something together, by a word the bot does not know right after the which-word (parties, partners),
 * the question asks who made the decision its other words name, when several organisations made it. So does a word
 * for a partner itself, wherever it stands ("Who else was a partner in running the procurement?").
 */
export function asksJointParties(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  const { tokens } = analysis;
  const shape = vocab.language.questionShape;
  if (!tokens.some((t) => shape.together.has(t)) && !countsParties(vocab, analysis, top)) return false;
  if (!jointlyMade(vocab, top)) return false;
  // "Who else was a partner in running the procurement?": the word the bot does not know is the partner itself.
  const partners = analysis.unknownPositions;
  if (partners.length > 0 && partners.every((p) => shape.together.has(tokens[p] ?? ''))) return true;
  const which = tokens.findIndex((t) => shape.which.has(t));
  return (
    which >= 0 &&
    analysis.unknownPositions.length > 0 &&
    analysis.unknownPositions.every((p) => p > which && p <= which + WHICH_REACH)
  );
}

/** The organisations of a "decided by" line ("Trondheim kommune og Helse Midt-Norge RHF"). */
function partiesOf(decidedBy: string): string[] {
  return decidedBy.split(/\s*,\s*|\s+(?:og|and)\s+/u).filter((s) => s.length > 0);
}

/**
 * "Did Trondheim run the procurement together with Helse Midt-Norge RHF?", "Who runs the procurement?", "Hvem driver
 * anskaffelsen?": a word for leading that also means doing ("run", "driver"), the only word for leading in the
 * question, said of something several organisations did together (a decision made by them all) that the question
 * names by a name of its own, asks who did it: it is led by no one. "Who runs the project office?" still asks for its
 * lead, and "who runs the company" (Helseplattformen AS, of the city council's vote) for the company's.
 */
export function leadIsDoing(vocab: Vocabulary, analysis: Analysis, c: Candidate): boolean {
  if (!c.named || analysis.leadEnd < 0 || !jointlyMade(vocab, c)) return false;
  const { tokens } = analysis;
  const verb = analysis.leadEnd - 1;
  if (!vocab.language.questionShape.doing.has(tokens[verb] ?? '')) return false;
  const leading = vocab.language.intentPhrases.filter((p) => p.intent === 'lead').map((p) => p.raw);
  return tokens.every((t, k) => k === verb || !leading.includes(t));
}

/**
 * "Which two organisations ran the procurement project together?", "Who did Trondheim kommune run the procurement
 * project together with?", "Hvilke organisasjoner gjennomførte innkjøpet sammen?": asked which or who did something
 * together (or which two, as many as did it: see countsParties; or who ran it: see doneBefore), a decision several organisations made, named by a name of its own and close to the best match, is what
 * they did together: it beats the project or the platform the other words name.
 */
export function jointDecision(
  vocab: Vocabulary,
  analysis: Analysis,
  candidates: Candidate[],
  top: Candidate,
): Candidate | undefined {
  const { tokens } = analysis;
  const shape = vocab.language.questionShape;
  const asksWho = analysis.intents.has('who') || tokens.some((t) => shape.which.has(t));
  if (!asksWho) return undefined;
  const together = tokens.some((t) => shape.together.has(t));
  return candidates.find(
    (c) =>
      c.named &&
      jointlyMade(vocab, c) &&
      (together || countsParties(vocab, analysis, c) || doneBefore(vocab, analysis, c)) &&
      c.score >= PROMOTE_RATIO * top.score,
  );
}

/**
 * "Did Trondheim kommune carry out the procurement together with someone else?", "Gjennomførte Trondheim kommune
 * anskaffelsen alene?", "Did Trondheim kommune carry out the procurement on its own?": a yes/no question whether a
 * decision several organisations made was made together, or alone, is answered by the decision, which says who made
 * it. The everyday verbs the bot does not know ("carry out") say what was done, which the decision is.
 */
export function answerJointYesNo(d: Decision): Answer | undefined {
  const { vocab, analysis, fallback, top } = d;
  const shape = vocab.language.questionShape;
  if (!analysis.yesNo || asksOther(analysis) || !top.named || !jointlyMade(vocab, top)) return undefined;
  if (!analysis.tokens.some((t) => shape.together.has(t) || shape.alone.has(t))) return undefined;
  // ("Did Trondheim kommune carry out the payroll procurement on its own?" asks of another procurement.)
  const everyday = analysis.unknownPositions.every((p) => analysis.everydayPositions.includes(p));
  const named = [...top.nameTerms].map((t) => analysis.positions.get(t) ?? -1);
  const qualified = named.some((p) => analysis.unknownPositions.includes(p - 1));
  if (!everyday || qualified) return undefined;
  // ("Is there a draft plan for how the option municipalities and Trondheim will work together on …?": a sentence that
  // says so with all the question's words says yes, see answerSaidYes.)
  if (answerSaidYes(d) !== undefined) return undefined;
  // ("Was Helse Midt-Norge RHF Trondheim's partner when the new EHR was procured?": together, of the organisations that
  // made it, is yes by its text; alone is no. Another organisation named besides them leaves the verdict open.)
  const decision = vocab.decisions.get(top.entry.id)!;
  const parties = new Set(Object.values(decision.decidedBy).flatMap((by) => terms(by)));
  const strangers = analysis.known.some((t) => vocab.employers.has(t) && !parties.has(t));
  // (Nor a word the bot does not know after what was done and a word between: "… work together on the payroll system?";
  // not "… innkjøpet åleine?".)
  const { tokens } = analysis;
  const last = Math.max(...named);
  const short = (k: number) => vocab.stopwords.has(stem(tokens[k] ?? ''));
  const after = analysis.unknownPositions.some(
    (p) =>
      p > last &&
      !shape.together.has(tokens[p] ?? '') &&
      Array.from({ length: p - last - 1 }, (_, i) => last + 1 + i).some(short),
  );
  if (strangers || after || analysis.otherNames.length > 0) return answerWith(vocab, fallback, top.entry);
  const yes = !analysis.tokens.some((t) => shape.alone.has(t));
  const sentence = pick(decision.text, analysis.lang);
  return answerWith(vocab, fallback, top.entry, { type: 'claimChecked', yes, sentence });
}

/** True when the candidate is a decision that several organisations made ("Trondheim kommune og Helse Midt-Norge RHF"). */
export function jointlyMade(vocab: Vocabulary, c: Candidate): boolean {
  const decision = vocab.decisions.get(c.entry.id);
  return decision !== undefined && partiesOf(decision.decidedBy.nb).length >= 2;
}

/**
 * "Which two parties ran the procurement?": as many asked for right after the which-word as organisations made the
 * decision says they did it together ("Which three parties …" asks for more than the page names).
 */
function countsParties(vocab: Vocabulary, analysis: Analysis, top: Candidate): boolean {
  const { tokens } = analysis;
  const which = tokens.findIndex((t) => vocab.language.questionShape.which.has(t));
  const word = tokens[which + 1] ?? '';
  const count = /^\d+$/u.test(word) ? Number(word) : vocab.language.numberWords.get(word);
  const decision = vocab.decisions.get(top.entry.id);
  return which >= 0 && decision !== undefined && count === partiesOf(decision.decidedBy.nb).length;
}

/** "Who ran the procurement for the new journal system?": a verb of doing («ran», «drev») before the decision's name. */
function doneBefore(vocab: Vocabulary, analysis: Analysis, c: Candidate): boolean {
  const named = Math.min(...[...c.nameTerms].map((t) => analysis.positions.get(t) ?? Infinity));
  return analysis.tokens.some((t, k) => k < named && vocab.language.questionShape.doing.has(t));
}
