import { refuses, shown } from '../support/question-answering';

describe('what a short form stands for, when the page writes it out', () => {
  it('answers «KS», which the page writes out as Kommunenes Sentralforbund', () => {
    for (const q of [
      'Kven frå KS Trøndelag er òg med på gruppebiletet, og kva står KS for?',
      'Hva står KS for?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text]).toEqual([
        q,
        'answer',
        expect.stringMatching(/Kjøsnes[\s\S]*Kommunenes Sentralforbund/),
      ]);
    }
  });

  it('still refuses the short forms the page does not write out', () => {
    refuses(['Hva står SSIKT for?', 'What does SiO stand for?', 'Hva står RHF for?']);
  });
});
