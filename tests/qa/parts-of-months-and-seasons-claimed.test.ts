import { shown, verdict } from '../support/question-answering';

// «Avgjør bystyret deleierskapet i begynnelsen av oktober?», «… en gang i midten av september?», "… in early
// October?": a part of a month or season says when, in that month or season; another than the page's date (29 August)
// is answered no with the page's sentence, the same one yes. A season that is not the page's month is no whatever the
// year, which the page does not give; a year alone beside the right month it does not settle.

describe('parts of months and seasons in a dated claim', () => {
  it('answers no with the date when the month or season is another', () => {
    for (const q of [
      'Avgjør bystyret deleierskapet i begynnelsen av oktober?',
      'Skal bystyret ta stilling til deleierskapet en gang i midten av september?',
      'Tek bystyret stilling til deleigarskapen i løpet av vinteren?',
      'Avgjør bystyret deleierskapet vinteren 2019?',
      'Will the city council decide on co-ownership in early October?',
    ]) {
      expect([q, verdict(q), shown(q).text]).toEqual([
        q,
        expect.stringMatching(/Nei|No/),
        expect.stringMatching(/august/i),
      ]);
    }
  });

  it('answers yes when the part of the month is the page’s month', () => {
    for (const q of [
      'Tar bystyret stilling til deleierskapet en gang i slutten av august?',
      'Avgjer bystyret deleigarskapen ein gong i august?',
      'Does the city council decide on co-ownership sometime in August?',
    ]) {
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(/Ja|Yes/)]);
    }
  });

  it('answers no when the part of the page’s month is not the one its day is in', () => {
    for (const q of [
      'Tar bystyret stilling til deleierskapet i begynnelsen av august?',
      'Avgjer bystyret deleigarskapen midt i august?',
      'Is the co-ownership decided in early August?',
      'Skulle RHF-et legge fram gevinststrategien innen slutten av oktober 2018?',
    ]) {
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(/Nei|No/)]);
    }
    expect(
      verdict('Skal RHF-et legge fram strategien for gevinstrealisering i begynnelsen av oktober 2018?'),
    ).toBe('Ja');
  });

  it('gives no verdict on a year the page does not give', () => {
    for (const q of [
      'Avgjør bystyret deleierskapet i august 2018?',
      'Avgjør bystyret deleierskapet sommeren 2018?',
    ]) {
      expect([q, verdict(q), shown(q).text]).toEqual([q, undefined, expect.stringMatching(/29\. august/)]);
    }
  });
});
