import { refuses, shown } from '../support/question-answering';

describe('«Who?» alone after a yes/no question', () => {
  it('is answered by the sentence that says yes to the question, which names who', () => {
    for (const [q, start] of <[string, string][]>[
      ['Is anyone besides the municipalities doing similar planning work? Who?', 'Yes'],
      ['Is anyone else doing similar planning work? Who is it?', 'Yes'],
      ['Er det andre enn kommunene som driver et lignende planarbeid? Hvem?', 'Ja'],
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${start}\\..*Helse Midt-Norge RHF`)),
      ]);
  });

  it('still refuses it after a question the page says nothing of, and gives no verdict after a no', () => {
    refuses(['Is anyone besides the municipalities running the canteen? Who?']);
    expect(shown('Is the project office on the second floor? Who?').text).not.toMatch(/^(Yes|No)/);
  });
});
