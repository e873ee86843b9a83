import { refuses, shown } from '../support/question-answering';

describe("the lead of an organisation's side of the work, where the page names no one who works for it", () => {
  it("refuses who leads Helse Midt-Norge RHF's side of the benefits realisation", () => {
    refuses([
      "Who leads Helse Midt-Norge RHF's side of the benefits realisation work?",
      'Who leads the benefits realisation work in Helse Midt-Norge RHF?',
      'Hvem leder gevinstrealiseringen i Helse Midt-Norge RHF?',
    ]);
  });

  it('still names the subproject lead for the work itself, or in Trondheim kommune', () => {
    for (const q of [
      'Hvem leder gevinstrealiseringen?',
      'Who leads benefits realisation at Trondheim kommune?',
      'Who leads the work on the benefits realisation strategy?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text]).toEqual([q, 'answer', expect.stringMatching(/^[^\n]*Øyvind Tanum/)]);
    }
  });
});
