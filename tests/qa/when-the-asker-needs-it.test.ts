import { refuses, shown } from '../support/question-answering';

// A sentence after the question that says when the asker needs the answer or has a meeting («Fristen er om to uker.»,
// «Møtet er om tre veker.», «My deadline is tonight.») is about the asker's calendar: the question gets the answer it
// gets alone.

describe("a sentence of the asker's deadline or meeting after the question", () => {
  it('steers nothing, in bokmål, nynorsk and English', () => {
    expect(
      shown('En kollega sa at Ragnhild Holmberg Aunsmo er rådmann. Stemmer det? Fristen min er om to uker.')
        .text,
    ).toMatch(/^Nei/u);
    expect(shown('Ragnhild Holmberg Aunsmo er vel rådmann? Møtet er om tre veker.').text).toMatch(/^Nei/u);
    expect(
      shown(
        "A colleague claimed that all Nordland municipalities joined Helseplattformen through option agreements. Is that right? We're discussing it at our leadership meeting on Wednesday.",
      ).text,
    ).toMatch(/^No/u);
    expect(
      shown(
        "The municipal chief medical officer in Verdal sits on a council. What is her name? I'd like to reach out before I leave in March.",
      ).text,
    ).toContain('Ragnhild Holmberg Aunsmo');
    expect(shown('Kven leiar samarbeidsrådet? Møtet vårt er om tre veker.').text).toContain(
      'Arne Ingebrigtsen',
    );
  });

  it('steers nothing when it says whom the question comes from, in bokmål, nynorsk and English', () => {
    for (const [q, expected] of <[string, string][]>[
      [
        'Hvem leder delprosjektet Funksjonalitet? Spørsmålet kommer fra helse- og velferdsdirektørens stab.',
        'Kristoffersen',
      ],
      ['Kven har ansvar for kommunikasjonen? Spørsmålet kjem frå eldrerådet.', 'Fagerholt'],
      ['Where is the project office? The question comes from our senior management team.', 'Bispegata 9'],
    ])
      expect([q, shown(q).text.includes(expected)]).toEqual([q, true]);
    // (What is asked may be of the place it comes from.)
    refuses(['Hvem er kommuneoverlege? Spørsmålet kommer fra Oppdal kommune.']);
  });

  it('still refuses what the question asks that the page does not say, and another place', () => {
    refuses([
      'Hva koster Helseplattformen? Fristen er om to uker.',
      'Who leads the project in Bergen? My deadline is tonight.',
      'Kven er kommuneoverlege i Oppdal? Møtet er om tre veker.',
      'What does the new system cost per user? I need to finish the summary by next week.',
    ]);
  });
});
