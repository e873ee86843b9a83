import { people, refuses, shown } from '../support/question-answering';

// What a person does and where they come from, asked in other words: their staff unit («stab»), what they do for a
// living, and who on the team comes from a unit the page names one person from.

describe('a person’s unit and work in other words', () => {
  it('answers the staff unit («stab») a person belongs to', () => {
    for (const q of ['Kva stab høyrer Øyvind Tanum til?', 'Hvilken stab kommer Ola Skorstad fra?'])
      expect([q, shown(q).text.includes('Rådmannens fagstab')]).toEqual([q, true]);
  });

  it('answers what a person does for a living with their role', () => {
    expect(shown('What does Evelyn Haram Larsen do, job-wise?').text).toContain('SSIKT');
    expect(shown('What does Bjørn Buan do for a living?').text).toContain('SiO');
  });

  it('names the one person on the team from a unit', () => {
    for (const q of [
      'Who on the Trondheim implementation team comes from the IT service (IT-tjenesten)?',
      'Who in the project is from the HR service (Personaltjenesten)?',
    ])
      expect([q, people(q).length]).toEqual([q, 1]);
    expect(
      people('Who on the Trondheim implementation team comes from the IT service (IT-tjenesten)?'),
    ).toEqual(['Anne Amdal Storsve']);
  });

  it('answers a person asked for as a woman by their role', () => {
    expect(
      people('Who is the woman responsible for communication in the Trondheim implementation project?'),
    ).toEqual(['Tone Fagerholt']);
  });

  it('answers which town someone is from with the municipality of their role', () => {
    for (const [q, name, place] of <[string, string, string][]>[
      ['Which town is Arne Ingebrigtsen from?', 'Arne Ingebrigtsen', 'Kristiansund'],
      [
        'who chairs the council of option municipalities, and which town is he from',
        'Arne Ingebrigtsen',
        'Kristiansund',
      ],
      ['What town does Torunn Austheim work in?', 'Torunn Austheim', 'Steinkjer'],
    ]) {
      expect([q, people(q)]).toEqual([q, [name]]);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(place)]);
    }
    refuses(['Where is the town hall in Molde?']);
  });

  it('still refuses a unit the page does not give, and how many a unit employs or who leads it', () => {
    refuses([
      'How many women are on the council?',
      'Hvor mange kvinner sitter i samarbeidsrådet?',
      'Kva stab høyrer Tone Fagerholt til?',
      'Kor mange tilsette har IT-tenesta?',
      'Hvem leder IT-tjenesten i Trondheim kommune?',
    ]);
  });
});
