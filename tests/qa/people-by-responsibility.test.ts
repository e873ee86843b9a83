import { people, refuses } from '../support/question-answering';

describe('people asked for by what they are responsible for', () => {
  it('reads «hovedansvaret» as the responsibility and «lede» as leading', () => {
    for (const q of [
      'Hvem har hovedansvaret for å lede Trondheim kommunes lokale innføringsprosjekt?',
      'Hvem skal lede prosjektet?',
      'Kven har hovudansvaret for å leie prosjektet?',
      'Who has the main responsibility for leading the project?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
    expect(people('Hvem skal lede opplæringen?')).toEqual(['May Liz Bjørnevik Tho']);
    refuses(['Hvem har hovedansvaret for kantina?', 'Hvem skal lede julebordet?']);
  });
});
