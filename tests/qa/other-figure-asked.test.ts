import { refuses, shown } from '../support/question-answering';

// «Rundt 7000 ansatte i Trondheim kommune vil få et nytt arbeidsverktøy»: asked whether another figure is so, the
// page's own figure answers it.

describe('a yes/no question that gives another figure than the page', () => {
  it('answers with the fact whose figure says what it is', () => {
    for (const [q, figure] of <[string, string][]>[
      ['Får 5000 ansatte i Trondheim kommune nytt arbeidsverktøy?', '7000'],
      ['Er det 5000 ansatte i Trondheim som får nytt arbeidsverktøy?', '7000'],
      ['Do 9000 staff in Trondheim get a new working tool?', '7000'],
      ['Er det 500 000 innbyggere som berøres?', '720 000'],
    ])
      expect([q, shown(q).text.includes(figure)]).toEqual([q, true]);
  });

  it('counts the last part of a compound, or what the page counts in other words, and says yes or no', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Stemmer det at omtrent 5000 kommuneansatte i Trondheim får nytt arbeidsverktøy?',
        'Nei. Siden sier: «Rundt 7000',
      ],
      ['Stemmer det at om lag 30 000 tilsette vert råka av det nye journalsystemet?', 'over 40 000 ansatte'],
      ['Is it true that 50 000 staff are affected?', 'No. The page says: “The shared health record system'],
      ['Får 6000 medarbeidarar i Trondheim kommune nytt verktøy?', 'Nei.'],
      ['Er det 40 000 innbyggere som berøres?', 'Nei.'],
      ['Er det 720 000 innbyggere som berøres?', 'Ja. Siden sier:'],
      ['Får rundt 7000 medarbeidere i Trondheim nytt verktøy?', 'Ja. Siden sier: «Rundt 7000'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says neither yes nor no when the figure asked is what the page counts of something else', () => {
    expect(shown('Er det 720 000 tilsette som vert råka?').answer.direct).toBeUndefined();
  });

  it('still refuses a figure of something the page does not count', () => {
    refuses(['Får 5000 ansatte i Trondheim kommune ny lønn?', 'Har 5000 ansatte i Trondheim fått ny PC?']);
  });
});
