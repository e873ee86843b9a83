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

  it('counts a yes/no answer that opens with the opposite verdict as wrong, though the expected words appear', () => {
    const report = scoreAnswers(
      [
        { q: 'Er Bindal i Trøndelag?', cat: 'yesno', expect: [['Nei', 'No'], 'Nordland'] },
        { q: 'Is Bindal in Trøndelag?', cat: 'yesno', expect: [['Nei', 'No'], 'Nordland'] },
        { q: 'Er Bindal med?', cat: 'yesno', expect: [['Ja', 'Yes'], 'Bindal'] },
        { q: 'Ligger Bindal i Nordland?', cat: 'yesno', expect: [['Ja', 'Yes'], 'Nordland'] },
      ],
      [
        { kind: 'answer', text: 'Ja: «Bindal kommune i Nordland (opsjonsavtale)» står i listen.' },
        { kind: 'answer', text: 'No. The page says: “Bindal in Nordland”.' },
        { kind: 'answer', text: 'Kommunene som er med: Bindal i Nordland (ja, med opsjonsavtale)' },
        { kind: 'answer', text: 'Ja, Bindal ligger i Nordland.' },
      ],
    );
    expect(report.answerable.ok).toBe(3);
    expect(report.misses.map((m) => m.q)).toEqual(['Er Bindal i Trøndelag?']);
    expect(report.verdicts).toEqual({ right: 2, none: 1, opposite: 1 });
  });
});
