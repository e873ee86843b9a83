import { shown, verdict } from '../support/question-answering';

// A word of a yes/no question the bot reads as another term of the page («pasienter» as the short name of a listed
// benefit) is still the word the asker wrote: a sentence that has it, or a word of the same meaning, says the claim, and
// is never quoted for a no.

describe('a claim whose word the sentence says as written', () => {
  it('says yes, not no, that patients or users can live at home for longer', () => {
    for (const q of [
      'Kan pasientene bo lengre hjemme med den nye løsningen?',
      'Kan pasientar bu lenger heime?',
      'Is it true that patients can live at home for longer?',
    ]) {
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(/^(Ja|Yes)$/u)]);
      expect(shown(q).text).toMatch(/bo lengre hjemme|live at home longer/u);
    }
  });

  it('still says no of the opposite direction', () => {
    expect(verdict('Blir det mindre bruk av velferdsteknologi?')).toBe('Nei');
  });
});
