import { answerer, people, refuses, shown } from '../support/question-answering';

describe('English words and abbreviations for what the page says in its own words', () => {
  it('reads «CEO» of a municipality as its chief municipal executive (rådmann)', () => {
    expect(shown('Which council member is the CEO of Steinkjer?').text).toContain('Torunn Austheim');
    expect(people('Who is the municipal CEO of Lierne?')).toEqual(['Karl Audun Fagerli']);
    const molde = shown('Is the Samarbeidsråd for opsjonskommuner chaired by the CEO (rådmann) of Molde?');
    expect(molde.text).toMatch(/^No\./);
    expect(molde.text).toContain('Arne Ingebrigtsen');
    // No one on the page heads a company, a hospital or another municipality.
    refuses([
      'Who is the CEO of Helseplattformen AS?',
      'Who is the CEO of Bergen kommune?',
      'Who is the CEO of St. Olavs hospital?',
    ]);
  });

  it('reads «dept.» as a department', () => {
    for (const q of [
      'Is the training subproject (Opplæring) led by someone from the HR/personnel dept.?',
      'Is the training subproject led by someone from the HR dept.?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type, text]).toEqual([
        q,
        'ledBy',
        expect.stringMatching(/^Yes\..*May Liz Bjørnevik Tho/s),
      ]);
    }
    expect(answerer.answer('Which subproject lead comes from the IT dept.?').topicId).toBe('teknisk');
    refuses(['Who leads the finance dept.?', 'Who heads the HR dept. in Trondheim kommune?']);
  });

  it('reads the one of two words offered with a slash that the page uses, when the other is an everyday word', () => {
    for (const q of [
      'Is there a generic/shared email for the project office? What is the address?',
      'Is there a generic email for the project office?',
      'Finnes det en generisk/felles e-postadresse til prosjektkontoret?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringContaining('helseplattformen.helseogvelferd@trondheim.kommune.no'),
      ]);
    expect(answerer.answer('Hvem leder opplæring/kursing?').topicId).toBe('opplaering');
    // The council has no address or number of its own on the page; a word the bot cannot place is kept.
    refuses([
      'Is there a generic email for the council?',
      'What is the generic/shared phone number of the council?',
      'Who is the IT/VPN contact?',
    ]);
  });

  it('reads «stuff» as things and a «go-to person» as the contact person', () => {
    const { text } = shown(
      'who should I ring about practical stuff for the project office, and on what number?',
    );
    expect(text).toContain('Elise B. Vesterhus');
    expect(text).toContain('952 63 567');
    expect(shown('Who is the go-to person for training?').text).toContain('May Liz Bjørnevik Tho');
    expect(shown('Who is the go-to person for Teknisk?').text).toContain('Anne Amdal Storsve');
    refuses(['Who is the go-to person for parking?', 'Who do I call about IT stuff?']);
  });

  it('reads working most closely with someone as cooperating closely with them', () => {
    for (const q of [
      'Who will the Teknisk subproject work most closely with?',
      'Hvem jobber det tekniske delprosjektet tettest med?',
      'Kven jobbar Teknisk tettast med?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'teknisk', expect.stringContaining('funksjonalitet')]);
    }
    refuses(['Who does the training subproject work most closely with?']);
  });

  it('reads the running and management of a system as its operation and maintenance (drift og forvaltning)', () => {
    for (const q of [
      'According to the benefits list, what happens to the running and management of the existing record systems?',
      'What happens to the operations and management of the current EHR systems?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('removed')]);
    expect(shown('Will the running and maintenance of the old EHR systems go away?').text).toMatch(/^Yes\b/);
    refuses(['Who is responsible for the running and management of the parking garage?']);
  });

  it('reads electronic messages as the e-messages (e-meldinger) the page names', () => {
    const q = 'Has the fagråd been central in developing electronic messages?';
    expect(shown(q).text).toMatch(/^Yes\..*e-meldinger/s);
    expect(answerer.answer('What electronic messaging has the regional fagråd developed?').topicId).toBe(
      'fagradet',
    );
  });

  it('reads a council headed or chaired by someone as one that person is the chair of', () => {
    expect(shown('Is the council headed by the rådmann of Kristiansund?').text).toMatch(/^Yes\./);
    const molde = shown('Is the council for the option municipalities chaired by the rådmann of Molde?');
    expect(molde.text).toMatch(/^No\..*Arne Ingebrigtsen/s);
  });

  it('reads a polite «could you kindly provide» as a request to give, after «Dear Sir or Madam,»', () => {
    for (const q of [
      'I would like to reach the communications officer of the Trondheim implementation project by telephone. Could you kindly provide the number?',
      'Dear Sir or Madam, could you give me the phone number of the communications officer?',
      'Could you please provide the phone number of the communications officer?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('481 61 844')]);
    expect(people('Dear Sir or Madam, who leads the project?')).toEqual(['Ola Skorstad']);
    // Who provides the system is the vendor, whom the page does not name; a place greeted is what is asked about.
    refuses([
      'Who provides the system?',
      'Could you provide the name of the vendor?',
      'Hei fra Bergen, hvem leder prosjektet?',
      'Hello Oslo, who leads the project?',
    ]);
    expect(shown('Could you kindly provide the phone number of the council?').answer.kind).toBe('fallback');
  });

  it('reads an e-mail request to provide a detail, and how grateful the asker is, as asking for it', () => {
    for (const q of [
      'Good morning, kindly provide the name of the person heading the project office. Thanks and regards.',
      'Pls provide the name of the person heading the project office.',
      "I'd be grateful if you could tell me who heads the project office.",
      'Eg er takksam om du kan seie kven som leiar prosjektkontoret.',
      'Jeg er takknemlig om du kan si meg hvem som leder prosjektkontoret.',
    ])
      expect([q, people(q)]).toEqual([q, ['Elise B. Vesterhus']]);
    expect(shown("I'd be grateful if you could provide the e-mail of the project office.").text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    // What the page does not give stays unanswered, however politely it is asked for.
    refuses([
      'Kindly provide the name of the vendor.',
      'Kindly provide the salary of the project lead.',
      "I'd be grateful if you could tell me the salary of the project lead.",
      'Jeg er takknemlig om du kan si meg hvem som leverer systemet.',
    ]);
    expect(
      shown('Kindly provide the phone number of the project lead. Thanks and regards.').answer.kind,
    ).toBe('fallback');
  });
});

describe('more English words for what the page says', () => {
  it('reads «town manager» and «chief administrative officer» as the chief executive, «EPR» and «legacy systems»', () => {
    expect(shown('Who is the town manager from Lierne on the council?').text).toMatch(/^Karl Audun Fagerli/u);
    expect(
      shown('Is the cooperation council chaired by the chief administrative officer from Kristiansund?').text,
    ).toMatch(/^Yes/u);
    expect(shown('Who is in charge of the local implementation project for the new EPR?').text).toMatch(
      /^Ola Skorstad/u,
    );
    expect(shown('Does the technical subproject cover data migration from the legacy systems?').text).toMatch(
      /^Yes/u,
    );
    refuses(['Who is the town manager of Bergen?']);
  });
});

describe('British and other English words for the people and parts of the project', () => {
  it('reads «chief officer» as the chief executive and «medical officer of health» as the chief medical officer', () => {
    expect(shown('Who is the chief officer of Malvik on the council?').text).toMatch(/^Carl-Jacob Midttun/u);
    expect(
      shown(
        'Which medical officer of health is on the option municipalities council, and from what municipality?',
      ).text,
    ).toMatch(/^Ragnhild Holmberg Aunsmo.*Verdal/su);
    refuses(['Who is the chief officer of Bergen?', 'Who is the medical officer of health in Oslo?']);
  });

  it('reads the roll-out team as the implementation project, and council employees as the municipality’s staff', () => {
    expect(shown('Who runs the whole Trondheim roll-out team?').text).toMatch(/^Ola Skorstad/u);
    expect(shown('Where is the roll-out team actually sitting?').text).toMatch(/Bispegata 9/u);
    expect(
      shown('Roughly how many council employees in Trondheim are going to get the new patient journal?').text,
    ).toMatch(/7000|7 000/u);
    expect(shown('Do about 7000 staff of Trondheim council get a new working tool?').text).toMatch(
      /^Yes.*7000/su,
    );
    expect(shown('Was the regional advisory council central in developing e-messaging?').text).toMatch(
      /^Yes/u,
    );
    refuses(['Does the roll-out team have a canteen?', 'Who does the catering for the roll-out team?']);
  });
});

describe('what something «actually» is', () => {
  it('reads «actual» and «egentlige» before what is asked as saying nothing of it', () => {
    for (const q of [
      "What is the training subproject's actual job?",
      'Hva er den egentlige oppgaven til opplæringsdelprosjektet?',
      'Kva er den eigentlege oppgåva til delprosjektet Opplæring?',
    ])
      expect([q, shown(q).answer.topicId]).toEqual([q, 'opplaering']);
    // What the page does not have is still refused, actual or not.
    refuses([
      "What is the training subproject's actual budget?",
      'What are the actual costs of the project?',
    ]);
  });
});

describe('English words that only look like compounds of the page’s words', () => {
  it('reads «outside» as the word it is, not «out» + «ide», so the question is answered by what it asks', () => {
    for (const q of [
      "Outside Trondheim's own organisation, who will the technical work mostly be done together with?",
      'Outside the municipality, who will the tech subproject mostly be working with?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'teknisk',
        expect.stringContaining('sentralt innføringsprosjekt'),
      ]);
    }
    const q = 'Which municipality outside Trøndelag and Møre og Romsdal takes part?';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bindal')]);
  });

  it('still refuses what the page does not say of anyone outside the project', () => {
    refuses([
      'Who works outside the office on Fridays?',
      'Outside the project, who pays for the new system?',
    ]);
  });
});
