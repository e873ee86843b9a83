import type { Answer } from './answer';
import type { Question } from './decision';
import { answerListedContactsAlone } from './listed-contacts';
import { answerSameUnitAlone } from './same-unit';
import { answerUnitPeopleAlone } from './unit-people';
import { answerWhoCanAlone } from './who-can';

/**
 * A question no topic is chosen for (its words match several entries alike) may still be answered: by the contacts it
 * lists, the people of one unit, or the sentence that says who can; in that order, the first that answers decides.
 */
export function answerWithoutTopic(q: Question): Answer | undefined {
  return (
    answerListedContactsAlone(q) ?? answerSameUnitAlone(q) ?? answerUnitPeopleAlone(q) ?? answerWhoCanAlone(q)
  );
}
