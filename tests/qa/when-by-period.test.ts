import { answerer, refuses, shown } from '../support/question-answering';

// «Når …?», «Kor lenge …?» of something the page dates by no date but by the period it is done in («… fristille
// opplæringsressurser i innføringsperioden», «… oppfølging både i programperioden og etter»): the sentence that says
// so answers it. What the period is not said of, and how long the period itself lasts, stay unknown.

describe('when or how long, by the period the page says something is done in', () => {
  it('answers when training resources are freed up and how long benefits are followed up, in nb, nn and en', () => {
    for (const [q, id, said] of [
      ['Når skal opplæringsressursene fristilles?', 'opplaering', /innføringsperioden/],
      ['Når skal opplæringsressursene fristilles – i hvilken periode?', 'opplaering', /innføringsperioden/],
      ['Kva tid skal opplæringsressursane fristillast?', 'opplaering', /innføringsperioden/],
      ['When will training resources be freed up?', 'opplaering', /implementation period/],
      ['Hvor lenge skal gevinstene følges opp?', 'gevinstrealisering', /programperioden og etter/],
      ['Kor lenge skal oppfølginga av gevinstane gå?', 'gevinstrealisering', /programperioden og etter/],
      [
        'Kor lenge skal oppfølginga av gevinstane gå — berre i programperioden?',
        'gevinstrealisering',
        /programperioden og etter/,
      ],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId, text]).toEqual([q, 'answer', id, expect.stringMatching(said)]);
    }
  });

  it('still refuses when or how long of what the period is not said of', () => {
    refuses([
      'Når starter opplæringen?',
      'Hvor lenge varer innføringsperioden?',
      'Når skal opplæringsbehovet defineres?',
      'Kor lenge varer programperioden?',
      'Når skal opplæringsressursene til legevakten fristilles?',
      'How long will the training take?',
      "What is the deadline for the training subproject's plan to free up training resources?",
      'Når er fristen for å fristille opplæringsressursene?',
      'Hvilken dato skal opplæringsressursene fristilles?',
    ]);
    expect(answerer.answer('Hvor lang tid tar opplæringen?').kind).toBe('fallback');
  });
});
