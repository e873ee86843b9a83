import { verdict } from '../support/question-answering';

// «Er det Elise Vesterhus som leder prosjektkontoret?»: a person of the page named without the middle initial the page
// gives («Elise B. Vesterhus») is that person, not another organisation the page does not know.

describe('a person named short in a cleft', () => {
  it('answers yes when the person does what the cleft says', () => {
    for (const q of [
      'Er det Elise Vesterhus som er leder for prosjektkontoret?',
      'Er det Elise Vesterhus som leiar prosjektkontoret?',
    ]) {
      expect([q, verdict(q)]).toEqual([q, 'Ja']);
    }
  });

  it('answers no when someone else does', () => {
    expect(verdict('Er det Elise Vesterhus som leder det lokale innføringsprosjektet?')).toBe('Nei');
  });
});
