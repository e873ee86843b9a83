import { refuses, shown } from '../support/question-answering';

// «Bør jeg la være å skrive personnummeret mitt i tilbakemeldingsfeltet?» of «Ikke send personlig informasjon, for
// eksempel e-post, telefonnummer eller personnummer»: what the asker asks whether to keep from, the page says not to do.

describe('whether to keep from doing what the page says not to do', () => {
  it('answers yes with the line that says not to', () => {
    for (const q of [
      'Bør jeg la være å sende personnummeret mitt i tilbakemeldingen?',
      'Skal jeg unngå å sende personnummer i tilbakemeldingen?',
      'Bør eg la vere å sende telefonnummeret mitt i tilbakemeldinga?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^Ja\. Sid(en|a) s(ier|eier): «Ikkj?e send/),
      ]);
  });

  it('still says no to doing it, and gives no verdict of what the page does not forbid', () => {
    expect(shown('Kan jeg sende personnummer i tilbakemeldingen?').text).toMatch(/^Nei\./);
    for (const q of [
      'Bør jeg unngå å sende e-post til prosjektkontoret?',
      'Bør jeg la være å gå på opplæring?',
    ])
      expect([q, shown(q).answer.direct]).toEqual([q, undefined]);
    refuses(['Bør jeg unngå å spise lunsj i kantina?']);
  });
});
