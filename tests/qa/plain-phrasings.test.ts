import { createQuestionAnswerer } from '../../src/qa';

const { answerer } = createQuestionAnswerer('content/knowledge-base.yaml');

describe('questions written plainly, as people new to the language or the project write them', () => {
  it('answers a statement with a confirming tag at the end as a yes/no question', () => {
    for (const [q, item] of <[string, string][]>[
      ['The emergency room (legevakt) will also use the new system, yes?', 'legevakt'],
      ['Legevakta skal også bruke systemet, ikke sant?', 'legevakt'],
      ['Hjemmetjenesten er med, eller?', 'hjemmetjeneste'],
      ['Home care is part of it, right?', 'hjemmetjeneste'],
    ])
      expect([q, answerer.answer(q).direct]).toEqual([
        q,
        expect.objectContaining({ type: 'yes', item: expect.stringContaining(item) }),
      ]);
    // A comma with no tag after it is an ordinary question.
    expect(answerer.answer('Legevakta, skal den bruke systemet?').kind).toBe('answer');
  });
});
