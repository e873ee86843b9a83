import { refuses, shown } from '../support/question-answering';

describe('«the shared patient record system» in a count question names the platform', () => {
  it('answers the figure the platform is counted by', () => {
    const q = 'How many residents of Central Norway are affected by the shared patient record system?';
    const { answer, text } = shown(q);
    expect([answer.kind, answer.topicId, text]).toEqual([
      'answer',
      'omfang',
      expect.stringContaining('720 000'),
    ]);
  });

  it('still refuses what no figure counts, or a place no figure is of', () => {
    refuses([
      'How many patients are in the shared patient record system?',
      'How many residents in Molde are affected by the new patient record system?',
      'How many staff at legevakt are affected by the shared patient record system?',
    ]);
  });
});
