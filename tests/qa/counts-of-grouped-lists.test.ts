import { refuses, shown } from '../support/question-answering';

// A list whose items stand under headings (the municipal benefits under quality, efficiency and economy): counted by a
// word for its items, every item under the headings is counted; by a word for the headings, the headings are.

describe('counts of a list under headings', () => {
  it('counts every benefit under all three categories, with the number under each', () => {
    for (const q of [
      'Kor mange kommunale gevinstar er nemnde til saman, alle kategoriane medrekna?',
      'Hvor mange gevinster er listet opp?',
      'Hvor mange gevinster er nevnt totalt, medregnet alle kategoriene?',
      'Kor mange gevinstar er det i alt?',
      'How many benefits are listed in total?',
      'How many benefits are mentioned altogether, including all categories?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.direct]).toEqual([
        q,
        'answer',
        expect.objectContaining({ type: 'count', count: 10 }),
      ]);
      expect([q, /Økonomi|Economy/.test(text) && text.includes('4')]).toEqual([q, true]);
    }
  });

  it('counts the categories when asked how many categories or groups there are', () => {
    for (const q of [
      'Into how many groups are the expected municipal benefits sorted?',
      'Hvor mange gevinstområder er satt opp for kommunene?',
      'Hvor mange hovedkategorier er de kommunale gevinstene delt inn i?',
      'Kor mange kategoriar er gevinstane delte inn i?',
      'Hvor mange typer gevinster finnes?',
    ]) {
      const { answer } = shown(q);
      expect([q, answer.kind, answer.direct]).toEqual([
        q,
        'answer',
        expect.objectContaining({ type: 'count', count: 3 }),
      ]);
    }
  });

  it('counts the benefits of one category as before', () => {
    const { answer } = shown('Hvor mange gevinster er listet under økonomi?');
    expect(answer.direct).toMatchObject({ type: 'count', count: 4 });
  });

  it('counts the points under one heading when asked by a word for the points', () => {
    for (const [q, count] of [
      ['How many points are listed under the economic benefits?', 4],
      ['How many bullet points are under efficiency?', 3],
      ['Kor mange punkt er lista under kvalitet?', 3],
      ['Hvor mange kulepunkter står under økonomi?', 4],
      ['How many items are listed under the aims of benefits realisation?', 4],
      ['How many points are listed under the council members?', 9],
    ] as const) {
      const { answer } = shown(q);
      expect([q, answer.kind, answer.direct]).toEqual([
        q,
        'answer',
        expect.objectContaining({ type: 'count', count }),
      ]);
    }
  });

  it('counts what is said to be «oppført» (listed) as what the page lists', () => {
    expect(shown('Hvor mange medlemmer er oppført i samarbeidsrådet?').text).toContain('har 9 medlemmer.');
    expect(shown('Kor mange medlemer er oppført i samarbeidsrådet?').text).toContain('har 9 medlemer.');
    expect(shown('Er Helge Garåsen oppført som medlem av samarbeidsrådet?').text).toMatch(/^Nei\./);
  });

  it('still refuses a count of points under something the page has no list of', () => {
    refuses(['How many points are listed under hospitals?', 'How many points does the supplier get?']);
  });

  it('still refuses a count of benefits the page does not list', () => {
    refuses([
      'Hvor mange gevinster har Helse Vest beregnet?',
      'How many benefits did Oslo report last year?',
    ]);
  });
});
