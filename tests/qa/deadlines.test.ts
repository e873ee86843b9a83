import { answerer, refuses, shown } from '../support/question-answering';

// The page gives one deadline: the benefits realisation strategy for Helse Midt-Norge RHF is to be presented «innen
// 01.10.2018». A deadline asked in other words (the past tense, "when … ready") is answered with it; a deadline asked
// of a decision whose date the page gives as when it happens or is expected is one the page does not give.

describe('deadlines', () => {
  it('answers the deadline of the RHF strategy asked in the past tense or as when it is to be ready', () => {
    for (const q of [
      'what was the deadline for the RHF to present its gevinstrealisering strategy',
      'Når ska Helse Midt-Norge ha gevinststrategien sin klar?',
      'Kor tid skal Helse Midt-Noreg ha gevinststrategien sin ferdig?',
      'When must the RHF have its benefits realisation strategy ready?',
      'Kva var tidsfristen for strategien for gevinstrealisering i RHF-et?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'gevinststrategi']);
      expect([q, /01\.10\.2018|1 October 2018/.test(text)]).toEqual([q, true]);
    }
  });

  it('refuses a deadline of what the page dates only as when it happens or is expected', () => {
    refuses([
      'Kva er fristen for opsjonskommunane til å løyse ut opsjonen?',
      'What is the deadline for our municipality to exercise the option?',
      'Hva er fristen for bystyrets vedtak om deleierskap?',
      'What was the deadline for the city council vote on co-ownership?',
      'Ble gevinststrategien levert innen fristen?',
    ]);
  });
});

describe('a date asked of what the page dates nothing of', () => {
  it('refuses when Trondheim goes live, rather than giving the date of a strategy matched only by the place', () => {
    refuses([
      'when is the go-live date for trondheim kommune?',
      'Når er go-live for Trondheim kommune?',
      'When does Trondheim kommune go live?',
      'Når tar Trondheim kommune i bruk Helseplattformen?',
    ]);
    for (const q of [
      'Når skulle bystyret behandle opsjonen?',
      'When is the deadline for Helse Midt-Norge RHF?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });
});

describe('deadlines claimed in a yes/no question', () => {
  /** Each question opens with the verdict and gives the page's deadline. */
  function answersWith(verdict: RegExp, questions: string[]): void {
    for (const q of questions) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type, text]).toEqual([q, 'claimChecked', expect.stringMatching(verdict)]);
      expect([q, text]).toEqual([q, expect.stringContaining('01.10.2018')]);
    }
  }

  it('answers yes when the day, month or season and year said are the deadline, in the past tense too', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Did the RHF have to present its benefits strategy by 1 October 2018?',
      "Is the deadline for Helse Midt-Norge RHF's benefits realisation strategy 1 October 2018?",
      "Was the RHF's benefits strategy due by 1 October 2018?",
      'Stemmer det at RHF-et hadde ein frist hausten 2018 for å leggje fram strategien for gevinstrealisering?',
      'Har RHF-et frist 1. oktober 2018 for strategien for gevinstrealisering?',
    ]);
  });

  it('answers no for another day, month, season or year', () => {
    answersWith(/^(Nei|No)\b/u, [
      'Er fristen for strategien for gevinstrealisering i RHF-et 1. desember 2018?',
      'Skulle RHF-et leggje fram strategien for gevinstrealisering innan våren 2018?',
      'Did the RHF have to present its benefits strategy by 1 October 2019?',
    ]);
  });

  it('reads what had to be done in a season or month as due then, yes when the deadline falls in it', () => {
    answersWith(/^(Ja|Yes)\b/u, [
      'Did the regional health authority have to present its benefits strategy in autumn 2018?',
      'Måtte RHF-et leggje fram strategien for gevinstrealisering hausten 2018?',
      'Skulle Helse Midt-Norge RHF legge fram gevinststrategien høsten 2018?',
      'Was the RHF supposed to present the benefits strategy in October 2018?',
    ]);
    answersWith(/^(Ja|Yes)\b/u, [
      'Did the RHF have until 1 October 2018 to deliver its benefits strategy?',
      'Did the RHF have until 1 October 2018 to present its benefits strategy?',
    ]);
    answersWith(/^(Nei|No)\b/u, [
      'Did the RHF have until 1 December 2018 to deliver its benefits strategy?',
      'Did the RHF have to present its benefits strategy in spring 2018?',
      'Skulle Helse Midt-Norge RHF legge fram gevinststrategien i 2019?',
    ]);
  });

  it('still says nothing of what came of it, nor of a deadline the page does not give', () => {
    refuses([
      'Did the RHF have until 1 October 2018 to deliver its canteen plan?',
      'Did the RHF present its benefits strategy by 1 October 2018?',
      'Did the RHF present its benefits strategy in autumn 2018?',
    ]);
    for (const q of [
      "Is the deadline for Trondheim's benefits strategy 1 October 2018?",
      'Er fristen for deleierskap 29. august?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});

describe('what was to be ready by a time', () => {
  it('reads what was to be ready («klar», «ferdig», "ready") at a time as due by it', () => {
    expect(shown('Skulle RHF-et ha gevinstrealiseringsstrategien klar hausten 2018?').text).toMatch(/^Ja/u);
    expect(shown('Skulle RHF-et ha strategien for gevinstrealisering ferdig våren 2018?').text).toMatch(
      /^Nei/u,
    );
    expect(shown('Was the RHF supposed to have the benefits strategy ready in autumn 2018?').text).toMatch(
      /^Yes/u,
    );
  });

  it('refuses a thing to be ready that the page does not have', () => {
    refuses([
      'Skulle RHF-et ha kantina klar hausten 2018?',
      'Skulle RHF-et ha kantina klar innan 1. oktober 2018?',
      'Skal RHF-et legge fram kantina innen 01.10.2018?',
    ]);
    expect(
      shown('Skulle RHF-ets strategi for gevinstrealisering foreligge innen 1. desember 2018?').text,
    ).toMatch(/^Nei/u);
  });
});

describe('«by» before no date', () => {
  it('says who, not by when: the question is not refused as a deadline of something the page does not have', () => {
    const q = 'Is Verdal represented on the council by a doctor rather than by the rådmann?';
    expect(shown(q).text).toMatch(/Ragnhild Holmberg Aunsmo/u);
    expect(shown('Is Verdal represented on the council by the rådmann?').text).toMatch(/^No\./u);
  });

  it('still refuses what was to be ready by a date when the page does not have it', () => {
    refuses([
      'Skulle RHF-et ha kantina klar hausten 2018?',
      'Skal RHF-et legge fram kantina innen 01.10.2018?',
    ]);
  });
});

describe('a deadline asked with «hadde» first', () => {
  it('reads «Hadde …?» as a yes/no question: yes for the year of the deadline, no for another', () => {
    expect(
      shown('Hadde RHF en frist i 2018 for å legge fram strategien for gevinstrealisering?').text,
    ).toMatch(/^Ja.*01\.10\.2018/su);
    expect(shown('Hadde RHF-et frist 1. oktober 2018 med strategien?').text).toMatch(/^Ja/u);
    expect(
      shown('Hadde RHF en frist i 2019 for å legge fram strategien for gevinstrealisering?').text,
    ).toMatch(/^Nei.*01\.10\.2018/su);
  });

  it('still refuses what the page does not say anyone had', () => {
    refuses(['Hadde prosjektet et budsjett på 10 millioner?', 'Hadde Ola Skorstad ferie i juli?']);
  });
});

describe('a deadline asked with nynorsk «lagd fram»', () => {
  it('reads «lagd fram» as laid before, not as made: the verdict with the deadline', () => {
    expect(shown('Skulle strategien for RHF vere lagd fram innan 1. desember 2018?').text).toMatch(
      /^Nei.*01\.10\.2018/su,
    );
    expect(shown('Må RHF-strategien vere lagd fram innan 01.10.2018?').text).toMatch(/^Ja/u);
  });
});

describe('when something is to be done, asked by a word for being done', () => {
  it('answers with the deadline the page gives', () => {
    for (const q of [
      'Når skal strategien for gevinstrealisering være klar?',
      'Kva tid skal strategien for gevinstrealisering vere ferdig?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('01.10.2018')]);
  });

  it('still refuses when a plan the page gives no date for is done', () => {
    refuses(['Når er planen for kommunal funksjonalitet ferdig?']);
  });
});
