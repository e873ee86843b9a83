import { answerer, refuses } from '../support/question-answering';

// "Kven skal saman vere med og utvikle Helseplattformen slik at ho passar for kommunane?", "The draft plan about how we
// municipalities help shape the system so it fits our work, what does it cover?": a system that fits the work
// supports it, shaping it is developing it, and the planned work is the plan's; the plan for municipal functionality
// answers.

describe('the plan for municipal functionality in other words', () => {
  it('answers with the plan', () => {
    for (const q of [
      'Kven skal saman vere med og utvikle Helseplattformen slik at ho passar for kommunane?',
      'Hvem skal sammen utvikle Helseplattformen slik at den passer for kommunene?',
      'The draft plan about how we municipalities help shape the system so it fits our work, what does it cover?',
      'Who helps shape Helseplattformen so it fits the municipalities?',
      'What does the planned work on municipal functionality consist of?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'funksjonalitetsplan']);
  });

  it('still refuses whether it fits someone, and planned work the page does not speak of', () => {
    refuses([
      'Passer Helseplattformen for fastlegene?',
      "Does the system fit the GPs' needs?",
      'What does the planned work on the canteen consist of?',
      'Hvem passer på barna?',
    ]);
  });
});
