import { answerer, refuses } from '../support/question-answering';

// «Hva skjer 29/8?»: a day and month written in figures is the date the page names in words («29. august»), and a
// date with its year is read as the page writes one («01.10.2018»).

describe('a date written in figures', () => {
  it('finds what the page says happens that day', () => {
    for (const [q, topic] of [
      ['Hva skjer 29/8?', 'deleierskap'],
      ['Hva skjer den 29.8?', 'deleierskap'],
      ['What happens on 29/8?', 'deleierskap'],
      ['Kva skjer 29.8 i bystyret?', 'deleierskap'],
      ['Hva skjer 1.10.2018?', 'gevinststrategi'],
    ])
      expect([q, answerer.answer(q!).topicId]).toEqual([q, topic]);
  });

  it('still refuses a day the page says nothing of, and reads a decimal number as a number', () => {
    refuses(['Hva skjer 14/2?', 'Hva er 3.5 prosent av 100?']);
  });
});
