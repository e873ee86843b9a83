import { refuses, shown } from '../support/question-answering';

// Everyday words for what the page says in its own: what goes away («fjernes»), the ground floor (the first), who else
// can connect, and hearsay before the question («Det heter visstnok at …»).

describe('what goes away or «faller bort»', () => {
  it('says yes with the benefit that running the existing record systems is removed', () => {
    for (const [q, start] of <[string, string][]>[
      ['Will running and maintaining the existing record systems go away?', 'Yes'],
      ['Faller driften av eksisterende journalsystemer bort?', 'Ja'],
      ['Er det slik at drifta av dei gamle journalsystema fell bort?', 'Ja'],
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${start}\\b.*(fjernes|removed)`)),
      ]);
  });

  it('finds the heading of a benefit quoted in other words, after what is said to be so', () => {
    const q =
      "Det heter visstnok at driften av eksisterende journalsystemer 'faller bort' – under hvilken gevinstkategori står dette?";
    expect(shown(q).text).toMatch(/^Økonomi/);
  });

  it('still refuses what the page does not say goes away, and a benefit quoted that it does not list', () => {
    refuses([
      'Will the project office go away?',
      'Faller kantina bort?',
      "Which benefit category is 'shorter waiting lists' listed under?",
      'Det heter visstnok at kantina legges ned – under hvilken gevinstkategori står dette?',
    ]);
  });
});

describe('what is said to be so, before a question about it', () => {
  it('checks the claim after «Det sies at …» and «apparently»', () => {
    expect(shown('Det sies at opplæringen blir en betydelig oppgave. Stemmer det?').text).toMatch(/^Ja\./);
    expect(shown('Apparently the project office is on the second floor. Is that right?').text).toMatch(
      /^No\..*third/,
    );
  });
});

describe('the ground floor', () => {
  it('is the first floor, which the project offices are not on', () => {
    expect(shown('Are the project offices on the ground floor?').text).toMatch(/^No\..*third floor/);
    refuses(['Is the canteen on the ground floor?']);
  });
});

describe('who else can connect to the chosen solution', () => {
  it('answers with the sentence that all municipalities and GPs can connect', () => {
    for (const q of [
      'Who else can connect to the chosen solution?',
      'Apart from the councils, who else can plug into whatever solution is chosen?',
      'Apart from councils, who else in Central Norway can connect to the chosen solution?',
      'Who in Central Norway can connect to the chosen solution?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('GPs')]);
  });

  it('still refuses who else can use what the page does not name', () => {
    refuses([
      'Who in Bergen can connect to the chosen solution?',
      'Who else in Central Norway can log in to the payroll system?',
      'Who else can connect to the hospital lab system?',
      'Who else can log in to the canteen system?',
    ]);
  });
});

describe('what will happen to something', () => {
  it('is asked after «skal» and «vil» as after «skjer»: the subproject that maps the systems to be replaced', () => {
    for (const q of [
      'Kva skal skje med fagsystema vi brukar i dag når Helseplattformen kjem?',
      'Hva vil skje med fagsystemene vi bruker i dag?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('erstattes')]);
    refuses(['Hva skal skje med kantina?']);
  });
});
