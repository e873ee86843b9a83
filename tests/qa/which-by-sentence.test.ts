import { answerer, refuses } from '../support/question-answering';

// «Hvilket råd …», «Hvilken skolebygning …»: a which-question for a kind of thing an entry is by its name (fag-råd is a
// råd, Kalvskinnet skole a school building), asked by what one of the entry's sentences says of it, is answered with
// that entry, even when the question names another entry of the same kind as what wants it.

describe('which one, by what its sentence says', () => {
  it('answers which council or building the sentence is about, in bokmål, nynorsk and English', () => {
    for (const [q, id] of [
      ['Hvilket regionalt råd har vært sentralt i utviklingen av e-meldinger?', 'fagradet'],
      ['Kva for eit råd har vore sentralt i utviklinga av e-meldingar?', 'fagradet'],
      ['Hvilket råd vil Samarbeidsrådet ha tett koblet til utviklingen av Helseplattformen?', 'fagradet'],
      ['Kva råd vil Samarbeidsrådet ha tett kopla til utviklinga av Helseplattforma?', 'fagradet'],
      ['Which council has been central in developing e-messages?', 'fagradet'],
      ['Hvilken tidligere skolebygning huser prosjektorganisasjonen?', 'bispegata'],
      ['Which former school building houses the project organisation?', 'bispegata'],
    ]) {
      const answer = answerer.answer(q!);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', id]);
    }
  });

  it('still refuses a which-question for a thing the sentence is not about', () => {
    refuses([
      'Hvilket parti har vært sentralt i utviklingen av e-meldinger?',
      'Hvilket firma har vært sentralt i utviklingen av e-meldinger?',
      'Hvilken barnehage huser prosjektorganisasjonen?',
      'Hvilket råd har vedtatt budsjettet for e-meldinger?',
    ]);
  });
});
