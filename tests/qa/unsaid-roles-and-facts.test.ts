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

describe('several of a thing the page speaks of as one, with no list of them', () => {
  it('refuses which courses, which GPs have joined, or what the replaced systems are called', () => {
    refuses([
      'Hvilke kurs tilbys i opplæringen?',
      'Hvilke kurs kan de ansatte ta?',
      'Hvilke fastleger i Trondheim har koblet seg på Helseplattformen?',
      'Which GPs in Trondheim have connected to Helseplattformen?',
      'Hva heter journalsystemene som skal erstattes av Helseplattformen i Trondheim?',
    ]);
  });

  it('still answers which of them can, when the page says all of them can, and the lists it has', () => {
    expect(answerer.answer('Hvilke fastleger kan koble seg på løsningen?').kind).toBe('answer');
    expect(answerer.answer('Which GPs can connect to the solution?').kind).toBe('answer');
    expect(answerer.answer('Hvilke tjenester får Helseplattformen?').kind).toBe('answer');
    expect(answerer.answer('Hva heter delprosjektene?').kind).toBe('answer');
    expect(people('Hvilke prosjektledere sitter i samarbeidsrådet?')).toEqual(['Evelyn Haram Larsen']);
  });
});
