import { refuses, shown } from '../support/question-answering';

// The headings of a list on the page, asked by a word for headings or main categories.

describe('the headings of a list', () => {
  it('answers the categories of the municipal benefits, asked by a word for heading', () => {
    for (const q of [
      'Hvilke hovedoverskrifter er de kommunale gevinstene delt inn i?',
      'Hvilke tre hovedkategorier er de kommunale gevinstene delt inn i?',
      'Kva overskrifter har dei kommunale gevinstane?',
      'Under which headings are the municipal benefits listed?',
    ]) {
      const text = shown(q).text;
      expect([q, /Kvalitet|Quality/.test(text) && /Økonomi|Economy/.test(text)]).toEqual([q, true]);
    }
  });

  it('answers the heading an item stands under, asked in what context it is mentioned', () => {
    for (const [q, heading] of [
      ['Under which heading is welfare technology mentioned, and in what context?', /Economy/],
      ['I hvilken sammenheng nevnes velferdsteknologi?', /Økonomi/],
      ['I kva samanheng er medisinlister nemnde?', /Effektivitet/],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, heading.test(text)]).toEqual([q, 'answer', true]);
    }
    refuses(['I hvilken sammenheng nevnes kunstig intelligens?', 'In what context is blockchain mentioned?']);
  });

  it('still refuses the heading of something the page does not have', () => {
    refuses(['Hva er overskriften på nyhetsbrevet?', 'What is the heading of the newsletter?']);
  });
});
