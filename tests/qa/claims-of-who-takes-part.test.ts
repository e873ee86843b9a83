import { answerer, refuses, shown } from '../support/question-answering';

// Yes/no questions about who takes part in the work (the other municipalities in the project organisation, Trondheim
// in the management group), checked against the sentence of the page that says it.

/** Each question's answer, as the user reads it, holds its text. */
function answersWith(cases: [string, string][]): void {
  for (const [q, line] of cases) expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
}

/** Each question's answer, as the user reads it, does not hold the text. */
function answersWithout(cases: [string, string][]): void {
  for (const [q, line] of cases) expect([q, shown(q).text]).toEqual([q, expect.not.stringContaining(line)]);
}

describe('yes/no questions about who takes part', () => {
  it('reads nynorsk words the page has in bokmål in what the question claims', () => {
    answersWith([
      [
        'Er andre kommunar i Midt-Noreg representerte med tilsette i organisasjonen til prosjektet?',
        'Ja. Sida seier: «Andre kommuner i Midt-Norge er representert med ansatte',
      ],
      [
        'Er andre kommunar representerte med tilsette i prosjektorganisasjonen?',
        'Ja. Sida seier: «Andre kommuner',
      ],
    ]);
  });

  it('says yes with the sentence that has the project and «andre», not another with the same words', () => {
    answersWith([
      [
        'Er tilsette frå andre kommunar med i prosjektorganisasjonen til Helseplattformen?',
        '«Andre kommuner i Midt-Norge er representert',
      ],
      ['Er ansatte fra andre kommuner med i prosjektorganisasjonen?', 'Ja. Siden sier: «Andre kommuner'],
    ]);
  });

  it('reads «folk» in the project organisation as its staff', () => {
    answersWith([
      [
        'Har kommunar utanom Trondheim folk i prosjektorganisasjonen?',
        '«Andre kommuner i Midt-Norge er representert',
      ],
      ['Er det folk fra andre kommuner i prosjektorganisasjonen?', 'Ja. Siden sier: «Andre kommuner'],
    ]);
  });

  it('reads the leadership and the leader group as the management group', () => {
    answersWith([
      ['Har Trondheim kommune vore med i leiinga av anskaffingsprosjektet?', 'i ledergruppen.»'],
      ['Var Trondheim med i ledelsen av anskaffelsen?', 'Ja. Siden sier'],
      [
        'Did Trondheim municipality have people in the leader group of the procurement project?',
        'Yes. The page says: “Trondheim kommune and Helse Midt-Norge RHF',
      ],
      ['Was Trondheim part of the leadership of the procurement?', 'Yes. The page says'],
    ]);
  });

  it('says no «nei» of another place among those in something when the page names only one of them', () => {
    answersWithout([
      ['Er Molde kommune med i ledergruppen?', 'Nei'],
      ['Er Molde kommune med i ledelsen?', 'Nei'],
    ]);
    // (Another place where the page has one place is no all the same.)
    answersWith([
      ['Koordinerer Molde kommune arbeidet?', 'Nei. Siden sier: «Trondheim kommune koordinerer'],
      ['Stemmer det at lederen av rådet er rådmann i Molde?', 'Nei'],
    ]);
  });

  it('reads a confirming tag at the end without a comma before it', () => {
    answersWith([
      ['prosjektkontoret ligger i bispegata 19 ikke sant?', 'Nei. Siden sier: «Denne er samlet'],
      ['prosjektkontoret ligger i bispegata 9 ikke sant', 'Ja. Siden sier'],
      [
        "the project office is on the second floor isn't it?",
        'No. The page says: “The offices are on the third',
      ],
      ['Ola Skorstad leder prosjektet ikke sant?', 'Ja'],
    ]);
  });

  it('reads «or not» and «eller ikke» at the end as asking whether it is so, not as «not»', () => {
    answersWith([
      ['Is Bindal part of this, or not?', 'Yes'],
      ['Is Bindal up in Nordland part of this through an option deal, or not?', 'Yes'],
      ['Er Bindal med, eller ikke?', 'Ja'],
      ['Er Bindal med i arbeidet eller ikkje?', 'Ja'],
      ['Is Tone Fagerholt the project lead, or not?', 'No'],
    ]);
  });

  it('answers no of a school other than the one the project is housed in, and refuses other names', () => {
    answersWith([
      ['Ligger prosjektlokalene i det som før var Ila skole?', 'Nei. Siden sier: «Denne er samlet'],
      ['Is the project office in the old Ila school?', 'No. The page says: “It is gathered'],
      // (Nynorsk «skule» is the page's «skole».)
      [
        'Held prosjektorganisasjonen i Trondheim til i det gamle Nidarvoll skule?',
        'Nei. Siden sier: «Denne er samlet',
      ],
      ['Held prosjektorganisasjonen til i den gamle Kalvskinnet skule?', 'Ja. Siden sier: «Denne er samlet'],
      // (What is set up somewhere is housed there.)
      [
        'Was the Trondheim project office set up in the old Ila school?',
        'No. The page says: “It is gathered',
      ],
      ['Was the project office set up in the old Kalvskinnet school?', 'Yes. The page says: “It is gathered'],
      ['Was the project office set up in Munkegata 1?', 'No. The page says: “It is gathered'],
    ]);
    refuses([
      'Er Helse Nord RHF med i Helseplattformen?',
      'Har Ola Skorstad jobbet på Ila skole?',
      'Was the project office set up in Bergen?',
    ]);
  });

  it('answers no of a street other than the one the project is housed in, and refuses what else is there', () => {
    answersWith([
      ['Er prosjektkontoret i Erling Skakkes gate?', 'Nei. Siden sier: «Denne er samlet'],
      ['Ligg prosjektkontoret i Kongens gate?', 'Nei. Siden sier: «Denne er samlet'],
      ['er prosjektkontoret i munkegata', 'Nei. Siden sier: «Denne er samlet'],
      ['Holder prosjektet til i Erling Skakkes gate 9?', 'Nei. Siden sier: «Denne er samlet'],
      // (A street with its number: the page's street with its own.)
      ['Holder prosjektorganisasjonen til i Munkegata 1?', 'Nei. Siden sier: «Denne er samlet'],
      ['Is the project office at Erling Skakkes gate 14?', 'No. The page says: “It is gathered'],
      ['Is the project office in Olav Tryggvasons gate?', 'No. The page says: “It is gathered'],
      ['Is the project office in Bispegata 9?', 'Yes. The page says: “It is gathered'],
    ]);
    refuses([
      'Er det parkering i Munkegata?',
      'Har Ola Skorstad kontor i Munkegata?',
      'Har prosjektet et lager i Erling Skakkes gate?',
      'Er prosjektkontoret i Oslo?',
      // (A word of the dictionaries that ends in a word for a street is no street.)
      'Stemmer det at prosjektkontoret har parkeringsplass?',
      'Har prosjektkontoret parkeringsplass?',
    ]);
  });

  it('answers no of a building the page does not put the project in, and refuses what else is there', () => {
    answersWith([
      ['Sitter prosjektorganisasjonen på rådhuset?', 'Nei. Siden sier: «Denne er samlet'],
      ['Ligger prosjektkontoret i kjelleren?', 'Nei. Siden sier: «Denne er samlet'],
      ['Held prosjektkontoret til på sjukehuset?', 'Nei. Sida seier: «Denne er samlet'],
      ['Er helsehuset med?', 'Ja'],
      ['Is the project office in the town hall?', 'No. The page says: “It is gathered'],
      ['Is the project team based at the hospital?', 'No. The page says: “It is gathered'],
      ['Ligger prosjektkontoret i en gammel skole?', 'Ja'],
    ]);
    refuses(['Er det kantine i kjelleren?', 'Har rådhuset parkering?', 'Where is the nearest hospital?']);
  });

  it('answers no of a building with an article or its age before it', () => {
    answersWith([
      [
        'Ligg kontorlokala til innføringsprosjektet i det gamle rådhuset?',
        'Nei. Siden sier: «Denne er samlet',
      ],
      ['Sitter prosjektorganisasjonen i den gamle kjelleren?', 'Nei. Siden sier: «Denne er samlet'],
      ['Is the project office in the old town hall?', 'No. The page says: “It is gathered'],
      ['Ligger prosjektkontoret i det gamle Kalvskinnet skole?', 'Ja'],
    ]);
    refuses(['Er det kantine i det gamle rådhuset?', 'Where is the old town hall?']);
  });
});

