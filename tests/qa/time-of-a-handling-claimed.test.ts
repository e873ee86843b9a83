import { answerer, shown } from '../support/question-answering';

// «Det forventes at en tilsvarende sak om gevinstrealisering for Trondheim kommune vil følge bystyrebehandlingen av
// opsjonen i årsskiftet 2018/2019.»: a claim that something takes place at a time is checked against the time the page
// gives. «Sak om» is what the case is about: the sentence leaves nothing open the way «avgjør … om» does.

describe('a claim of when something takes place', () => {
  it('says no with the sentence for another time, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Skal bystyrebehandlinga av opsjonen skje ved årsskiftet 2019/2020?',
      'Skal bystyrebehandlingen av opsjonen skje i årsskiftet 2019/2020?',
      "Will the city council's handling of the option happen around the turn of the year 2019/2020?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\. .*2018\/2019/u)]);
  });

  it('says yes with the sentence in the language of the question for its own time', () => {
    for (const q of [
      'Skal bystyrebehandlingen av opsjonen skje ved årsskiftet 2018/2019?',
      'Er bystyrebehandlingen av opsjonen i årsskiftet 2018/2019?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja\. Siden sier: «Det forventes/u)]);
  });

  it('still reads the verb of taking place as what happens when no time is claimed', () => {
    const q = 'Vil noe av planarbeidet for kommunal funksjonalitet skje sammen med Helse Midt-Norge?';
    expect(shown(q).text).toMatch(/^Ja\. Siden sier: «Helse Midt-Norge RHF har satt i gang/u);
    // (Whether the council makes Trondheim a part-owner is still open.)
    expect(answerer.answer('Blir Trondheim kommune deleier i Helseplattformen AS?').direct).toBeUndefined();
  });
});

describe('a claim that something was set for a date', () => {
  it('is checked against the date the page gives, not refused as an outcome of what is planned', () => {
    for (const [q, verdict] of [
      [
        'Vart gevinstrealiseringsstrategien for RHF-et sett til 1. oktober 2018?',
        /^Ja\. Sida seier: «For RHF/u,
      ],
      ['Ble fristen for RHF-ets strategi satt til 1. oktober 2018?', /^Ja\. Siden sier: «For RHF/u],
      [
        'Vart gevinstrealiseringsstrategien for RHF-et sett til 1. oktober 2019?',
        /^Nei\. Sida seier: «For RHF/u,
      ],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });

  it('still gives no verdict on what came of what was planned', () => {
    for (const q of [
      'Skjedde bystyrebehandlingen av opsjonen i årsskiftet 2018/2019?',
      'Ble Trondheim kommune deleier 29. august?',
    ])
      expect([q, answerer.answer(q).direct?.type]).not.toEqual([q, 'claimChecked']);
  });
});
