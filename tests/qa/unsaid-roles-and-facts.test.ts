import { answerer, people, refuses } from '../support/question-answering';

describe('who leads an organisation someone on the page only comes from', () => {
  it('refuses the lead of an organisation by the name the role spells out for it, in any form', () => {
    refuses([
      'Hvem leder Kommunenes Sentralforbund?',
      'Kven leiar Kommunanes Sentralforbund?',
      'Who leads KS (Kommunenes Sentralforbund) nationally?',
      'Who heads Kommunenes Sentralforbund Trøndelag?',
    ]);
    // Who comes from it, or represents it, the page does say.
    expect(people('Hvem representerer Kommunenes Sentralforbund?')).toEqual(['Ole Gunnar Kjøsnes']);
    expect(people('Hvem er fra KS?')).toEqual(['Ole Gunnar Kjøsnes']);
    expect(people('Hvem leder Samarbeidsrådet?')).toEqual(['Arne Ingebrigtsen']);
  });
});

describe('the year of something the page dates without one', () => {
  it('refuses the year of a date given without a year, and still answers when it happens', () => {
    refuses([
      'In what year did the city council vote on 29 August on co-ownership of Helseplattformen AS?',
      'Hvilket år skal bystyret stemme over deleierskap?',
      'Kva år skal bystyret avgjere deleigarskapen?',
    ]);
    expect(answerer.answer('When does the city council vote on co-ownership?').kind).toBe('answer');
    // A date with its year answers the year.
    expect(answerer.answer('Which year was the group photo taken?').kind).toBe('answer');
  });
});
