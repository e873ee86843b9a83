import { people, refuses } from '../support/question-answering';

describe('«SR», the short form for the cooperation council', () => {
  it('answers members of the council asked by where they are from or what they are', () => {
    expect(people('Hvem fra Orkland er med i SR?')).toEqual(['Bjørn Buan']);
    expect(people('Hvilke kommuner har rådmannen sin med i SR?')).toHaveLength(6);
  });

  it('still refuses a municipality with no member on it', () => {
    refuses(['Hvem fra Oppdal er med i SR?', 'Hvem fra Bergen er med i SR?']);
  });
});
