import { refuses, shown } from '../support/question-answering';

describe('a closing greeting after the question', () => {
  it('answers the question as if the closing and the name in it were not there', () => {
    expect(shown('Hvem leder Teknisk? Mvh Kari').text).toContain('Anne Amdal Storsve');
    expect(shown('Hvem leder Teknisk? Takk! Mvh Kari').text).toContain('Anne Amdal Storsve');
    expect(shown('Kven leiar prosjektkontoret? Vennleg helsing Ola Nordmann, einingsleiar').text).toContain(
      'Vesterhus',
    );
    expect(shown('Who leads the project office? Best regards, Kari').text).toContain('Vesterhus');
  });

  it('still refuses what the page does not say', () => {
    refuses(['Who is the mayor of Trondheim? Regards, Kari', 'Hva koster lisensene? Mvh Kari Nordmann']);
  });
});
