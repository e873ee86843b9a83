import { refuses, shown } from '../support/question-answering';

// «What time-savings …»: the first part of a hyphenated word is that word's, not a question word's («what time»).

describe('a question word that is the first part of a hyphenated word', () => {
  it('asks for the time savings, not when', () => {
    for (const q of [
      'What time-savings (efficiency) does the municipalities get?',
      'What time-savings will the municipalities see?',
      'Hvilke tids-besparelser får kommunene?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'effektivitet',
        expect.stringMatching(/[Ll]ess time|Mindre tid/),
      ]);
    }
  });

  it('still asks when with «what time» on its own', () => {
    refuses(['What time does the council meet?', 'What time is the lunch break?']);
  });
});
