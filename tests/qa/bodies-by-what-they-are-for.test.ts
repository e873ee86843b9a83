import { people, refuses, shown } from '../support/question-answering';

// «Samarbeidsrådet for opsjonskommuner», «Regionalt fagråd for digital samhandling»: a body called by another word for a
// group but said to be for what one of them is for is that body; a group said to be for nothing, or for something
// else, is one the page does not have.

describe('a body called by what it is for', () => {
  it('answers who leads it, in any language', () => {
    for (const q of [
      'Hvem leder styringsgruppa for opsjonskommunene?',
      'Who chairs the steering committee for the option municipalities?',
      'Kven leiar styringsgruppa for opsjonskommunane?',
      'Who heads the board for the option municipalities?',
    ])
      expect([q, people(q)]).toEqual([q, ['Arne Ingebrigtsen']]);
  });

  it('counts its members and says what the page does not give', () => {
    expect(shown('Hvor mange sitter i styret for opsjonskommunene?').text).toContain('9 medlemmer');
    expect(shown('Hvem leder utvalget for digital samhandling?').answer.missing).toEqual({
      attribute: 'lead',
      subject: 'Regionalt fagråd for digital samhandling',
    });
  });

  it('still refuses a group the page does not have', () => {
    refuses([
      'How many members does the steering committee have?',
      'Hvem er nestleder i styringsgruppa?',
      'Hvem sitter i styringsgruppa for Helseplattformen?',
    ]);
  });
});

describe('a body said to be tied to something', () => {
  it('reads «tied» as the page’s «linked», and answers with the council the sentence names', () => {
    for (const q of [
      'Which council does the Samarbeidsråd want tied closely to the development of Helseplattformen?',
      'Which body should be tied closely to the development of the platform?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringContaining('Regionalt fagråd for digital samhandling'),
      ]);
    // How the municipalities are tied in is still how they take part.
    expect(shown('How are the other municipalities tied in contractually?').answer.topicId).toBe(
      'kommunene-med',
    );
    refuses(['Who is tied to the council?']);
  });
});
