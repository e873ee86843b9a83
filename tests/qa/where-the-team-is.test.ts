import { shown, refuses } from '../support/question-answering';

// "where's the Helseplattformen team in Trondheim based?", "hvor holder prosjektorganisasjonen til i byen": the team of
// Helseplattformen is the project team, and the city the page speaks of is Trondheim; the address is the answer.

describe('where the project team is', () => {
  it('gives the address for the Helseplattformen team and for the project in town', () => {
    for (const q of [
      "where's the Helseplattformen team in Trondheim based? want to drop by",
      'where is the Helseplattformen team based?',
      'Hvor sitter Helseplattformteamet?',
      'hvor holder prosjektorganisasjonen til i byen',
      'kvar held prosjektorganisasjonen til i byen',
      "where's the project office in town?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bispegata 9')]);
  });

  it('reads the town as Trondheim in other questions too', () => {
    expect(shown('Hvor mange ansatte i byen får nytt verktøy?').text).toContain('7000');
  });

  it('still refuses where a body the page places nowhere is, and what the team has that the page does not give', () => {
    refuses([
      'Hvor holder samarbeidsrådet til i byen?',
      'hvor holder fagrådet til i byen',
      "where's the Helseplattformen team's canteen?",
      'Hvem er ordfører i byen?',
    ]);
  });
});
