import { answerer, shown, refuses } from '../support/question-answering';

// "Vi i Møre og Romsdal lurer: kva kommunar derifrå er representerte i samarbeidsrådet?": «derifrå» points back to the
// place named, as «der» does; "reps" are representatives.

describe('the council asked of by a place named before, and of its reps', () => {
  it('answers which municipalities «derfra» sit in the council with its members', () => {
    for (const q of [
      'Vi i Møre og Romsdal lurer: kva kommunar derifrå er representerte i samarbeidsrådet?',
      'Eg jobbar i Møre og Romsdal. Kva kommunar derifrå er representerte i samarbeidsrådet?',
      'Jeg jobber i Trøndelag. Hvilke kommuner derfra sitter i samarbeidsrådet?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'samarbeidsradet']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kristiansund')]);
    }
  });

  it('reads reps as representatives', () => {
    const q = 'Is the cooperation council only Trøndelag people, or does it have reps from the whole region?';
    expect(shown(q).text).toMatch(/^No\..*whole region/);
    expect(shown('Who is the rep from Molde?').text).toContain('Arne Sverre Dahl');
  });

  it('still refuses a place the page does not know, and reps the page does not name', () => {
    refuses([
      'Vi i Bergen lurer: kven derifrå er i samarbeidsrådet?',
      'Is there a rep from Bergen on the council?',
      'Who is the sales rep for the vendor?',
    ]);
  });
});
