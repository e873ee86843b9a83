import { answerer, refuses, shown } from '../support/question-answering';

// «Arne Ingebrigtsen er rådmann i Molde og leder samarbeidsrådet, ikke sant?»: a claim that names the lead of something
// and says more of them (a title, a place, a unit) is a yes only when every part holds.

/** The verdict the answer opens with: true for yes, false for no, undefined for none. */
const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct && 'yes' in direct ? direct.yes : undefined];
};

describe('a claim that the lead of something also has a workplace or title', () => {
  it('says no, with the lead and their role, when the page puts them elsewhere', () => {
    for (const q of [
      'Arne Ingebrigtsen er rådmann i Molde og leder samarbeidsrådet, ikke sant?',
      'Arne Ingebrigtsen er rådmann i Molde og leiar samarbeidsrådet, ikkje sant?',
      'Arne Ingebrigtsen is chief executive in Molde and chairs the cooperation council, right?',
      'Er det Ola Skorstad fra IT-tjenesten som leder innføringsprosjektet?',
      'Er det Ola Skorstad frå IT-tenesta som leiar innføringsprosjektet?',
      'Is Ola Skorstad from the IT service the one who leads the implementation project?',
    ])
      expect(verdict(q)).toEqual([q, false]);
    expect(shown('Arne Ingebrigtsen er rådmann i Molde og leder samarbeidsrådet, ikke sant?').text).toMatch(
      /^Nei\..*Kristiansund/u,
    );
    expect(shown('Er det Ola Skorstad fra IT-tjenesten som leder innføringsprosjektet?').text).toMatch(
      /^Nei\.[\s\S]*Rådmannens fagstab/u,
    );
  });

  it('still says yes when every part holds', () => {
    for (const q of [
      'Arne Ingebrigtsen er rådmann i Kristiansund og leder samarbeidsrådet, ikke sant?',
      'Er det Arne Ingebrigtsen fra Kristiansund som leder samarbeidsrådet?',
      'Er det Ola Skorstad fra Rådmannens fagstab som leder innføringsprosjektet?',
      'Leder Ola Skorstad innføringsprosjektet i Trondheim kommune?',
    ])
      expect(verdict(q)).toEqual([q, true]);
  });

  it('refuses a unit the page gives the lead none of', () => {
    refuses(['Er det Elise B. Vesterhus fra IT-tjenesten som leder prosjektkontoret?']);
  });
});
