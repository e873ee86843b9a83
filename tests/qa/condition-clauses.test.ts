import { refuses, shown } from '../support/question-answering';

describe('a clause of condition after the question', () => {
  it('does not make a question for something the page lacks ask where, by a visit in an if-clause', () => {
    refuses([
      'What are the opening hours of the project office in Bispegata 9 if I want to drop by?',
      'Hva er åpningstidene på prosjektkontoret hvis jeg vil stikke innom?',
      'Kva er opningstidene til prosjektkontoret viss eg vil kome innom?',
    ]);
  });

  it('still answers where the office is, with or without the clause', () => {
    for (const q of [
      'Where is the project office?',
      'Where is the project office if I want to drop by?',
      'Hvor ligger prosjektkontoret hvis jeg vil stikke innom?',
      'Kvar held prosjektkontoret til dersom eg vil kome innom?',
    ]) {
      const { text } = shown(q);
      expect([q, text]).toEqual([q, expect.stringContaining('Bispegata 9')]);
    }
  });
});

describe('a clause of when before the question', () => {
  it('answers the question after a clause «Når …» that ends with a comma or dash, in bokmål and nynorsk', () => {
    for (const [q, said] of [
      [
        'Når roller og tilgangsstyring skal kartlegges – hvilket annet delprosjekt gjøres det i tett samarbeid med?',
        'fag/funksjonalitet',
      ],
      ['Når roller og tilganger kartlegges, hvem samarbeider de med?', 'fag/funksjonalitet'],
      ['Når opplæringen skal planlegges – hvem leder det delprosjektet?', 'May Liz Bjørnevik Tho'],
      ['Når rollene skal kartleggjast, kva delprosjekt skjer det saman med?', 'Funksjonalitet'],
    ]) {
      const { text } = shown(q!);
      expect([q, text]).toEqual([q, expect.stringContaining(said!)]);
    }
  });

  it('still asks when, and refuses it, when a verb follows «Når» as in a question', () => {
    refuses([
      'Når starter opplæringen, hvem vet det?',
      'Når skal opplæringen planlegges – hvem leder det?',
      'Når skal roller kartlegges, og hvem gjør det?',
    ]);
  });
});
