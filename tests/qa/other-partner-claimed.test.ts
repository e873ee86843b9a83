import { answerer, refuses, shown } from '../support/question-answering';

// «Var det Helse Nord som gjennomførte anskaffelsen sammen med Trondheim kommune?»: the page names who did the
// procurement together; another organisation said to have done it with them gets «Nei» with that sentence.

const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct?.type === 'claimChecked' ? direct.yes : direct?.type];
};

describe('a yes/no question that names another partner in what the page says two did together', () => {
  it('answers no with the sentence that names who did it, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Var det Helse Nord som gjennomførte anskaffelsen sammen med Trondheim kommune?',
      'Gjennomførte Trondheim kommune anskaffelsen saman med Helse Vest?',
      'Was the procurement done by Trondheim kommune together with St. Olavs hospital?',
    ]) {
      expect(verdict(q)).toEqual([q, false]);
      expect(shown(q).text).toMatch(/Helse Midt-Norge RHF/);
    }
  });

  it('answers no as well when the other is a body or organisation the page knows', () => {
    for (const q of [
      'Var det Regionalt fagråd for digital samhandling som gjennomførte anskaffinga saman med Trondheim kommune?',
      'Gjennomførte samarbeidsrådet anskaffelsen sammen med Trondheim kommune?',
      'Did the Cooperation Council carry out the procurement together with Trondheim kommune?',
      'Gjennomførte Trondheim kommune anskaffelsen sammen med Verdal kommune?',
    ]) {
      expect(verdict(q)).toEqual([q, false]);
      expect(shown(q).text).toMatch(/Helse Midt-Norge RHF/);
    }
  });

  it('keeps the partner the page names a yes', () => {
    for (const q of [
      'Gjennomførte Trondheim kommune anskaffelsen sammen med Helse Midt-Norge?',
      'Did Trondheim kommune carry out the procurement together with the regional health authority?',
    ])
      expect(verdict(q)).toEqual([q, true]);
  });

  it('still refuses another thing done, or working together with another organisation in general', () => {
    refuses([
      'Did Trondheim kommune carry out the payroll procurement together with Helse Vest?',
      'Samarbeider Trondheim kommune med Helse Vest?',
      'Jobber prosjektet sammen med Sykehuset Levanger?',
    ]);
  });
});

describe('a yes/no question that names another organisation beside a partner with «og» or "and"', () => {
  it('answers no with the sentence that names who did it, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Stemmer det at det var Trondheim kommune og Helse Nord RHF som gjennomførte anskaffinga?',
      'Gjennomførte Trondheim kommune og Helse Nord RHF anskaffelsen?',
      'Var det Helse Vest RHF og Trondheim kommune som stod for anskaffinga?',
      'Was the procurement carried out by Trondheim kommune and Helse Nord RHF?',
      'Did Trondheim kommune and the cooperation council carry out the procurement?',
    ]) {
      expect(verdict(q)).toEqual([q, false]);
      expect(shown(q).text).toMatch(/Helse Midt-Norge RHF/);
    }
  });

  it('keeps the two the page names a yes, and still refuses another thing done or had together', () => {
    const q =
      'Stemmer det at det var Trondheim kommune og Helse Midt-Norge RHF som gjennomførte anskaffinga?';
    expect(verdict(q)).toEqual([q, true]);
    refuses([
      'Gjennomførte Trondheim kommune og Helse Nord RHF anskaffelsen av lønnssystemet?',
      'Har Trondheim kommune og Helse Nord RHF felles journal?',
    ]);
  });
});
