import { answerer, shown, refuses } from '../support/question-answering';

// "Hvor kan jeg følge Trondheim kommunes arbeid med Helseplattformen?": where one follows the work is what the page
// says follows it, Trondheim kommune's own web pages.

describe('where the work is followed', () => {
  it('answers with the web pages that follow the work', () => {
    for (const q of [
      'Hvor kan jeg følge Trondheim kommunes arbeid med Helseplattformen?',
      'Kvar kan eg følgje arbeidet med Helseplattformen?',
      'Hvor følger man arbeidet i Trondheim kommune?',
      'Where can I follow the work on Helseplattformen?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'nettsider']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/nettsider|web pages/)]);
    }
  });

  it('still refuses following something the page does not speak of', () => {
    refuses(['Hvor kan jeg følge arbeidet med lønnsoppgjøret?', 'Where can I follow the budget talks?']);
  });
});

describe('keeping track of the work, in English', () => {
  it('is following it: where it is kept track of, and whether web pages track it', () => {
    for (const q of [
      'Where can I keep track of the work on Helseplattformen?',
      'Hvor kan eg følgje med på arbeidet med Helseplattformen?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'nettsider']);
    for (const q of [
      'Does Trondheim kommune have web pages that keep track of the work?',
      'Are there web pages tracking the work on Helseplattformen?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^Yes\. The page says: “Trondheim kommune has its own web pages/u),
      ]);
  });

  it('still refuses keeping track of what the page does not speak of', () => {
    refuses([
      'Where can I keep track of my hours?',
      'Who keeps track of the budget?',
      'Does Trondheim kommune have an app tracking the work?',
    ]);
  });
});
