import { people } from '../support/question-answering';

// «Kven bør eg sende journalisten vidare til?»: a journalist passed on goes to the project's press contact.

describe('a journalist passed on', () => {
  it('goes to the press contact, in nynorsk and English', () => {
    expect(people('Ein journalist ringde meg i går. Kven i prosjektet skal eg vise han vidare til?')).toEqual(
      ['Tone Fagerholt'],
    );
    expect(people('Who in the project should I forward a journalist to?')).toEqual(['Tone Fagerholt']);
  });
});
