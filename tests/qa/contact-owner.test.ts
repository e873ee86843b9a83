import { answerer, people, refuses, shown } from '../support/question-answering';

// A phone number or e-mail address the page gives names its owner.

describe('the owner of a contact detail', () => {
  it('finds the person by the phone number, however it is written', () => {
    expect(people('Whose number is 481 61 844?')).toEqual(['Tone Fagerholt']);
    expect(people('Hvem har telefonnummer 95263567?')).toEqual(['Elise B. Vesterhus']);
    expect(people('Kven er +47 481 61 844?')).toEqual(['Tone Fagerholt']);
  });

  it('finds the person or the office by the e-mail address', () => {
    expect(people('Who has the e-mail address ola.skorstad@trondheim.kommune.no?')).toEqual(['Ola Skorstad']);
    const office = answerer.answer(
      'Kven høyrer e-postadressa helseplattformen.helseogvelferd@trondheim.kommune.no til?',
    );
    expect([office.kind, office.topicId]).toEqual(['answer', 'prosjektkontoret']);
  });

  it("checks a number said to be someone's, however the one asked of is called, instead of naming its owner", () => {
    expect(shown('Is 952 63 567 the phone number to the communications person?').text).toMatch(
      /^No.*481 61 844/su,
    );
    expect(shown('Is 481 61 844 the phone number of the comms person?').text).toMatch(/^Yes/u);
  });

  it('still refuses a number the page does not give', () => {
    refuses(['Whose number is 481 61 845?', 'Hvem har nummeret 22 33 44 55?']);
  });
});
