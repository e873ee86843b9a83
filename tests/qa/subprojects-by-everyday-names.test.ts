import { answerer, people, refuses } from '../support/question-answering';

describe('subprojects asked for by everyday names', () => {
  it('reads a group or team named by a subproject’s own name as that subproject when asked who leads it', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Hvem leder opplæringsgruppa?', 'May Liz Bjørnevik Tho'],
      ['Who heads the training group?', 'May Liz Bjørnevik Tho'],
      ['Kven leiar gevinstrealiseringsgruppa?', 'Øyvind Tanum'],
      ['Hvem leder den tekniske gruppen?', 'Anne Amdal Storsve'],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
  });

  it('keeps bodies the page does not have, and members of a subproject, refused', () => {
    refuses([
      'Hvem leder styringsgruppa?',
      'Hvem leder ledergruppen?',
      'Who chairs the steering committee?',
      'Hvem sitter i opplæringsgruppa?',
      'Hvem leder IT-gruppa?',
    ]);
    // Named as written, once.
    expect(answerer.answer('Hvem leder IT-gruppa?').missing?.subject).toBe('IT-gruppa');
  });
});
