import { answerer, shown, refuses } from '../support/question-answering';

// Staff type in Teams without question marks, often after a few words about themselves: the sentence that opens with
// a question word is the question, or, when none does, the one that opens with the verb of a yes/no question.

describe('a yes/no question typed without a question mark after a few words about the asker', () => {
  it('answers the yes/no question in the last sentence', () => {
    for (const q of [
      'sykepleier på legevakta her. blir legevakt med i det nye journalsystemet',
      'jobber på helsestasjonen. får helsestasjonen helseplattformen',
      'fysioterapeut i heimetenesta. er heimetenesta med',
    ]) {
      const { answer } = shown(q);
      expect([q, answer.kind, answer.direct?.type]).toEqual([q, 'answer', 'yes']);
    }
  });

  it('still answers the sentence a question word opens, and refuses what the page does not hold', () => {
    expect(answerer.answer('er ny her. hvem leder opplæringen').topicId).toBe('opplaering');
    refuses(['sykepleier på legevakta her. blir tannhelsetjenesten med i det nye journalsystemet']);
  });
});
