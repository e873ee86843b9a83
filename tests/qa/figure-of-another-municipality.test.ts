import { verdict } from '../support/question-answering';

// «I Trondheim kommune får rundt 7000 ansatte et nytt arbeidsverktøy»: a figure the page gives of one municipality says
// nothing of another's. Asked of another municipality's staff, the bot shows the figures without saying no.

describe("a claim of another municipality's staff beside a figure of Trondheim's", () => {
  it('gets no «No», in English, bokmål and nynorsk', () => {
    for (const q of [
      'Are Molde staff affected?',
      'Er ansatte i Molde berørt?',
      'Blir dei tilsette i Bindal råka?',
    ])
      expect([q, verdict(q)]).toEqual([q, undefined]);
  });

  it('still says no to another place where the page gives the one place, and yes to the figure of Trondheim', () => {
    expect(verdict('Koordinerer Bindal kommune arbeidet?')).toBe('Nei');
    expect(verdict('Får 7000 ansatte i Trondheim nytt verktøy?')).toBe('Ja');
    expect(verdict('around 3000 Trondheim staff affected?')).toBe('No');
  });
});
