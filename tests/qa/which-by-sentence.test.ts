import { answerer, refuses, shown } from '../support/question-answering';

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

  it('answers which council when the question says how in everyday words of its own', () => {
    for (const q of [
      'Hvilket regionalt råd har vært viktig for å få på plass e-meldinger?',
      'Kva regionalt råd har vore viktig for e-meldingar?',
      'Which regional council has been important in getting e-messages in place?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'fagradet',
        expect.stringMatching(/e-meldinger|e-messages/),
      ]);
    }
    refuses([
      'Hvilket regionalt råd har ansvar for ambulansene?',
      'Hvilket råd har vært viktig for bompengene?',
      'Hvilket regionalt råd har vært viktig for å få på plass nye sykehjem?',
    ]);
  });

  it('answers which one by the compound of a sentence that says it (innførings-perioden, innførings-prosjekt)', () => {
    for (const [q, id, said] of [
      ['I hvilken periode skal opplæringsressursene fristilles?', 'opplaering', /innføringsperioden/],
      ['I kva periode skal opplæringsressursane fristillast?', 'opplaering', /innføringsperioden/],
      ['Hvilken periode skal opplæringsressursene fristilles i?', 'opplaering', /innføringsperioden/],
      [
        'Kva for prosjekt skjer det tekniske arbeidet i stor grad saman med?',
        'teknisk',
        /sentralt innføringsprosjekt/,
      ],
      [
        'Hvilket prosjekt skal det tekniske arbeidet i stor grad skje sammen med?',
        'teknisk',
        /sentralt innføringsprosjekt/,
      ],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, id, expect.stringMatching(said)]);
    }
    refuses([
      'I hvilken periode er kantina stengt?',
      'Hvilken periode gjelder lønnsoppgjøret?',
      'Kva for prosjekt skal byggje ny skule saman med kommunen?',
    ]);
  });
});
