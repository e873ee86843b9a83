import { refuses, shown } from '../support/question-answering';

// A sentence of the asker's own before the question that says what they are working on («I'm writing a master's
// thesis on public procurement …», «Jeg skriver et notat om anskaffelser …») names the asker's subject, not what the
// question asks: the message gets the answer its question gets alone.

describe("a sentence about the asker's own work before the question", () => {
  it('steers nothing when the question names what it asks about', () => {
    expect(
      shown(
        "I'm writing a master's thesis on public procurement of health IT, and my submission deadline is in May. I've read that Trondheim municipality carried out the Helseplattformen procurement entirely on its own. Is that correct?",
      ).text,
    ).toMatch(/^No/u);
    expect(
      shown("I'm writing a report on health IT procurement for my course. Who leads the training subproject?")
        .text,
    ).toContain('Bjørnevik Tho');
    expect(
      shown('Jeg skriver et notat om anskaffelser til formannskapet. Hvem leder opplæringen?').text,
    ).toContain('Bjørnevik Tho');
    expect(shown('Eg skriv ei oppgåve om offentlege innkjøp. Kven leiar prosjektkontoret?').text).toContain(
      'Vesterhus',
    );
  });

  it('steers nothing when it names where the asker or someone close to them works or studies', () => {
    for (const [q, expected] of <[string, string][]>[
      [
        'Jeg skriver en kronikk for Trønder-Avisa. Hvem har ansvaret for kommunikasjonen i prosjektet?',
        'Fagerholt',
      ],
      ['Eg skriv ei sak for Namdalsavisa. Kven leiar delprosjektet Opplæring?', 'Bjørnevik Tho'],
      [
        'My son studies nursing at Nord University and likes teaching. Who leads the training subproject?',
        'Bjørnevik Tho',
      ],
      ['I freelance for Reuters. Who is the communications lead of the project?', 'Fagerholt'],
      // (Also where someone the asker speaks of works, in the region.)
      ['My husband is a GP in Namsos. Who leads the technical subproject?', 'Storsve'],
      [
        'Dottera mi er sjukepleiar i Volda. Kven leiar delprosjektet Gevinstrealisering?',
        'Gevinstrealisering',
      ],
    ])
      expect([q, shown(q).text.includes(expected)]).toEqual([q, true]);
  });

  it('still refuses what the page does not say, and another place', () => {
    refuses([
      "I'm writing a report on health IT procurement. Who leads the project in Bergen?",
      'Jeg skriver et notat om opplæringen. Hva koster opplæringen?',
      'Jeg skriver et notat om opplæringen. Hvem er kantinesjef?',
      'Eg skriv ei oppgåve om innkjøp. Kva tener prosjektleiaren?',
      // (What the asker's work is about, or a question pointing back to the asker's place.)
      'Jeg skriver en rapport om Helse Bergen. Hvem leder prosjektet?',
      'Jeg skriver for Bergens Tidende. Hvem leder prosjektet der?',
      'My daughter works at Equinor. Who is her boss?',
    ]);
  });
});

describe('what the asker works with, before asking whom in the project to talk to', () => {
  it('answers with who leads the part of the project that has that work', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Eg jobbar med integrasjonar. Kven i prosjektet bør eg snakke med?', 'Storsve'],
      ['I work on data migration. Who in the project should I talk to?', 'Storsve'],
      ['Jeg jobber med opplæring på et sykehjem. Hvem i prosjektet kan jeg kontakte?', 'Bjørnevik Tho'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(lead)]);
  });

  it('still answers what the question names itself, and the project office for work the page gives no part', () => {
    expect(shown('Jeg jobber med integrasjoner. Hvem leder prosjektet?').text).toContain('Skorstad');
    expect(shown('Jeg jobber i hjemmetjenesten. Hvem i prosjektet bør jeg snakke med?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
  });
});
