import { shown } from '../support/question-answering';

// «Eg er helsesekretær i Levanger, nei, Verdal.»: the asker correcting the place they named goes on introducing them;
// the place corrected to is not what the question after it asks about.

describe('an introduction the asker corrects', () => {
  it('answers the question after the correction, in nynorsk and English', () => {
    expect(shown('Eg er helsesekretær i Levanger, nei, Verdal. Kven leiar prosjektkontoret?').text).toContain(
      'Elise',
    );
    expect(shown("I'm a GP in Molde... sorry, Aukra. Who leads the project office?").text).toContain('Elise');
  });
});
