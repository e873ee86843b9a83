import { refuses, shown } from '../support/question-answering';

describe('a closing greeting after the question', () => {
  it('answers the question as if the closing and the name in it were not there', () => {
    expect(shown('Hvem leder Teknisk? Mvh Kari').text).toContain('Anne Amdal Storsve');
    expect(shown('Hvem leder Teknisk? Takk! Mvh Kari').text).toContain('Anne Amdal Storsve');
    expect(shown('Kven leiar prosjektkontoret? Vennleg helsing Ola Nordmann, einingsleiar').text).toContain(
      'Vesterhus',
    );
    expect(shown('Who leads the project office? Best regards, Kari').text).toContain('Vesterhus');
    expect(
      shown('Kva er den generelle e-postadressa til prosjektkontoret? Venleg helsing Åse').text,
    ).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
  });

  it('still refuses what the page does not say', () => {
    refuses(['Who is the mayor of Trondheim? Regards, Kari', 'Hva koster lisensene? Mvh Kari Nordmann']);
  });

  it('reads a closing or thanks typed in one with the question, with no question mark between them', () => {
    expect(shown('hvem leder innføringsprosjektet i trondheim kommune Mvh Kari').text).toContain(
      'Ola Skorstad',
    );
    expect(shown('hvem leder teknisk mvh kari').text).toContain('Anne Amdal Storsve');
    expect(shown('kven er med frå hareid kommune Takk!').text).toContain('Evelyn Haram Larsen');
    expect(shown('kven leiar prosjektkontoret Helsing Kari Nordmann, einingsleiar').text).toContain(
      'Vesterhus',
    );
    expect(shown('who runs the project office Best regards, Kari').text).toContain('Vesterhus');
    expect(shown('hvem leder teknisk tusen takk').text).toContain('Anne Amdal Storsve');
    expect(shown('hvem leder teknisk med vennlig hilsen kari').text).toContain('Anne Amdal Storsve');
  });

  it('drops the closing also when sentences that are not courtesy stand between it and the question', () => {
    expect(
      shown('Which municipalities are on the cooperation council? Give me the full list. Best regards, Kari')
        .text,
    ).toContain('Hareid');
    expect(shown('Hvor jobber May Liz? Altså hvilken tjeneste Mvh Kari').text).toContain(
      'May Liz Bjørnevik Tho',
    );
    expect(shown('Hei, hvem leder delprosjektet Teknisk? Tusen takk 🙏 Mvh Kari').text).toContain(
      'Anne Amdal Storsve',
    );
  });

  it('still refuses what the page does not say when the closing is typed in one with it', () => {
    refuses([
      'hva koster lisensene Mvh Kari',
      'who is the mayor of trondheim Thanks',
      'kven er ordførar i Molde Takk!',
    ]);
  });

  it('reads thanks typed in one with a sentence after the question as the closing, not as a question of that sentence', () => {
    refuses([
      'kva tid opnar Pirbadet i helga? skal ta med prosjektgruppa Takk!',
      'Hvordan registrerer jeg egenmelding når ungen er syk? Jobber i hjemmetjenesten Takk!',
      'When does the swimming pool open? Bringing the project team Thanks!',
    ]);
    expect(shown('Hvem leder Teknisk? Skal sende en e-post Tusen takk').text).toContain('Anne Amdal Storsve');
  });
});

describe('the line a letter is addressed by', () => {
  it('answers the question as if the address line and the closing were not there, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Dear project team,\nIs the health station part of it?\nBest, Kari',
      'Hi,\nIs the health station part of it?\nBest, Kari',
      'Kjære prosjektteam!\nEr helsestasjonen med?\nMvh Kari',
      'Til prosjektet.\nEr helsestasjonen med?\nVennleg helsing Ola',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('helsestasjon')]);
    expect(
      shown(
        'Dear project team,\nEr andre kommuner enn Trondheim representert i prosjektorganisasjonen til Helseplattformen?\nKind regards,\nJohn Smith, retired GP',
      ).text,
    ).toMatch(/^Ja\./u);
  });

  it('still refuses what the page does not say, and keeps a place the address line names', () => {
    refuses([
      'Hei fra Bergen,\nhvem leder prosjektet?',
      'Til prosjektet.\nHvem er rådmann i Bergen?',
      'Kjære prosjektkontor,\nHvor er kantina?',
    ]);
  });
});

