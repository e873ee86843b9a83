import { answerer, refuses, shown } from '../support/question-answering';

// «Jeg bor i Bindal. Er vi med på Helseplattformen?»: where the asker lives says where they are, as where they work
// does; «vi» is then that place, when the page knows it.

describe('an introduction that says where the asker lives', () => {
  it('reads «vi» and "we" as the place it names, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Jeg bor i Bindal. Er vi med på Helseplattformen?',
      'Eg bur i Bindal. Er vi med i arbeidet?',
      'I live in Bindal. Are we part of Helseplattformen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\b.*Bindal/su)]);
  });

  it('still answers what it asks of something else, and refuses what the page does not say of the place', () => {
    expect(shown('Jeg bor i Trondheim. Hvem leder prosjektkontoret?').text).toContain('Elise B. Vesterhus');
    refuses([
      'Jeg bor i Bindal. Hvem er kommuneoverlege hos oss?',
      'Jeg bor i Bergen. Er vi med på Helseplattformen?',
    ]);
    expect(answerer.answer('Jeg bor i Bindal. Hvor mange innbyggere har vi?').kind).toBe('fallback');
  });
});
