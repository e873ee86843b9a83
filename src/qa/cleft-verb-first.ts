import type { Answer } from './answer';
import type { Question } from './decision';
import { presentVerb } from './refusals';

/**
 * "Er det KS Trøndelag som koordinerer arbeidet opp mot de andre kommunene?": a Norwegian cleft whose clause opens
 * with a verb in the present says what the one named does; it is asked again with that verb first («Koordinerer KS
 * Trøndelag arbeidet …?»), the form the checks of a claim read, and that answer is given when it says yes or no.
 * An English cleft ("Is it KS Trøndelag that coordinates …?") is asked again as the statement it holds, put as a
 * question. (Who leads or decides something is asked again as who does it; see doer-claimed.ts and decider-claimed.ts.)
 */
export function answerCleftVerbFirst(q: Question, ask: (text: string) => Answer): Answer | undefined {
  const { vocab, analysis } = q;
  const { tokens } = analysis;
  if (!analysis.yesNo) return undefined;
  const { questionShape: shape, claims, roleQuestion } = vocab.language;
  if (!shape.yesNo.has(tokens[0] ?? '') || !claims.cleft.has(tokens[1] ?? '')) return undefined;
  const english = analysis.lang === 'en';
  // (In English also "who": "Is it Trondheim who coordinates …?")
  const relative = tokens.findIndex(
    (t, k) => k > 2 && (shape.relative.has(t) || (english && roleQuestion.who.has(t))),
  );
  if (relative < 0 || (!english && !presentVerb(vocab, tokens[relative + 1] ?? '', analysis.lang)))
    return undefined;
  const words = analysis.words();
  const verb = words[relative + 1]!;
  // ("Is it KS Trøndelag that coordinates the work …?" is asked as "KS Trøndelag coordinates the work …?", which the
  // checks of a claim read as a statement put as a question.)
  const said = english
    ? [...words.slice(2, relative), ...words.slice(relative + 1)]
    : [verb, ...words.slice(2, relative), ...words.slice(relative + 2)];
  const text = said.join(' ');
  const answer = ask(`${verb.charAt(0).toUpperCase()}${text.slice(1)}?`);
  return answer.kind === 'answer' && answer.direct !== undefined
    ? { ...answer, question: q.question }
    : undefined;
}
