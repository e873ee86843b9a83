import { answerer, refuses, shown } from '../support/question-answering';

// Claims of who leads or is responsible for something, in the forms people write them: a cleft that names a person
// or a unit («Er det Line Kristoffersen som har ansvaret for …?»), a subproject named by a compound
// («opplæringsdelprosjektet»), a unit with whose it is («the municipality's IT service») or in nynorsk
// («Personaltenesta»), and «the guy» for the person.

/** Each question opens with the verdict and names the lead. */
function answersWith(verdict: RegExp, lead: string, questions: string[]): void {
  for (const q of questions) {
    const { answer, text } = shown(q);
    expect([q, answer.direct?.type, text]).toEqual([q, 'ledBy', expect.stringMatching(verdict)]);
    expect([q, text]).toEqual([q, expect.stringContaining(lead)]);
  }
}

describe('claims of who leads or is responsible for something', () => {
  it('answers a cleft that names the lead yes, and another person no, in bokmål, nynorsk and English', () => {
    answersWith(/^Ja\b/u, 'Funksjonalitet', [
      'Er det Line Kristoffersen som har ansvaret for å kartlegge arbeidsprosessene våre?',
    ]);
    answersWith(/^Nei\b/u, 'Line Kristoffersen', [
      'Er det Ola Skorstad som har ansvaret for å kartlegge arbeidsprosessene?',
    ]);
    answersWith(/^Ja\b/u, 'May Liz Bjørnevik Tho', [
      'Er det Personaltenesta som har ansvaret for delprosjektet som skal ta seg av opplæringa?',
    ]);
    answersWith(/^Nei\b/u, 'May Liz Bjørnevik Tho', [
      'Er det IT-tjenesten som har ansvaret for opplæringen?',
    ]);
    answersWith(/^Yes\b/u, 'Ola Skorstad', ['Is it Ola who heads the implementation project?']);
    answersWith(/^No\b/u, 'Elise B. Vesterhus', ['Is it Elise who heads the implementation project?']);
  });

  it('reads a subproject named by a compound, and a unit with whose it is, as the plain names', () => {
    answersWith(/^Nei\b/u, 'May Liz Bjørnevik Tho', [
      'Opplæringsdelprosjektet er leia av nokon frå IT-tenesta?',
      'Er opplæringsdelprosjektet leia av nokon frå IT-tenesta?',
    ]);
    answersWith(/^Ja\b/u, 'Øyvind Tanum', [
      'Er gevinstrealiseringsdelprosjektet leia av nokon frå Rådmannens fagstab?',
    ]);
    answersWith(/^Yes\b/u, 'Anne Amdal Storsve', [
      "I just started as an IT apprentice. Is the technical subproject led by someone from the municipality's IT department?",
      "Is the technical subproject led by someone from the municipality's IT service?",
    ]);
    answersWith(/^No\b/u, 'Anne Amdal Storsve', [
      'Is the technical subproject led by someone from Molde municipality?',
    ]);
    answersWith(/^Ja\b/u, 'May Liz Bjørnevik Tho', ['Blir opplæringa leidd av nokon frå Personaltenesta?']);
  });

  it('reads «the guy» heading something as the person heading it', () => {
    answersWith(/^Yes\b/u, 'Ola Skorstad', [
      'Ola is the guy heading the Trondheim implementation project, right?',
    ]);
    answersWith(/^No\b/u, 'Ola Skorstad', [
      'Tone is the guy heading the Trondheim implementation project, right?',
    ]);
  });

  it('still refuses who is said to do what the page gives no one for, or someone the page does not know', () => {
    refuses([
      'Er det Line Kristoffersen som har ansvaret for lønna mi?',
      'Er det Helse Vest som har ansvaret for opplæringen?',
      'Is the technical subproject led by someone from the municipality?',
    ]);
    expect(answerer.answer('Er det Line som sitter i samarbeidsrådet?').direct?.type).not.toBe('ledBy');
  });
});
