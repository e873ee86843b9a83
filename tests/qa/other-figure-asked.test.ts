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

  it('checks a figure whose word for what it counts is left out against the sentence it is asked of', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'stemmer det at det er rundt 5000 i trondheim kommune som får nytt verktøy',
        'Nei. Siden sier: «Rundt 7000',
      ],
      [
        'stemmer det at det er rundt 7000 i trondheim kommune som får nytt verktøy',
        'Ja. Siden sier: «Rundt 7000',
      ],
      ['Er det 30 000 som blir berørt?', 'Nei. Siden sier: «Det felles journalsystemet'],
      ['Er det 40 000 som blir berørt?', 'Ja. Siden sier: «Det felles journalsystemet'],
      // («Bur», nynorsk for «bor», opens a yes/no question.)
      ['bur det om lag 500 000 innbyggarar i området som blir berørt?', '720 000 innbyggere'],
      ['Bor det 720 000 innbyggere i regionen?', 'Ja. Siden sier'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    expect(shown('bur det om lag 500 000 innbyggarar i området som blir berørt?').text).toMatch(/^Nei\./);
    refuses(['Er det 5000 i Trondheim kommune som får lønnsøkning?', 'Er det 40 000 som får ny PC?']);
  });

  it('says no when the figure asked is what the page counts of something else', () => {
    expect(shown('Er det 720 000 tilsette som vert råka?').text).toMatch(
      /^Nei\. Sida seier: «.*40 000 ansatte/u,
    );
  });

  it('still refuses a figure of something the page does not count', () => {
    refuses(['Får 5000 ansatte i Trondheim kommune ny lønn?', 'Har 5000 ansatte i Trondheim fått ny PC?']);
  });
});

describe('an amount said in words', () => {
  it('says yes when the page’s figure is within it, and no when it is not', () => {
    for (const [q, start, figure] of <[string, string, string][]>[
      ['Stemmer det at det er snakk om titusenvis av ansatte totalt i Midt-Norge?', 'Ja.', '40 000'],
      ['Får flere tusen ansatte i Trondheim kommune nytt arbeidsverktøy?', 'Ja.', '7000'],
      ['Will several thousand staff in Trondheim kommune get a new work tool?', 'Yes.', '7000'],
      ['Får titusenvis av ansatte i Trondheim kommune nytt arbeidsverktøy?', 'Nei.', '7000'],
      ['Er det titusenvis av innbyggere som berøres?', 'Nei.', '720 000'],
    ])
      expect([q, shown(q).text.startsWith(start), shown(q).text]).toEqual([
        q,
        true,
        expect.stringContaining(figure),
      ]);
  });

  it('still refuses an amount of what the page does not count', () => {
    refuses(['Får titusenvis av ansatte gratis lunsj?']);
  });
});
