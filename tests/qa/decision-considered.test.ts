import { shown } from '../support/question-answering';

// A body that is to consider («behandle», "consider") a matter the page says it decides is checked as deciding it.

describe('a claim that the city council considers the part-ownership on a date', () => {
  it('is answered no with the page’s date when the date is another, yes when it is the same', () => {
    for (const [q, start] of <[string, string][]>[
      ['Er det riktig at bystyret skal behandle deleierskapet 15. september?', 'Nei'],
      ['Will the city council consider the part-ownership on 15 September?', 'No'],
      ['Skal bystyret behandle deleierskapet 29. august?', 'Ja'],
      ['Skal bystyret handsame deleigarskapet 29. august?', 'Ja'],
    ]) {
      const text = shown(q).text;
      expect([q, text.startsWith(start), text]).toEqual([q, true, expect.stringContaining('29. august')]);
    }
  });

  it('still checks the option against the turn of the year the page gives', () => {
    expect(shown('Skal bystyret behandle opsjonen ved årsskiftet 2019/2020?').text).toMatch(/^Nei\b/u);
    expect(shown('Skal bystyret behandle opsjonen ved årsskiftet 2018/2019?').text).toMatch(/^Ja\b/u);
  });
});
