import { people, refuses } from '../support/question-answering';

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
