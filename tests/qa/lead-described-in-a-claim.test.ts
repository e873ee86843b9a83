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

describe('a claim about a lead with a clause about them after what they lead', () => {
  it('says no when the joined clause does not hold, yes when it does, also after a tag', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      [
        "Arne Ingebrigtsen leads the cooperation council and is rådmann in Molde, isn't he?",
        /^No\b[^]*Kristiansund/u,
      ],
      ['Arne Ingebrigtsen leder samarbeidsrådet og er rådmann i Molde, ikke sant?', /^Nei\b/u],
      [
        "Arne Ingebrigtsen leads the cooperation council and is rådmann in Kristiansund, isn't he?",
        /^Yes\b/u,
      ],
      ['Arne Ingebrigtsen leiar samarbeidsrådet og er rådmann i Kristiansund, ikkje sant?', /^Ja\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });

  it('still refuses another thing led somewhere the page does not say', () => {
    refuses([
      'Leder Line Kristoffersen Funksjonalitet og prosjektet i Molde?',
      'Leder Line Kristoffersen prosjektet i Molde?',
    ]);
  });
});

describe('a tag after a claim about a person, also in dialect', () => {
  it('asks whether the claim holds', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      ['Torunn Austheim e rådmann i Levanger, e det rætt?', /^Nei\b[^]*Steinkjer/u],
      ['Torunn Austheim e rådmann i Steinkjer, e det rætt?', /^Ja\b/u],
      ["Tone Fagerholt is the communications lead, isn't she?", /^Yes\b/u],
      ["Elise B. Vesterhus leads the project office, doesn't she?", /^Yes\b/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });
});
