import { scoreAnswers } from '../../src/qa/evaluation';

describe('evaluation scoring', () => {
  it('needs every expected fact, no forbidden one, and a fallback where one is due', () => {
    const report = scoreAnswers(
      [
        { q: 'a', cat: 'contact', expect: ['Skorstad'], forbid: ['Vesterhus'] },
        { q: 'b', cat: 'contact', expect: [['7000', '7 000']] },
        { q: 'c', cat: 'contact', expect: ['Skorstad'], forbid: ['Vesterhus'] },
        { q: 'd', cat: 'out_of_scope', fallback: true },
      ],
      [
        { kind: 'answer', text: 'Ola Skorstad leder' },
        { kind: 'answer', text: 'rundt 7 000 ansatte' },
        { kind: 'answer', text: 'Skorstad og Vesterhus' },
        { kind: 'answer', text: 'noe' },
      ],
    );
    expect(report.answerable).toEqual({ ok: 2, total: 3, percent: 200 / 3 });
    expect(report.outOfScope).toEqual({ ok: 0, total: 1 });
  });
});
