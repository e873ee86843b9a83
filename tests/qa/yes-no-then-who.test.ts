import { people, shown } from '../support/question-answering';

// «Har prosjektet et eget delprosjekt for opplæring? Hvem leder det?»: a yes/no question followed by one that points
// back to what it asks of («det», "it") gets both: the yes, and the answer to the later question.

describe('a yes/no question followed by a question about the same thing', () => {
  it('says yes and answers the later question, in bokmål, nynorsk and English', () => {
    for (const [q, verdict, lead] of <[string, RegExp, string][]>[
      ['Har prosjektet et eget delprosjekt for opplæring? Hvem leder det?', /^Ja/u, 'May Liz Bjørnevik Tho'],
      ['Finst det eit delprosjekt for gevinstrealisering? Kven leiar det i så fall?', /^Ja/u, 'Øyvind Tanum'],
      ['Is there a separate subproject for the technical work? Who runs it?', /^Yes/u, 'Anne Amdal Storsve'],
    ]) {
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
      expect([q, people(q)]).toEqual([q, expect.arrayContaining([lead])]);
    }
  });
});
