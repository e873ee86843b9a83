import { answerer, refuses, shown } from '../support/question-answering';

// When a planned decision was made, asked in the past tense: the page gives only when it is to be made
// (src/qa/past-of-planned.ts).

describe('when a planned decision was made', () => {
  it('refuses when the strategy was presented or the co-ownership decided, saying the outcome is not known', () => {
    refuses([
      'Når vart strategien for gevinstrealisering lagd fram for bystyret i Trondheim?',
      'Når ble strategien for gevinstrealisering lagt fram for bystyret?',
      'When did the city council decide on co-ownership of Helseplattformen AS?',
      'Kva tid vart gevinststrategien til Helse Midt-Noreg lagd fram?',
    ]);
    expect(answerer.answer('Når ble deleierskapet i Helseplattformen AS avgjort?').missing?.attribute).toBe(
      'outcome',
    );
  });

  it('refuses whether Trondheim went in as co-owner, asked with «gikk»/«gjekk», saying the outcome is not known', () => {
    for (const q of [
      'Gikk Trondheim inn som deleier i Helseplattformen AS?',
      'Gjekk Trondheim kommune inn som medeigar?',
      'Hvordan gikk det med deleierskapet i Helseplattformen AS?',
      'Jeg er journalist i lokalavisa. Hva ble utfallet av bystyrets behandling – gikk Trondheim faktisk inn som deleier i Helseplattformen AS?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
    for (const q of [
      'Gikk Trondheim inn som deleier i Helseplattformen AS?',
      'Kva enda bystyret med om deleigarskapen?',
      'Kva enda bystyret med – vart kommunen medeigar i selskapet?',
      // (Nynorsk «røysta» is «stemte»: what came of a vote on the planned day is an outcome.)
      'Kva vart utfallet då bystyret røysta 29. august – vart kommunen medeigar?',
    ])
      expect([q, answerer.answer(q).missing?.attribute]).toEqual([q, 'outcome']);
    expect(answerer.answer('Hva gikk anskaffelsesprosjektet ut på?').kind).toBe('answer');
  });

  it('answers the planned date asked with «was … -ing», the plan as it stood then', () => {
    for (const [q, date] of <[string, string][]>[
      ['when was trondheim city council deciding on co-ownership of helseplattformen AS', 'August 29'],
      ['When was the city council voting on co-ownership?', 'August 29'],
      ['When was the benefits strategy for Trondheim being presented to the council?', '2018/2019'],
    ]) {
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(date)]);
    }
  });

  it('still answers when it is to be made, the deadline asked in the past, and a dated photo', () => {
    for (const q of [
      'Når skal bystyret avgjøre deleierskapet?',
      "What was the deadline for the RHF's benefits strategy?",
      'Hva var fristen for å legge fram gevinststrategien i Helse Midt-Norge?',
      'Når ble gruppebildet av opsjonskommunene tatt?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });

  it('answers when the handling was expected, asked in the past, with the date the page expects it', () => {
    for (const q of [
      'when was bystyret expected to deal with the option',
      'When was the benefits strategy for Trondheim expected?',
      'Når var bystyret forventet å behandle opsjonen?',
      'Når var det venta at bystyret skulle handsame opsjonen?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text.includes('2018/2019')]).toEqual([q, 'answer', true]);
    }
  });

  it('still refuses what the council decided or was expected to decide', () => {
    refuses([
      'What did bystyret decide about the option?',
      'What was bystyret expected to decide about the option?',
      'What did the city council decide at the turn of the year 2018/2019?',
      'What did the council decide on 29 August?',
      'When was the benefits strategy approved by the city council?',
      'When was the hospital expected to open?',
    ]);
  });
});

describe('how a planned decision will be voted', () => {
  it('says the outcome is not known when asked who votes for it or whether a majority is for it', () => {
    for (const q of [
      'Hvordan kommer bystyret til å stemme 29. august, er det flertall for deleierskap?',
      'Vil bystyret stemme for deleierskap?',
      'Er det fleirtal for deleigarskap i bystyret?',
      'Kjem bystyret til å røyste for deleigarskap?',
      'Is there a majority for co-ownership in the council?',
      'Will the council vote against co-ownership?',
    ])
      expect([q, answerer.answer(q).missing?.attribute]).toEqual([q, 'outcome']);
  });

  it('still answers when the vote is, and refuses a majority the page says nothing of', () => {
    for (const q of [
      'Når skal bystyret stemme over deleierskap?',
      'When will the city council vote on co-ownership?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('29. august')]);
    refuses(['Hvem har flertall i samarbeidsrådet?', 'Who has the majority in the council?']);
  });

  it('gives no «Ja» for the date when the question asks what the vote comes to on that date', () => {
    for (const q of [
      'Hvordan kommer bystyret til å stemme 29. august, er det flertall for deleierskap?',
      'Vil bystyret stemme for deleierskap 29. august?',
    ])
      expect([q, answerer.answer(q).missing?.attribute]).toEqual([q, 'outcome']);
    expect(shown('Skal bystyret stemme over deleierskap 29. august?').text).toMatch(/^Ja\./u);
  });
});

describe('a planned date asked in the past tense with a word of planning', () => {
  it('gives the date the page gives, or says no with it, rather than that the outcome is not known', () => {
    const due = answerer.answer("Was the RHF's benefits realisation strategy due by 1 October 2018?");
    expect(due.kind).toBe('answer');
    expect(shown(due.question).text).toContain('01.10.2018');
    expect(shown("Was the RHF's benefits realisation strategy due by 1 December 2018?").text).toMatch(/^No/u);
    refuses(['Did the city council approve co-ownership?']);
  });
});

describe('when something was expected, asked with a word of expecting', () => {
  it('answers with the date of the case expected, not with the benefits the municipalities can expect', () => {
    for (const q of [
      'Når er det ventet at en tilsvarende gevinstsak skal komme i Trondheim?',
      'Kva tid var det venta at saka om gevinstrealisering i Trondheim skulle kome?',
      'When was the benefits case for Trondheim expected?',
      'Når er det forventet at gevinstsaken i Trondheim kommer?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('2018/2019')]);
  });

  it('still refuses when something the page gives no date for is expected', () => {
    refuses([
      'Når er det ventet at opplæringen starter?',
      'When is the training expected to start?',
      'Når er det venta at systemet blir teke i bruk?',
    ]);
  });
});
