import { people, refuses } from '../support/question-answering';

// Whom information or news goes out to (parents, pupils, residents) says nothing of what it is about: the
// communications lead answers for information to any of them. What the information is about still counts.

describe('information for a group of people', () => {
  it('is asked of the communications lead, whoever it goes out to', () => {
    for (const q of [
      'Hvem kan jeg kontakte om informasjon om prosjektet som skal ut til foreldre og elever',
      'Kven kan eg kontakte om informasjon til foreldre og elevar?',
      'Hvem kan jeg snakke med om informasjon til innbyggerne?',
      'Who is the press contact for information to residents?',
    ])
      expect([q, people(q)]).toEqual([q, ['Tone Fagerholt']]);
  });

  it('still refuses what the information is about when the page does not hold it, and other things for the group', () => {
    refuses([
      'Hvem sender informasjon til foreldre om skolestart?',
      'Hvem kan jeg kontakte om informasjon til foreldre om lønn?',
      'Hvem gir opplæring til pasienter?',
      'Hvilken informasjon får foreldre?',
      'Hvem kan jeg kontakte om foreldre?',
    ]);
  });
});
