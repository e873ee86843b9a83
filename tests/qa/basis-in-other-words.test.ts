import { shown } from '../support/question-answering';

describe('«underpin», «underbygge»: what something underpins is what it is a basis for', () => {
  it('answers with the benefit the page says is a basis for quality and improvement work', () => {
    for (const q of [
      'What is the better operational management information meant to underpin?',
      'Hva skal bedre operativ styringsinformasjon underbygge?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId, text]).toEqual([
        q,
        'answer',
        'kvalitet',
        expect.stringMatching(/forbedringsarbeid|improvement work/),
      ]);
    }
  });
});
