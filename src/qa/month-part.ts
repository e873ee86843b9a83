import type { Answer } from './answer';
import type { Decision } from './decision';
import { phraseAt, stem, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * The days of the month a part of a month the question says right before the month's name spans («i begynnelsen av
 * oktober»: 1 to 10, "late August": 21 to 31), as written; undefined when it says none.
 */
function daysSaid(vocab: Vocabulary, question: string): [number, number] | undefined {
  const tokens = tokenize(question);
  const months = vocab.language.claims.months;
  for (const part of vocab.language.timeSpans.monthParts)
    for (const phrase of part.phrases) {
      const at = tokens.findIndex((_, k) => phraseAt(tokens, k, phrase));
      if (at >= 0 && months.has(stem(tokens[at + phrase.length] ?? ''))) return [part.from, part.to];
    }
  return undefined;
}

/**
 * "Tar bystyret stilling i begynnelsen av august?" of «29. august avgjør bystyret …»: a stage's yes to a dated claim
 * (the month is the page's) is no when the claim says a part of the month the page's day is not in; the sentence with
 * the date says which day it is. The day is the topic's own date («29. august», «01.10.2018»).
 */
export function withDayOfMonthChecked(stage: (d: Decision) => Answer | undefined) {
  return (d: Decision): Answer | undefined => {
    const answer = stage(d);
    const direct = answer?.direct;
    if (direct?.type !== 'claimChecked' || !direct.yes || answer?.topicId === undefined) return answer;
    const day = /^(\d{1,2})\./u.exec(d.vocab.decisions.get(answer.topicId)?.date ?? '')?.[1];
    const days = day === undefined ? undefined : daysSaid(d.vocab, d.question);
    if (days === undefined || (Number(day) >= days[0] && Number(day) <= days[1])) return answer;
    return { ...answer, direct: { ...direct, yes: false } };
  };
}
