import { people, refuses } from '../support/question-answering';

describe('who of two or more places joined by «og»/«and»', () => {
  it('answers with the one person of each place whose role fits', () => {
    expect(people('Hvem er rådmann i Molde og Steinkjer?')).toEqual(['Arne Sverre Dahl', 'Torunn Austheim']);
    expect(people('Kven frå verdal og indre fosen sit i samarbeidsrådet?')).toEqual([
      'Ragnhild Holmberg Aunsmo',
      'Vigdis Bolås',
    ]);
    expect(people('Who are the council members from Kristiansund, Molde and Steinkjer?')).toEqual([
      'Arne Ingebrigtsen',
      'Arne Sverre Dahl',
      'Torunn Austheim',
    ]);
  });

  it('names no one of a place with no member of the body asked about', () => {
    expect(people('Hvem fra Trondheim og Molde sitter i samarbeidsrådet?')).not.toContain('Helge Garåsen');
    refuses(['Hvem er rådmann i Molde og Bergen?']);
  });
});
