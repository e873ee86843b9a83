import type { Answer } from './answer';
import type { Question } from './decision';
import { presentVerb } from './refusals';

/**
 * "Er det KS Trøndelag som koordinerer arbeidet opp mot de andre kommunene?": a Norwegian cleft whose clause opens
 * with a verb in the present says what the one named does; it is asked again with that verb first («Koordinerer KS
 * Trøndelag arbeidet …?»), the form the checks of a claim read, and that answer is given when it says yes or no.
 * (Who leads or decides something is asked again as who does it; see doer-claimed.ts and decider-claimed.ts.)
 */
export function answerCleftVerbFirst(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, analysis } = q;
  const { tokens } = analysis;
  if (analysis.lang === 'en' || !analysis.yesNo) return undefined;
  const { questionShape: shape, claims } = vocab.language;
  if (!shape.yesNo.has(tokens[0] ?? '') || !claims.cleft.has(tokens[1] ?? '')) return undefined;
  const relative = tokens.findIndex((t, k) => k > 2 && shape.relative.has(t));
  if (relative < 0 || !presentVerb(vocab, tokens[relative + 1] ?? '', analysis.lang)) return undefined;
  const words = analysis.words();
  const verb = words[relative + 1]!;
  const text = [verb, ...words.slice(2, relative), ...words.slice(relative + 2)].join(' ');
  const answer = ask(`${verb.charAt(0).toUpperCase()}${text.slice(1)}?`);
  return answer.kind === 'answer' && answer.direct !== undefined
    ? { ...answer, question: q.question }
    : undefined;
}
