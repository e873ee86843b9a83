import { refuses, shown } from '../support/question-answering';

// «Swedish nurse here, I read it is about 500 000 inhabitants …»: a few words saying who asks, ending with "here" and a
// comma, are an introduction as they are before a full stop or a dash; the question after them is answered alone.

describe('an introduction that ends with "here" and a comma', () => {
  it('answers the question or claim after it', () => {
    expect(
      shown('Swedish nurse here, I read it is about 500 000 inhabitants that are affected. Is that correct?')
        .text,
    ).toMatch(/^No.*720 000/su);
    expect(shown('Nurse here, is the legevakt included?').text).toMatch(/^Yes.*legevakt/su);
    expect(shown('New here, who leads the project?').text).toContain('Ola Skorstad');
    expect(shown('Sjukepleiar her, er legevakta med?').text).toMatch(/^Ja.*legevakt/su);
  });

  it('still reads a question that asks whether something is here as that question', () => {
    expect(shown('Is the project office here, in Bispegata 9?').text).toMatch(/^Yes/u);
    expect(shown('Er prosjektkontoret her, i Bispegata 9?').text).toMatch(/^Ja/u);
  });

  it('still refuses what the page does not hold', () => {
    refuses(['Nurse here, where can I buy coffee?', 'Locum here, what is the salary?']);
  });
});
