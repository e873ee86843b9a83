import { refuses, shown } from '../support/question-answering';

// «For RHF skal denne legges fram innen 01.10.2018», «… i årsskiftet 2018/2019»: the page gives two dates for the
// benefits realisation strategy, one for Helse Midt-Norge RHF and one for Trondheim kommune.

describe('several dates asked for of what several dated decisions are named by alike', () => {
  it('answers the time points of the benefits realisation strategy with both dates, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Which two time points are mentioned for the benefits realisation strategy?',
      'Hvilke to tidspunkter nevnes for strategien for gevinstrealisering?',
      'Kva to tidspunkt er nemnde for strategien for gevinstrealisering?',
    ]) {
      const text = shown(q).text;
      for (const date of ['01.10.2018', '2018/2019'])
        expect([q, text]).toEqual([q, expect.stringContaining(date)]);
    }
  });

  it('answers both dates when each is said by whom it is for, in bokmål and nynorsk', () => {
    for (const q of [
      'Hvilke to tidspunkter gjelder for gevinstrealiseringen, ett for RHF og ett for bystyret i Trondheim?',
      'Kva to tidspunkt gjeld for gevinstrealiseringa, eitt for RHF og eitt for bystyret?',
    ]) {
      const text = shown(q).text;
      expect([
        q,
        text.includes('01.10.2018'),
        text.includes('2018/2019'),
        text.includes('29. august'),
      ]).toEqual([q, true, true, false]);
    }
  });

  it('keeps one date when one strategy is named or one date is asked for', () => {
    for (const [q, shownDate, notShown] of [
      [
        'Hvilke datoer gjelder for strategien for gevinstrealisering i Trondheim kommune?',
        '2018/2019',
        '01.10.2018',
      ],
      ['When is the benefits realisation strategy due?', '01.10.2018', '2018/2019'],
    ] as const) {
      const text = shown(q).text;
      expect([q, text.includes(shownDate), text.includes(notShown)]).toEqual([q, true, false]);
    }
  });

  it('still refuses time points of what the page does not date', () => {
    refuses(['Which two time points are mentioned for the canteen renovation?']);
  });
});
