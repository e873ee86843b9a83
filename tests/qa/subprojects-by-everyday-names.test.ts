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

  it('reads a subproject named right after the role of its lead, or as a stream of the work, as that subproject', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Kven er delprosjektleiar teknisk?', 'Anne Amdal Storsve'],
      ['hvem er delprosjektleder opplaering', 'May Liz Bjørnevik Tho'],
      ['Who runs the technical stream?', 'Anne Amdal Storsve'],
      ['Who is the lead of the functionality stream?', 'Line Kristoffersen'],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
    refuses(['Hvem er delprosjektleder kommunikasjon?']);
  });

  it('answers who leads the subproject a sentence before names, in the place where it is, and no other', () => {
    for (const [q, lead] of <[string, string][]>[
      [
        'Jeg skriver masteroppgave om opplæring. Hvem leder det delprosjektet i Trondheim?',
        'May Liz Bjørnevik Tho',
      ],
      [
        "I'm doing a dissertation on benefits realisation. Who leads that subproject in Trondheim?",
        'Øyvind Tanum',
      ],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
    refuses(['Jeg skriver masteroppgave om opplæring. Hvem leder det delprosjektet i Molde?']);
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
