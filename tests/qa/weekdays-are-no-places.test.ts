import { refuses, shown } from '../support/question-answering';

// English writes the days of the week with a capital letter («on Monday», «by Friday»): like the months, they name no
// place or organisation the question would then be about, wherever the asker's meeting or deadline is said.

describe('a day of the week in a message', () => {
  it('steers nothing: the question before or after the sentence with the day is answered', () => {
    expect(
      shown("I'd like to know before our staff meeting on Monday. Who leads the cooperation council?").text,
    ).toContain('Arne Ingebrigtsen');
    expect(
      shown("Who heads the project office? We're discussing it at our leadership meeting on Wednesday.").text,
    ).toContain('Vesterhus');
    expect(shown('My editor wants it by Friday. Which municipalities are on the council?').text).toContain(
      'Kristiansund',
    );
    expect(shown('Our joint workshop is next Tuesday. Who leads the technical subproject?').text).toContain(
      'Anne Amdal Storsve',
    );
    expect(shown('Eg har møte på Fredag. Kven leiar opplæringa?').text).toContain('Bjørnevik Tho');
  });

  it('still refuses what the page does not say, with or without the day', () => {
    refuses([
      'Can I work from home on Friday?',
      'What happens on Friday?',
      'Our staff meeting is on Monday. Who leads the staff meeting?',
      "I'd like to know before our staff meeting on Monday. What is the salary of the project lead?",
      'My deadline is Friday. Who leads the project in Bergen?',
    ]);
  });
});
