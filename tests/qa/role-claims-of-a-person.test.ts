import { answerer, people, shown } from '../support/question-answering';

// A yes/no question of what a person is, asked by the task of a role or of the member from a place, is checked against
// that person's title on the page.

describe('a role claimed of a person', () => {
  it('says no to a responsibility that is another person’s role, and names who has it', () => {
    for (const q of [
      'Er det Elise B. Vesterhus som har ansvaret for kommunikasjonen i prosjektet?',
      'Har Elise B. Vesterhus ansvaret for kommunikasjonen?',
      'Is Elise B. Vesterhus responsible for communications in the project?',
    ]) {
      const { text } = shown(q);
      expect([q, /^(Nei|No)\b/.test(text), text.includes('Tone Fagerholt')]).toEqual([q, true, true]);
    }
    expect(shown('Er det Tone Fagerholt som har ansvaret for kommunikasjonen i prosjektet?').text).toMatch(
      /^Ja/,
    );
  });

  it('still answers who leads what is named after the word for leading', () => {
    const { text } = shown('Is Elise B. Vesterhus the one who leads the whole local project?');
    expect(text).toMatch(/^No\. .* led by Ola Skorstad/);
    expect(shown('Leder Line Kristoffersen den tekniske delen av prosjektet?').text).toMatch(
      /^Nei\. Delprosjektet Teknisk ledes av Anne Amdal Storsve/,
    );
  });

  it('checks the title of the member from a place', () => {
    for (const q of [
      "Is the council member from Verdal that municipality's chief executive?",
      'Er representanten fra Verdal rådmann?',
      'Er medlemmet frå Verdal rådmann i kommunen sin?',
    ]) {
      const { text } = shown(q);
      expect([q, /^(Nei|No)\b/.test(text), people(q)]).toEqual([q, true, ['Ragnhild Holmberg Aunsmo']]);
    }
    expect(shown('Er medlemmet fra Verdal kommuneoverlege?').text).toMatch(/^Ja/);
  });

  it('keeps a word for a member the claim when a name says whom', () => {
    expect(shown('Is Ole Gunnar Kjøsnes from KS Trøndelag a member of the council?').text).not.toMatch(
      /^Yes/,
    );
  });
});

describe('a person said to be of another county than their role names', () => {
  it('answers no with the role when the county is another, yes when it is theirs', () => {
    for (const q of [
      'Er Ole Gunnar Kjøsnes fra Kommunenes Sentralforbund Møre og Romsdal?',
      'Er Ole Gunnar Kjøsnes fra KS Møre og Romsdal?',
      'Is Ole Gunnar Kjøsnes from KS Nordland?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b.*Trøndelag/su)]);
    expect(shown('Er Ole Gunnar Kjøsnes fra KS Trøndelag?').text).toMatch(/^Ja\b/u);
  });

  it('gives no verdict of a county no one’s role names', () => {
    const q = 'Er Tone Fagerholt fra Møre og Romsdal?';
    expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});