describe('yes/no questions about the feedback form', () => {
  it('reads filling in and giving something as sending it', () => {
    answersWith([
      [
        'Får jeg svar dersom jeg fyller ut tilbakemeldingsskjemaet nederst på siden?',
        'Nei. Siden sier: «Tilbakemeldingen vil ikke bli besvart.»',
      ],
      [
        'Will I get an answer if I fill in the feedback form?',
        'No. The page says: “Feedback is not answered.”',
      ],
      ['Kan jeg oppgi personnummer i tilbakemeldingen på siden?', 'Nei. Siden sier: «Ikke send personlig'],
      ['Kan eg oppgje telefonnummeret mitt i tilbakemeldinga?', 'Nei. Sida seier: «Ikkje send'],
    ]);
  });
});

describe('yes/no questions about where the project lead comes from', () => {
  it('answers of the project lead by the title, with the unit on the card', () => {
    answersWith([
      ['Does the local project lead come from the IT service?', "No. Ola Skorstad's role is"],
      ['Does the local project lead come from the IT service?', 'Rådmannens fagstab'],
      ['Er prosjektlederen fra IT-tjenesten?', 'Nei. Rollen til Ola Skorstad er'],
      ['Kjem prosjektleiaren frå IT-tenesta?', 'Nei. Rolla til Ola Skorstad er'],
      ['Is the project lead from Rådmannens fagstab?', "Yes. Ola Skorstad's role is"],
    ]);
  });
});

