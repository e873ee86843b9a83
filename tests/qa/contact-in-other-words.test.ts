import { answerer, people, refuses, shown } from '../support/question-answering';

// Where to write, asked in other words: the office's shared inbox, a question said first and sent after, and the
// address of someone named by a role in the sentence before the question.

const OFFICE = 'helseplattformen.helseogvelferd@trondheim.kommune.no';

describe('reaching the project in other words', () => {
  it('answers a shared inbox with the office’s address', () => {
    for (const q of [
      'Is there a shared inbox for the project office?',
      'Har prosjektkontoret ein felles innboks?',
      'Is there a shared inbox I can write to about the project?',
    ])
      expect([q, shown(q).text.includes(OFFICE)]).toEqual([q, true]);
  });

  it('answers the project’s admin office as the project office, and where the team is, however physically', () => {
    for (const [q, detail] of <[string, string][]>[
      ["Is there a direct phone number for whoever runs the project's admin office?", '952 63 567'],
      ["Who runs the project's administration office?", 'Elise B. Vesterhus'],
      ['What is the e-mail of the admin office?', OFFICE],
      ['Where is the Trondheim implementation team physically based? Street address please.', 'Bispegata 9'],
      ['Where is the project office physically located?', 'Bispegata 9'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(detail)]);
    refuses(['Who runs the HR admin office?', 'Where is the HR office physically located?']);
  });

  it('answers the contact persons of the project office with the people the page lists with their details', () => {
    for (const q of [
      'Which contact persons does the project office have?',
      'Kven er kontaktpersonane ved prosjektkontoret?',
      'Hvem er kontaktpersonene til prosjektkontoret?',
    ]) {
      const text = shown(q).text;
      for (const detail of ['Vesterhus', 'Fagerholt', '481 61 844'])
        expect([q, text]).toEqual([q, expect.stringContaining(detail)]);
    }
  });

  it('answers a shared inbox asked for rather than writing to one person, in English and bokmål', () => {
    for (const q of [
      "Is there a shared mailbox for the project office rather than writing to a single person? What's the address?",
      'Finnes det en felles e-postadresse til prosjektkontoret, heller enn å skrive til én person?',
    ])
      expect([q, shown(q).text.includes(OFFICE)]).toEqual([q, true]);
    refuses(['Is there a shared mailbox for the canteen rather than writing to the chef?']);
  });

  it('answers a «fellesmail» or «fellesepost» with the office’s address, in bokmål and nynorsk', () => {
    for (const q of [
      'fellesmail til prosjektkontoret?',
      'Har prosjektkontoret en fellesmail?',
      'Kva er fellesmailen til prosjektkontoret?',
      'fellesepost til prosjektkontoret?',
    ])
      expect([q, shown(q).text.includes(OFFICE)]).toEqual([q, true]);
  });

  it('answers where to send a question said before the verb that sends it', () => {
    for (const q of [
      'Jeg har et generelt spørsmål om innføringen – hvor sender jeg det?',
      'I have a general question about Helseplattformen. Where do I send it?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'prosjektkontoret']);
  });

  it('answers the address of someone named by a role before the question', () => {
    const head =
      'Hei, jeg skal sende en henvendelse direkte til lederen av prosjektkontoret. Hvilken epostadresse bruker jeg?';
    expect(shown(head).text).toContain('elise-b.vesterhus@trondheim.kommune.no');
    expect(people('I need to contact the project leader, what is his email?')).toEqual(['Ola Skorstad']);
    expect(
      people('Eg skal sende ein førespurnad direkte til prosjektleiaren. Kva e-postadresse bruker eg?'),
    ).toEqual(['Ola Skorstad']);
  });

  it('answers a first name with a role, «for» being no «før»', () => {
    expect(shown('What’s the number for Tone, the comms person?').text).toContain('481 61 844');
    refuses(['Who came before Tone as comms lead?', 'Hvem tok over etter Elise?']);
  });

  it('answers a surname half remembered after the first name', () => {
    const elise = 'Hva er nummeret til Elise Vester-et-eller-annet på prosjektkontoret?';
    expect(people(elise)).toEqual(['Elise B. Vesterhus']);
    expect(shown(elise).text).toContain('952 63 567');
    expect(people('Hva er e-posten til Ola Skor?')).toEqual(['Ola Skorstad']);
    refuses(['Hvem er Line Kristiansen?', 'Hvem er Ola Skorpen?']);
  });

  it('reads «annet» as no word of its own', () => {
    const q = 'Hvilket annet delprosjekt samarbeider det tekniske delprosjektet tett med?';
    expect(answerer.answer(q).kind).toBe('answer');
  });

  it('still refuses setting up a mailbox, a council’s inbox and an address the page does not give', () => {
    refuses([
      'How do I set up a shared mailbox for my team?',
      'Har samarbeidsrådet en felles innboks?',
      'Hva er fellesmailen til Helse Vest?',
      'Jeg skal sende en henvendelse direkte til lederen av Teknisk. Hvilken epostadresse bruker jeg?',
    ]);
  });
});

describe('speaking to someone on the project', () => {
  it('is getting in touch, in bokmål, nynorsk and English', () => {
    expect(
      shown('What number should a journalist call to speak to the communications person on the project?')
        .text,
    ).toContain('481 61 844');
    for (const [q, name] of [
      ['Who can I speak to about training?', 'May Liz Bjørnevik Tho'],
      ['Kven kan eg snakka med om gevinstrealisering?', 'Øyvind Tanum'],
      ['Hvem kan jeg prate med om Teknisk?', 'Anne Amdal Storsve'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(name!)]);
  });

  it('still refuses speaking to someone about what the page does not hold', () => {
    refuses(['Can I speak to someone about my salary?', 'Eg vil snakka med nokon om lønna mi']);
  });
});

describe('a contact detail asked for with who would use it', () => {
  it('gives the detail, the users said in a clause after it, in bokmål, nynorsk and English', () => {
    for (const [q, detail] of [
      [
        'Is there a shared mailbox where researchers can reach the Helseplattformen project office in Trondheim?',
        'helseplattformen.helseogvelferd@trondheim.kommune.no',
      ],
      [
        'Finnes det en e-postadresse hvor forskere kan skrive til prosjektkontoret?',
        'helseplattformen.helseogvelferd@trondheim.kommune.no',
      ],
      ['Finst det eit nummer som pressa kan ringje for å nå kommunikasjonsansvarleg?', '481 61 844'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(detail!)]);
  });

  it('still refuses a detail the page does not give, or of someone else, or of another thing', () => {
    refuses([
      'Is there a phone number where journalists can reach Arne Ingebrigtsen?',
      'Is there a shared mailbox where researchers can reach the hospital?',
      'Does the project office have a mailbox for parcels?',
    ]);
  });
});

describe('a shared address asked with who it is not for', () => {
  it('answers the office’s address when the question says it should not be a single person’s', () => {
    for (const q of [
      'Finnes det en felles e-postadresse til prosjektkontoret, ikke til en enkeltperson?',
      'Har prosjektkontoret ei felles e-postadresse, ikkje til ein einskildperson?',
      'Is there a shared e-mail for the project office, not one belonging to a single employee?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId, text.includes(OFFICE)]).toEqual([
        q,
        'answer',
        'prosjektkontoret',
        true,
      ]);
    }
  });

  it('still refuses a detail the page does not give, and the address of a body that has none', () => {
    refuses([
      'Har prosjektkontoret et eget telefonnummer, ikke til en enkeltperson?',
      'Finnes det en felles e-postadresse til samarbeidsrådet, ikke til en enkeltperson?',
    ]);
  });
});

describe('what kind of matter the asker calls about', () => {
  it('answers the project office for «praktiske ting», in bokmål, nynorsk and English', () => {
    for (const q of [
      'Hei! Tillitsvalgt her. Hvem i prosjektkontoret kan jeg ringe om praktiske ting, og på hvilket nummer?',
      'Kven på prosjektkontoret kan eg ringje om praktiske ting?',
      'Who at the project office can I call about practical matters, and on what number?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('952 63 567')]);
    expect(people('Hvem leder den praktiske opplæringen?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('still refuses a practical matter the page does not hold', () => {
    refuses([
      'Hvem kan jeg ringe om praktiske ting rundt parkering?',
      'Who handles practical things like parking?',
      'Hvem kan jeg ringe om praktiske ting rundt flyttingen?',
    ]);
  });
});

describe('a direct number', () => {
  it('answers the number the page gives of the person, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Is there a direct phone number for whoever runs the project office?',
      'Har lederen av prosjektkontoret et direkte nummer?',
      'Har leiaren av prosjektkontoret eit direkte nummer?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('952 63 567')]);
  });

  it('still says the page gives no number of someone or something that has none', () => {
    refuses([
      'Har Ola Skorstad et direkte telefonnummer?',
      'Is there a direct number for the Samarbeidsråd?',
      'Hvem er direkte ansvarlig for kantina?',
    ]);
  });
});

describe('who the contact of the project office is, with how to reach them', () => {
  it('answers with the office and its lead, her phone and her own e-mail beside the shared one', () => {
    for (const q of [
      "Who's the contact for the project office – name, phone and email?",
      'Hvem er kontaktperson for prosjektkontoret, og hva er telefon og e-post?',
      'Kven kan eg ringje på prosjektkontoret?',
    ]) {
      const text = shown(q).text;
      for (const detail of [
        'Elise B. Vesterhus',
        '952 63 567',
        'helseplattformen.helseogvelferd@trondheim.kommune.no',
      ])
        expect([q, text]).toEqual([q, expect.stringContaining(detail)]);
    }
    expect(shown("Who's the contact for the project office – name, phone and email?").text).toContain(
      'elise-b.vesterhus@trondheim.kommune.no',
    );
  });

  it('keeps the shared address alone when only the address is asked, and refuses a contact the page does not give', () => {
    expect(people('Hva er e-postadressen til prosjektkontoret?')).toEqual([]);
    refuses(['Who is the contact for the canteen – name and phone?']);
  });
});

describe('who the question is for, said two ways', () => {
  it('reads two words joined by «or» or «and» for who asks as one, and answers the contact asked for', () => {
    for (const q of [
      'What phone number should a journalist or student call to reach the comms person on the Trondheim project?',
      'Kva nummer skal journalistar eller studentar ringe for å nå kommunikasjonsansvarleg?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('481 61 844')]);
    // Two things asked for that the page does not have are still two things.
    refuses([
      'What is the salary and pension of the project lead?',
      'What is the salary or bonus of the comms person?',
      'Hva er lønn og pensjon for prosjektlederen?',
    ]);
  });
});
