import { people } from '../support/question-answering';

// A later question that points back to the person the first one answers («she», «hun») asks of that person.

describe('a follow-up about the person the first question answers', () => {
  it('is asked of that person, not of what its own words match', () => {
    for (const q of [
      'Who represents Hareid on the council, and which organisation does she lead projects for?',
      'Hvem representerer Hareid i rådet, og hvilken organisasjon leder hun prosjekter for?',
    ])
      expect([q, people(q)]).toEqual([q, ['Evelyn Haram Larsen']]);
  });

  it('leaves a later question about the body the first one names asked of the body', () => {
    const q = 'Who heads the council, and who is the kommuneoverlege on it?';
    expect(people(q)).toEqual(expect.arrayContaining(['Arne Ingebrigtsen', 'Ragnhild Holmberg Aunsmo']));
  });
});
