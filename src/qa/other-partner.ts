import type { Answer } from './answer';
import type { Question } from './decision';
import { claimAsked } from './claim-asked';
import { answerWith } from './items';
import { jointlyMade } from './joint-decision';
import { pageLines } from './page-lines';
import { stem, terms, tokenize } from './text';
import type { Analysis } from './analysis';
import type { Vocabulary } from './vocabulary';

/**
 * "Was the procurement done by Trondheim kommune together with St. Olavs hospital?", "Var det Helse Nord som
 * gjennomførte anskaffelsen sammen med Trondheim kommune?", "Gjennomførte Trondheim kommune anskaffelsen saman med
 * Helse Vest?": a yes/no question that says, with a word for doing something together, that an organisation the page
 * does not know, or a body or organisation it knows, took part in what the page says several organisations did
 * together (a decision they made), and is not among them, is answered
 * no with the page's sentence that names who did it. Not when a word the bot does not know says of what else it is asked
 * ("… the payroll procurement …"): that is refused, as a name the page does not know otherwise is.
 */
export function answerOtherPartner(q: Question): Answer | undefined {
  const { vocab, analysis, candidates, fallback } = q;
  const together = vocab.language.questionShape.together;
  if (!claimAsked(vocab, analysis)) return undefined;
  if (analysis.unknownPositions.some((p) => !analysis.otherNames.includes(p))) return undefined;
  const done = candidates.find((c) => c.named && jointlyMade(vocab, c));
  if (!done) return undefined;
  // ("Gjennomførte samarbeidsrådet anskaffelsen sammen med Trondheim kommune?", "Var det Regionalt fagråd for digital
  // samhandling som …?": so is a body or organisation the page knows that is not among them.)
  const parties = new Set(
    Object.values(vocab.decisions.get(done.entry.id)!.decidedBy).flatMap((by) => terms(by)),
  );
  // ("Stemmer det at det var Trondheim kommune og Helse Nord RHF som gjennomførte anskaffinga?": so is one of them
  // named with another, joined by «og»/"and", as who did it.)
  if (!analysis.tokens.some((t) => together.has(t)) && !joinedToParty(vocab, analysis, parties))
    return undefined;
  const known =
    candidates.some((c) => c.named && c.entry.type === 'body') ||
    analysis.known.some((t) => vocab.employers.has(t) && !parties.has(t));
  if (analysis.otherNames.length === 0 && !known) return undefined;
  const lang = analysis.lang === 'nn' ? 'nb' : analysis.lang;
  const line = pageLines(vocab).find(
    (l) => l.id === done.entry.id && l.lang === lang && tokenize(l.text).some((t) => together.has(t)),
  );
  if (!line) return undefined;
  return answerWith(vocab, fallback, done.entry, { type: 'claimChecked', yes: false, sentence: line.text });
}

/** A party of the decision stands right before or after a word that joins two names («Trondheim kommune og …»). */
function joinedToParty(vocab: Vocabulary, analysis: Analysis, parties: Set<string>): boolean {
  const { tokens } = analysis;
  const party = (k: number) => parties.has(stem(tokens[k] ?? ''));
  return tokens.some((t, k) => vocab.language.focus.joins.has(t) && (party(k - 1) || party(k + 1)));
}
