import { answerer, shown } from '../support/question-answering';

// "Hva er Trondheim kommunes rolle overfor de øvrige kommunene?": what one does towards the others is said by the
// sentence with its name and a word for the others: Trondheim kommune coordinates the work with them.

describe('what Trondheim kommune does towards the other municipalities', () => {
  it('answers with the sentence that it coordinates the work', () => {
    for (const q of [
      'Hva er Trondheim kommunes rolle overfor de øvrige kommunene?',
      'Hva gjør Trondheim kommune overfor de andre kommunene?',
      'Kva gjer Trondheim kommune overfor dei andre kommunane?',
      "What is Trondheim kommune's role towards the other municipalities?",
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'koordinering']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/koordinerer|coordinates/)]);
    }
  });

  it('answers who coordinates the work with the others in the region by that sentence, not by the council', () => {
    for (const q of [
      'Who coordinates with the other municipalities across the region?',
      'Hvem koordinerer arbeidet opp mot de øvrige kommunene i regionen?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'koordinering']);
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/Trondheim kommune (koordinerer|coordinates)/),
      ]);
    }
  });

  it('keeps the option agreements for how the others take part', () => {
    expect(answerer.answer('Hvordan er de andre kommunene med i arbeidet?').topicId).toBe('kommunene-med');
  });

  it('gives no coordination for others the sentence does not name', () => {
    const q = 'Hva er Trondheim kommunes rolle overfor de andre sykehusene?';
    expect(answerer.answer(q).topicId).not.toBe('koordinering');
  });
});
