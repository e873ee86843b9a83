import { answerer, refuses } from '../support/question-answering';

// Another project than the page's, named in English by the words before "project" (a building, a hall): those words
// are words of their own, not misspelt filler ("hall" is no "hallo").

describe('another project named by the building it is for', () => {
  it('refuses who leads a city hall, concert hall or fire station project', () => {
    refuses([
      'Who leads the new city hall project?',
      'Who leads the concert hall project in Molde?',
      'Who manages the sports hall project at Byåsen?',
      'Who is in charge of the new fire station project in Trondheim?',
      'Hvem leder prosjektet for ny idrettshall i Trondheim?',
    ]);
  });

  it('still answers who leads the page’s own project, and a total of those it affects', () => {
    expect(answerer.answer('Who leads the local project?').topicId).toMatch(
      /innforingsprosjektet|ola-skorstad/,
    );
    expect(answerer.answer('Who leads the project office?').topicId).toMatch(
      /prosjektkontoret|elise-vesterhus/,
    );
    const q = 'How many employees in total are touched by the shared record system?';
    expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });
});
