import { refuses, shown } from '../support/question-answering';

// Chat is often written in lower case: the name of a place or organisation outside what the page is about is a name
// all the same, and the question about it is refused, or a claim that names it is answered no.

describe('a name from elsewhere in a message written in lower case', () => {
  it('is refused as a question about another place or organisation', () => {
    refuses([
      'which health platform does stavanger use',
      'kva journalsystem nyttar helse vest',
      'hvilken journalløsning har sykehuset østfold',
      'hvor ligger kontoret til helsedirektoratet',
      'who represents st. olavs hospital in the cooperation council',
      'er det epic som leverer helseplattformen',
    ]);
  });

  it('makes a claim that puts it in the page’s place a no', () => {
    for (const q of [
      'var det helse nord som gjennomførte anskaffelsen sammen med trondheim kommune',
      'did trondheim run the procurement together with helse nord',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text]).toEqual([q, 'answer', expect.stringMatching(/^(Nei|No)\b/u)]);
    }
  });

  it('still answers a lower-case question about the page’s own places', () => {
    for (const [q, expected] of <[string, string][]>[
      ['hvem leder samarbeidsrådet', 'Arne Ingebrigtsen'],
      ['er bindal med', 'Bindal'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
  });
});
