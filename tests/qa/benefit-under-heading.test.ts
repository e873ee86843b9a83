import { answerer, refuses, shown } from '../support/question-answering';

// Whether a benefit stands under the heading a yes/no question names: yes with it, or no with the heading it is under.

describe('a benefit asked of under a heading', () => {
  it('answers no, with the heading the benefit does stand under', () => {
    for (const [q, heading] of <[string, string][]>[
      ["Is 'fewer unnecessary admissions' listed as a quality benefit?", 'Economy'],
      ['Står «færre unødvendige innleggelser» under kvalitet?', 'Økonomi'],
      ['Is stronger patient safety an economic benefit?', 'Quality'],
      ['Hører velferdsteknologi til effektivitet?', 'Økonomi'],
      ['Er styrkt pasienttryggleik ført opp under dei økonomiske gevinstane?', 'Kvalitet'],
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type === 'claimChecked' && answer.direct.yes, text]).toEqual([
        q,
        false,
        expect.stringContaining(heading),
      ]);
    }
  });

  it('answers yes with the benefit under the heading named', () => {
    for (const q of [
      'Er mindre tid på å samstemme medisinlister en effektivitetsgevinst?',
      'Er styrket pasientsikkerhet en kvalitetsgevinst?',
    ])
      expect([q, shown(q).answer.direct?.type]).toEqual([q, 'yes']);
  });

  it('still refuses a benefit the page does not list', () => {
    refuses(['Is shorter waiting time listed as a quality benefit?']);
  });
});

describe('a benefit asked for by what it is about', () => {
  it('answers with that benefit under its heading, not every benefit', () => {
    for (const [q, benefit, other] of <[string, string, string][]>[
      ['Which listed benefit concerns medication?', 'medisinlister', 'meldinger'],
      ['Kva for ein gevinst handlar om velferdsteknologi?', 'velferdsteknologi', 'innleggelser'],
      ['Hvilken gevinst gjelder pasienttransport?', 'pasienttransportkostnader', 'innleggelser'],
      ['What benefit has to do with messages?', 'meldinger', 'medisinlister'],
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text.includes(benefit), text.includes(other)]).toEqual([
        q,
        'answer',
        true,
        false,
      ]);
    }
  });

  it('still answers every benefit of a heading that is named', () => {
    const text = shown('Hvilke gevinster gjelder kvalitet?').text;
    expect(text).toContain('Styrket pasientsikkerhet');
    expect(text).toContain('behandlingsforløp');
    expect(answerer.answer('Which benefit concerns patient safety?').topicId).toBe('kvalitet');
  });
});

describe('what is gained from a heading of the benefits', () => {
  it('answers with the benefits under it, however the gain is asked for', () => {
    for (const [q, benefit] of <[string, string][]>[
      ['hva vinner vi på effektivitet?', 'Mindre tidsbruk på meldinger'],
      ['Hva tjener vi på effektivitet?', 'Mindre tidsbruk på meldinger'],
      ['Kva vinn vi på kvalitet?', 'Styrket pasientsikkerhet'],
    ])
      expect([q, shown(q).text.includes(benefit)]).toEqual([q, true]);
  });

  it('still refuses a gain the page does not name', () => {
    refuses(['Hva vinner vi på å bytte leverandør av lønnssystem?', 'Hvem vinner fotball-VM?']);
  });
});

describe('a benefit asked of after words that say why', () => {
  it('says yes with the benefit when the words before the question are about the benefits it is one of', () => {
    for (const [q, start] of [
      [
        'New health secretary here, I spend ages chasing messages. Is less time spent on messages one of the expected gains?',
        'Yes',
      ],
      ['Jeg bruker mye tid på meldinger i dag. Er mindre tidsbruk på meldinger en av gevinstene?', 'Ja'],
      ['Eg brukar mykje tid på meldingar. Er mindre tid på meldingar ein av gevinstane?', 'Ja'],
    ] as const)
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${start}.*(messages|meldinger)`)),
      ]);
  });

  it('still refuses a benefit the page does not name, after the same words', () => {
    refuses([
      'I spend ages chasing messages. Is less time spent on coffee one of the expected gains?',
      'I spend ages chasing messages. Is a bigger salary one of the expected gains?',
    ]);
  });
});
