import { refuses, shown } from '../support/question-answering';

// «Er sykehusene holdt utenfor det felles journalsystemet?»: the page says the shared record system is for
// municipalities, hospitals and GPs; a question that says one of them is left out gets no, with that sentence.

describe('a yes/no question that says something is left out of what the page says it is part of', () => {
  it('is answered no with the sentence, in bokmål, nynorsk and English', () => {
    for (const [q, verdict, said] of <[string, RegExp, RegExp][]>[
      ['Er sykehusene holdt utenfor det felles journalsystemet?', /^Nei/u, /sykehus/u],
      ['Stemmer det at sykehusa ikkje er med i det felles journalsystemet?', /^Nei/u, /sykehus/u],
      ['Are the hospitals excluded from the shared record system?', /^No/u, /hospitals/u],
    ]) {
      const text = shown(q).text;
      expect([q, text]).toEqual([q, expect.stringMatching(verdict)]);
      expect([q, text]).toEqual([q, expect.stringMatching(said)]);
    }
  });

  it('leaves a choice between the two, a place outside another and a place the page does not know as before', () => {
    expect(shown('Er sykehusene med i det felles journalsystemet, eller står de utenfor?').text).not.toMatch(
      /^Nei/u,
    );
    expect(shown('Er Bindal med selv om kommunen ligger utenfor Trøndelag?').text).toMatch(/^Ja/u);
    refuses(['Er Stavanger holdt utenfor?']);
  });
});