describe('words of address up to a comma, in the line of the question', () => {
  it('answers the question as if they were not there, in bokmål, nynorsk and English', () => {
    expect(
      shown(
        "Hello, I'm a locum doctor from Germany starting at a nursing home in Trondheim next month. Who leads the training part of the project?",
      ).text,
    ).toContain('May Liz Bjørnevik Tho');
    expect(
      shown("Dear colleagues, was the RHF's benefits realisation strategy due by 1 January 2019?").text,
    ).toMatch(/^No.*01\.10\.2018/su);
    expect(shown('Kjære prosjektkontor, kven leiar opplæringa?').text).toContain('May Liz Bjørnevik Tho');
    expect(shown('Hei alle sammen, hvem leder delprosjektet Teknisk?').text).toContain('Anne Amdal Storsve');
  });

  it('still refuses what the page does not say, and keeps a place or a question word before the comma', () => {
    refuses([
      'Hei fra Bergen, hvem leder prosjektet?',
      'Dear colleagues, who is the CEO of Helse Midt-Norge?',
      'Hello, who leads the canteen?',
      'Kjære kollegaer, hvor er kantina?',
    ]);
  });
});

describe('greetings of everyday speech before the question', () => {
  it('answers the question alone after «Heisann!», «Halla!» or «Hey,», in the language of the question', () => {
    expect(shown('Heisann! Æ lure på ka tid bystyret ska avgjør deleierskapet. Mvh Ola').text).toMatch(
      /^29\. august/u,
    );
    expect(shown('Halla! Kem leie teknisk?').text).toContain('Anne Amdal Storsve');
    expect(shown('Hey, who leads the project office?').text).toContain('Elise B. Vesterhus');
    // «E legevakta me …?» is the dialect of Trøndelag («er legevakta med»), answered in Norwegian.
    expect(shown('Hei! Æ jobbe på legevakta. E legevakta me i Helseplattformen? Mvh Per').text).toMatch(
      /^Ja: «legevakt»/u,
    );
  });

  it('still refuses what the page does not say', () => {
    refuses(['Heisann, hvem leder kantina?', 'Hey, who is the mayor of Trondheim?']);
  });
});

describe('a greeting for the time of day before the question', () => {
  it('answers a request or a question after it, up to a comma or in a sentence of its own', () => {
    for (const q of [
      'Good morning, please give the name of the person heading the project office.',
      'Good afternoon! Who heads the project office?',
      'God morgen, hvem leder prosjektkontoret?',
      'God morgon. Kven leiar prosjektkontoret?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Elise B\. Vesterhus/u)]);
    expect(shown('Good evening, list the subprojects please.').text).toMatch(
      /^Functionality.*Technical.*Training/u,
    );
    expect(shown('Good morning, is the health station included?').text).toMatch(/^Yes/u);
    // The answer is the question's alone, without a part that does not know the greeting.
    expect(shown('Good morning! Please give the e-mail of the project office.').text).not.toContain(
      'Good morning',
    );
  });

  it('still refuses what the page does not say, and keeps a place greeted', () => {
    refuses([
      'Good morning, what time is the morning meeting of the project?',
      'Good morning Bergen, who leads the project?',
      'God kveld, hvem leder kantina?',
      'Good day, who is the mayor of Trondheim?',
    ]);
  });
});

describe('thanks on a line of their own before the signature', () => {
  it('reads them as the closing, however many words the signature has', () => {
    for (const q of [
      'Who heads the Opplæring subproject?\nMany thanks,\nDr. Alice Brown',
      'Hello,\nI am a locum GP from the UK working in Trondheim this winter. Who heads the Opplæring subproject?\nMany thanks,\nDr. Alice Brown',
      'Hvem leder Opplæring?\nTusen takk!\nKari Nordmann, avd.leder',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('May Liz Bjørnevik Tho')]);
  });

  it('still refuses what the page does not say', () => {
    refuses(['Who is the mayor of Trondheim?\nMany thanks,\nDr. Alice Brown']);
  });
});
