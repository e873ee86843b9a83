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

  it('still refuses a figure of something the page does not count', () => {
    refuses(['Får 5000 ansatte i Trondheim kommune ny lønn?', 'Har 5000 ansatte i Trondheim fått ny PC?']);
  });
});
