import { answerer, refuses, shown } from '../support/question-answering';

// Numbers the page does not give, though it gives a figure near them: the whole staff of a municipality (its figure
// counts those who get a new tool), and the users of the platform («brukere» is no form of «bruke» when counted).

describe('whole numbers the page does not give', () => {
  it('refuses how many a municipality has in all, saying what is not given', () => {
    for (const q of [
      'Hvor mange ansatte har Trondheim kommune totalt?',
      'How many employees does Trondheim kommune have in total?',
      'Kor mange tilsette har Trondheim kommune?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'count']);
    }
  });

  it('shows, under the refusal, the figure the page does give nearby', () => {
    // (The staff who get the new tool, and the region's staff and inhabitants: what the asker can use instead.)
    for (const [q, figure] of [
      ['Hvor mange ansatte har Trondheim kommune totalt?', '7000'],
      ['How many employees does Helse Midt-Norge have?', '40 000'],
      ['Hvor mange innbyggere har Trondheim kommune?', '720 000'],
    ] as const) {
      const reply = shown(q);
      expect([q, reply.answer.kind, reply.text.includes(figure)]).toEqual([q, 'fallback', true]);
    }
  });

  it('still gives the figure of the staff who get the new tool', () => {
    for (const q of [
      'Hvor mange ansatte i Trondheim kommune får nytt arbeidsverktøy?',
      'Hvor mange ansatte har Trondheim kommune som får Helseplattformen?',
      'How many Trondheim employees get the new tool?',
    ])
      expect([q, shown(q).text.includes('7000')]).toEqual([q, true]);
  });

  it('refuses how many users the platform has, naming the users', () => {
    for (const q of [
      'Hvor mange brukere får Helseplattformen i Midt-Norge totalt?',
      'Kor mange brukarar får Helseplattformen?',
      'Hvor mange brukere har Helseplattformen?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'count']);
    }
    refuses(['How many users will Helseplattformen have?']);
  });

  it('still answers a question of the users living at home longer', () => {
    expect(shown('Kan brukarane bu lenger heime med Helseplattformen?').text).toContain('velferdsteknologi');
  });
});
