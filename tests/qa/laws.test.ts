import { answerer, refuses } from '../support/question-answering';

// What a law says, or a rule under it: the page says nothing of any law (src/qa/law-asked.ts).

describe('a law or a rule under it', () => {
  it('refuses what a law says, named by a word for it or by its name', () => {
    refuses([
      'What is the notice period for employees under Norwegian law?',
      'Hva sier pasientjournalloven om hvem som kan lese journalen?',
      'Hva sier arbeidsmiljøloven om overtid?',
      'Kva seier lova om ferie for tilsette i kommunen?',
      'How much parental leave are employees entitled to under Norwegian law?',
    ]);
  });

  it('still answers what the project promises ("lover")', () => {
    const q = 'Hvilke kvalitetsgevinster lover prosjektet?';
    expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });
});