describe('yes/no questions about the experts who help set up the system', () => {
  it('reads clinical experts as the subject-matter experts, the vendor as the supplier, a handful as a few', () => {
    answersWith([
      [
        'Does the page say that clinical specialists from municipal health care help set up the record system together with the supplier?',
        'Yes. The page says: “Subject-matter experts',
      ],
      ['are clinical experts from the municipalities helping set up the journal system w the vendor', 'Yes.'],
      [
        'Does the page say experts have been mobilised from only a handful of clinical areas in municipal health care?',
        'No. The page says: “Subject-matter experts (fageksperter) from all fields',
      ],
      ['Er fageksperter mobilisert fra bare noen få fagområder?', 'Nei. Siden sier: «Fageksperter fra alle'],
      [
        'Er kliniske eksperter fra kommunene med på å sette opp journalsystemet sammen med leverandøren?',
        'Ja. Siden sier: «Fageksperter',
      ],
      ['Can all GPs connect to the solution?', 'Yes. The page says: “All municipalities and GPs'],
    ]);
    refuses(['Who is the vendor?']);
  });
});

describe('yes/no questions about which services are included', () => {
  it('reads the therapists as their service, when asked whether they are included', () => {
    answersWith([
      [
        'Omfatter innføringen ergoterapeutene og fysioterapeutene i kommunen?',
        'Ja: «ergo- og fysioterapitjenester»',
      ],
      ['Are physiotherapists included?', 'Yes: “occupational therapy and physiotherapy services'],
      ['Skal ergoterapeutane bruke Helseplattformen?', 'Ja: «ergo- og fysioterapitjenester»'],
    ]);
    refuses(['Hvem er fysioterapeut i prosjektet?', 'Who is the physiotherapist in the project?']);
  });

  it('reads moving to the platform as using it', () => {
    answersWith([
      [
        'vikarlege at trondheim legevakt next month – is legevakt part of what moves to helseplattformen?',
        'Yes: “out-of-hours emergency clinic (legevakt)”',
      ],
      ['Does the school health service switch to Helseplattformen?', 'Yes: “school health service'],
    ]);
  });

  it('reads «vi» after an introduction that names a service of the place as that service', () => {
    answersWith([
      [
        'Eg jobbar på helsestasjon i Trondheim. Blir vi med i Helseplattformen?',
        '«helsestasjon» står i listen',
      ],
      [
        'Jeg jobber på legevakta i Trondheim. Skal vi bruke Helseplattformen?',
        'Ja: «legevakt» står i listen',
      ],
    ]);
  });

  it('reads «vi» as the service an introduction names without a place, and still refuses a service not listed', () => {
    answersWith([
      [
        'Jeg jobber i flyktninghelsetjenesten. Blir vi omfattet av Helseplattformen?',
        'Ja: «flyktninghelsetjeneste»',
      ],
      ['Eg jobbar på helsehuset. Skal vi over på Helseplattformen?', 'Ja: «helsehus»'],
    ]);
    refuses(['Jeg jobber på tannklinikken. Er vi med?']);
  });

  it('reads «our service», «tenesta vår» as the service the introduction names, of several words too', () => {
    answersWith([
      [
        'I work in the prison health service in Trondheim. Is our service included in the new journal system?',
        'Yes: “prison health service (fengselshelsetjeneste)” is in the list',
      ],
      [
        'I work at the health station in Trondheim. Are we included?',
        'Yes: “health stations (helsestasjon)”',
      ],
      ['Eg jobbar i fengselshelsetenesta i Trondheim. Er tenesta vår med?', 'Ja: «fengselshelsetjeneste»'],
      ['Jeg jobber på helsestasjonen i Trondheim. Er tjenesten vår med?', 'Ja: «helsestasjon» står i listen'],
      [
        'I work in bo- og aktivitetstilbud for people with disabilities in Trondheim. Is our service part of the new record system?',
        'Yes: “housing and activity services (bo- og aktivitetstilbud)”',
      ],
    ]);
  });

  it('gives no yes for a service the list does not have, though one word of it is in an item', () => {
    for (const q of [
      'I work at the dental clinic in Trondheim. Is our service included?',
      'I work at the dental clinic in Trondheim. Are we included?',
      'I work in the child welfare service in Trondheim. Is our service included?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^Yes/u)]);
  });
});

describe('yes/no questions about whether the council has only members of one kind', () => {
  it('says no with those who are and how many others there are', () => {
    answersWith([
      ['Er det bare rådmenn i samarbeidsrådet?', 'Nei: «Arne Ingebrigtsen, Arne Sverre Dahl'],
      ['Er det bare rådmenn i samarbeidsrådet?', 'sammen med 3 andre'],
      ['Er det noen rådmenn i samarbeidsrådet?', 'Ja: «Arne Ingebrigtsen'],
    ]);
  });
});

describe('yes/no questions about who is affected', () => {
  it('reads healthcare staff as the staff the page counts', () => {
    answersWith([
      [
        'Do private healthcare staff count among the people affected by the shared system?',
        'Yes. The page says: “The shared health record system',
      ],
      ['Blir helsepersonell i det private berørt?', 'Ja. Siden sier: «Det felles journalsystemet'],
    ]);
  });
});

describe('the municipalities outside Trondheim', () => {
  it('are the other municipalities the page names, taking part through option agreements', () => {
    for (const q of [
      'Korleis er kommunane utanfor Trondheim knytte til Helseplattformen?',
      'Hvordan er kommunene utenfor Trondheim knyttet til Helseplattformen?',
      'How are the municipalities outside Trondheim connected to Helseplattformen?',
      'Hei. Eg er kommunalsjef i ein liten kommune på Sunnmøre. Korleis er kommunane utanfor Trondheim knytte til Helseplattformen? Helsing Bjarne',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtal|option agreement/)]);
    expect(shown('Hvem koordinerer arbeidet mot kommunene utenfor Trondheim?').text).toContain(
      'Trondheim kommune koordinerer',
    );
  });

  it('still have no count, staff figure or lead the page gives', () => {
    expect(answerer.answer('Hvor mange kommuner utenfor Trondheim er med?').kind).toBe('fallback');
    expect(answerer.answer('Hvor mange ansatte har kommunene utenfor Trondheim?').kind).toBe('fallback');
    expect(answerer.answer('Hvem leder kommunene utenfor Trondheim?').kind).toBe('fallback');
  });
});

describe('a group the sentence about the platform names, said to be part of it', () => {
  it('says yes with that sentence, in Norwegian and English', () => {
    for (const [q, start] of [
      ['Er sykehusene med i det felles journalsystemet?', 'Ja'],
      ['Er sykehusa med i Helseplattformen?', 'Ja'],
      ['Are the hospitals part of the shared record system?', 'Yes'],
    ]) {
      const text = shown(q!).text;
      expect([q, text.startsWith(start!), text]).toEqual([
        q,
        true,
        expect.stringMatching(/sykehus|hospitals/u),
      ]);
    }
  });

  it('refuses it of those the sentence does not name', () => {
    refuses(['Er tannlegene med i journalsystemet?', 'Er apotekene med i Helseplattformen?']);
  });
});

describe('a listed service said to have a place in the solution', () => {
  it('says yes from the list of services, in bokmål, nynorsk and English', () => {
    for (const [q, start] of [
      ['Har legevakten fått plass i Helseplattformen?', 'Ja'],
      ['Får helsestasjonen plass i det nye systemet?', 'Ja'],
      ['Stemmer det at fengselshelsetjenesten har fått en plass i løsningen?', 'Ja'],
      ['Har flyktninghelsetenesta fått plass i løysinga?', 'Ja'],
      ['Does the school health service have a place in the new system?', 'Yes'],
    ]) {
      const text = shown(q!).text;
      expect([q, text.startsWith(start!), text]).toEqual([
        q,
        true,
        expect.stringMatching(/Tjenester|Tenester|Services/u),
      ]);
    }
  });
});
