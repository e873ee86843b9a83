import { refuses, shown } from '../support/question-answering';

// «Hvilken skole …?»: the page's one school is the one that once housed the project's premises. Asked of another
// thing the page names (Bindal), the same word is no answer.

describe('which one of a thing the topic has only as a word of its name', () => {
  it('refuses when another word of the question names something else the page has', () => {
    refuses(['Hvilken skole går barna i Bindal på?', 'Which school do the kids in Bindal attend?']);
  });

  it('still answers the school of the premises, and which subproject a person leads', () => {
    for (const [q, said] of [
      ['Hvilken skole lå i bygget der prosjektet holder til?', 'Kalvskinnet skole'],
      ['Which school used to be in the project’s building?', 'Kalvskinnet skole'],
      ['Hvilket delprosjekt leder Line?', 'Funksjonalitet'],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(said)]);
  });
});
