import { refuses, shown } from '../support/question-answering';

// English writes words for a group of countries with a capital letter («Nordic», «European»): they name no place or
// organisation the question would then be about.

describe('a word for a group of countries in an English message', () => {
  it('steers nothing: the question in the message is answered', () => {
    expect(
      shown(
        "I'm comparing Nordic health IT programmes. What has the regional council for digital collaboration been central in developing?",
      ).text,
    ).toContain('e-meldinger');
  });

  it('still refuses what is asked of a place or organisation the page does not know, or in a language', () => {
    refuses([
      'Is there a training course in English for the new system?',
      "I'm comparing Nordic health IT programmes. Who leads the project in Bergen?",
      'We at Helse Vest wonder who leads the project?',
      "I'm comparing Nordic programmes. Who leads the Swedish project?",
    ]);
  });
});
