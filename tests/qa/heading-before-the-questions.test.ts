import { refuses, shown } from '../support/question-answering';

// «gevinstrealisering: når skal HMN ha den klar og når kommer saken i bystyret»: a heading before a colon says what
// the questions after it are asked within, one question or several.

describe('a heading before the questions', () => {
  it('answers each question within the heading', () => {
    for (const q of [
      'gevinstrealisering: når skal HMN ha den klar og når kommer saken i bystyret',
      'Gevinstrealisering: når skal RHF-et legge fram strategien, og når kommer saken om Trondheim i bystyret?',
    ]) {
      const { text } = shown(q);
      expect([q, text.includes('01.10.2018'), text.includes('2018/2019')]).toEqual([q, true, true]);
    }
    const q = 'gevinstrealisering: når kommer saken i bystyret';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('2018/2019')]);
  });

  it('still answers what the question names itself, and refuses what the page does not hold', () => {
    for (const [q, said] of [
      ['Spørsmål: hvem leder prosjektkontoret?', 'Elise B. Vesterhus'],
      ['Min leder lurer: hvem leder prosjektet og hvem leder prosjektkontoret?', 'Elise B. Vesterhus'],
      ['Opplæring: hvem leder det?', 'May Liz Bjørnevik Tho'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(said!)]);
    refuses(['Kantina: når åpner den?', 'Gevinstrealisering: når er julebordet, og når kommer lønna?']);
  });

  it('asks when after a heading before a dash, as a question that opens the message does', () => {
    for (const q of [
      'gevinstrealisering i trondheim – når var saken venta i bystyret?',
      'gevinstrealisering i trondheim – kva tid var saka venta i bystyret?',
      'benefits realisation in Trondheim – when was the case expected in the city council?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('2018/2019')]);
    refuses(['kantina – når åpner den?', 'opplæring – når starter den?']);
  });
});
