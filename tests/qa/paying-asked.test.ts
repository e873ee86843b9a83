import { refuses, shown } from '../support/question-answering';

// Whether or what someone pays is a price, which the page gives none of, in any form of question.

describe('paying for something', () => {
  it('is refused, also as a yes/no question', () => {
    refuses([
      'Må fastlegar betale for å kople seg på Helseplattformen?',
      'Do GPs have to pay to connect to Helseplattformen?',
      'Er det gratis for kommunene å bli med?',
      'Hvem betaler for opplæringen?',
      'Is it free of charge for GPs to connect?',
    ]);
  });

  it('leaves whether they can connect, and the savings, answered', () => {
    expect(shown('Kan fastlegene koble seg på Helseplattformen?').text).toMatch(/^Ja/);
    expect(shown('Vil kommunene spare penger?').answer.kind).toBe('answer');
  });
});
