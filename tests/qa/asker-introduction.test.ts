import { answerer, people, refuses, shown } from '../support/question-answering';

describe('a message that first says who asks or where they work', () => {
  it('answers the question, not the role the asker names («Jeg er kommuneoverlege i …»)', () => {
    expect(
      shown(
        'Jeg er kommuneoverlege i Levanger og skal ringe lederen av prosjektkontoret. Hvilket nummer har hun?',
      ).text,
    ).toContain('952 63 567');
    expect(
      shown(
        'Eg leiar ei heimeteneste og har eit spørsmål til prosjektkontoret. Kva e-postadresse kan eg bruke?',
      ).text,
    ).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
    expect(
      shown(
        "I'm a district nurse in Trondheim and need to e-mail the head of the project office. What's her address?",
      ).text,
    ).toContain('elise-b.vesterhus@trondheim.kommune.no');
  });

  it('reads a workplace whose name shares a head with the next word as one («helse- og velferdskontoret»)', () => {
    expect(
      shown(
        'Eg arbeider på helse- og velferdskontoret. Kva er den generelle e-postadressa til prosjektkontoret?',
      ).text,
    ).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
    expect(people('Jeg jobber i ergo- og fysioterapitjenesten. Hvem leder delprosjektet Teknisk?')).toEqual([
      'Anne Amdal Storsve',
    ]);
    refuses(['Eg arbeider på helse- og velferdskontoret. Kven leiar kantina der?']);
  });

  it('answers after a region the page does not name, in bokmål, nynorsk and English', () => {
    expect(people('Som fysioterapeut i Gauldal lurer jeg på hvem som leder delprosjektet Teknisk?')).toEqual([
      'Anne Amdal Storsve',
    ]);
    expect(
      answerer.answer('Eg er helsesekretær på Nordmøre. Kven sit i Samarbeidsrådet frå Verdal?').kind,
    ).toBe('answer');
    expect(people('As a nurse on Hitra, who chairs the cooperation council?')).toEqual(['Arne Ingebrigtsen']);
    expect(
      answerer.answer('Vi er ei lita kommune i Namdalen – har kommunane i Møre og Romsdal opsjonsavtale?')
        .topicId,
    ).toBe('kommunene-med');
  });

  it('keeps the words it needs from the introduction', () => {
    // The place the asker works, when the question names none.
    expect(
      answerer.answer('As a GP in Trondheim I am curious which services will use the new system.').topicId,
    ).toBe('tjenester');
    // What a pronoun in the question points back to, said after the role.
    expect(people("I'm a journalist looking at the cooperation council. Who chairs it?")).toEqual([
      'Arne Ingebrigtsen',
    ]);
    // The answer keeps the message as it was asked.
    const asked = 'Eg er fastlege i Innherred. Kven leiar prosjektkontoret?';
    expect(answerer.answer(asked).question).toBe(asked);
  });

  it('does not let the place the asker works steer a question about a topic the page names', () => {
    for (const q of [
      'Hei! Eg er sjukepleiar i heimetenesta i Orkland. Kven er det som leiar samarbeidsrådet for opsjonskommunane? Helsing Randi',
      'Jeg er sykepleier i hjemmetjenesten i Orkland. Hvem leder samarbeidsrådet?',
      "I'm a nurse in home care in Orkland. Who chairs the cooperation council?",
    ])
      expect([q, people(q)]).toEqual([q, ['Arne Ingebrigtsen']]);
    refuses([
      'Eg er sjukepleiar i heimetenesta i Orkland. Kven leiar kantina?',
      'Eg er sjukepleiar i heimetenesta i Orkland. Kven er nestleiar i samarbeidsrådet?',
    ]);
  });

  it('reads «vår»/«our» in a question for someone as the one of the place the introduction names', () => {
    for (const q of [
      'Hei! Eg er nytilsett i SiO i Orkland. Kven er leiaren vår som sit i samarbeidsrådet? Helsing Sindre',
      'Jeg jobber i Orkland. Hvem er representanten vår i samarbeidsrådet?',
    ])
      expect([q, people(q)]).toEqual([q, ['Bjørn Buan']]);
    expect(people('I work in Molde. Who is our representative on the cooperation council?')).toEqual([
      'Arne Sverre Dahl',
    ]);
    // The page names no member of the council for Bindal or Oppdal.
    refuses([
      'Hei! Æ jobbe i Bindal. Kem e representanten vår i samarbeidsrådet? Mvh Torbjørn',
      'Jeg jobber i Bindal. Hvem er vår representant i samarbeidsrådet?',
      'I work in Bindal. Who is our representative on the cooperation council?',
      'Æ jobbe i Oppdal. Kem e representanten vår i samarbeidsrådet?',
    ]);
    // Of what the page says of all the municipalities, «våre» asks as before.
    expect(
      shown(
        'Hei! Jobbe på et legekontor i Molde. Kan fastlegene våre koble seg på løsninga som velges, eller er det bare for Trondheim?',
      ).text,
    ).toMatch(/^Ja/u);
  });

  it("answers «vi» of the asker's workplace with what the page says of all of its kind", () => {
    for (const q of [
      'Jeg er daglig leder på et privat fastlegekontor på Nordmøre. Kan vi også koble oss på løsningen som velges?',
      'Jeg er fastlege. Kan vi koble oss på løsningen som velges?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja.*fastleger/su)]);
    // The page says it of the municipalities and the GPs, not of dentists.
    expect(shown('Jeg er tannlege på Nordmøre. Kan vi også koble oss på løsningen?').text).not.toMatch(
      /^Ja/u,
    );
  });

  it('reads «oss»/«us» before the words that say who it is as those words, not the workplace', () => {
    for (const q of [
      'I work in Hareid. What is the job of the samarbeidsråd, what do they do for us small kommuner?',
      'Hello, I work in Hareid. What is the job of the samarbeidsråd, what do they do for us small kommuner?',
      'Jeg jobber i Molde. Hva gjør samarbeidsrådet for oss opsjonskommuner?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'samarbeidsradet']);
    refuses([
      'Jeg jobber i Molde. Hva gjør kantina for oss ansatte?',
      'Jeg jobber i Volda. Hvem er vår kontaktperson?',
    ]);
  });

  it('reads «vi», «oss», «kommunen» and «we» as the workplace the introduction names', () => {
    expect(people('Jeg jobber i Molde kommune. Hvem representerer oss i samarbeidsrådet?')).toEqual([
      'Arne Sverre Dahl',
    ]);
    refuses([
      'Jeg jobber i Bergen kommune. Er vi med i Helseplattformen?',
      'Eg jobbar i Bergen kommune. Er kommuna med i Helseplattformen?',
      "I'm a nurse in Stavanger. Who leads the training there?",
      'We are a small clinic in Bergen. Will we get the new system?',
    ]);
  });

  it('still refuses what the page does not hold, after any introduction', () => {
    refuses([
      'Jeg er sykepleier på Helgeland. Hvor kan jeg parkere i morgen?',
      'Eg er fastlege på Sunnmøre. Kven er ordførar i Ålesund?',
      'As a GP in Innherred, what is the salary of the project leader?',
      "I'm a health worker in Namdalen. What's the weather like in Trondheim tomorrow?",
      'Jeg er journalist i lokalavisa. Hvem vant valget i Trondheim?',
    ]);
  });

  it("refuses what is asked of the asker's own workplace, which their workplace words must not answer", () => {
    refuses([
      'Jeg jobber på et sykehjem i Kristiansund. Når tar vår kommune i bruk Helseplattformen?',
      'Æ jobbe i heimetjenesta i Steinkjer. Når går vi over på Helseplattformen, og når blir det gamle systemet vårt skrudd av?',
      'I work in the prison health service in Trondheim. Who is our super-user for the new system?',
      'Eg jobbar i heimesjukepleia i Levanger. Kven er superbrukaren vår?',
      'I work at the health station in Ålesund. When does our municipality go live with Helseplattformen?',
      'Jeg jobber i legevakten i Trondheim. Når blir det gamle journalsystemet vårt slått av?',
    ]);
    // What the page says of the asker's service stays answered.
    expect(shown('Jeg jobber på legevakten – blir vi også en del av Helseplattformen?').text).toContain(
      'legevakt',
    );
  });

  it('answers after two introductions, the second saying more of who asks', () => {
    for (const [q, expected] of [
      [
        'Jeg jobber i hjemmetjenesten. Jeg er kommuneoverlege i Malvik og må ringe lederen av prosjektkontoret i Trondheim. Hvilket telefonnummer har hun?',
        '952 63 567',
      ],
      [
        'Eg jobbar i heimetenesta. Eg er einingsleiar i heimetenesta i Levanger. Kva effektivitetsgevinstar er lista opp for kommunane?',
        'medisinlister',
      ],
      [
        "I work in home care. I'm a nurse from the Philippines working in home care in Trondheim. Who is the person in charge of the project office for the Helseplattformen rollout?",
        'Elise B. Vesterhus',
      ],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
    refuses([
      'Jeg jobber på legevakten. Jeg er sykepleier i Trondheim. Hvor kan jeg parkere?',
      'I work in home care. I am a nurse in Molde. What is the salary of the project lead?',
    ]);
  });

  it('reads «vi» and «our» as the place a later introduction names, not the workplace of the first', () => {
    refuses([
      'Eg jobbar i heimetenesta. Æ jobbe i heimetjenesta i Steinkjer. Når går vi over på Helseplattformen, og når blir det gamle systemet vårt skrudd av?',
      'I work in home care. I work in the prison health service in Trondheim. Who is our super-user for the new system?',
      "I work in home care. I'm a nurse at a health station in Molde. When will our training on the new system start?",
    ]);
    expect(
      people(
        'Jeg jobber i hjemmetjenesten. Jeg jobber i Orkland. Hvem er vår representant i samarbeidsrådet?',
      ),
    ).toEqual(['Bjørn Buan']);
    expect(shown('Jeg jobber i hjemmetjenesten. Jeg er kommuneoverlege i Volda. Er vi med?').text).toMatch(
      /^Ja/,
    );
  });

  it("refuses the asker's own everyday things after saying where they work, which are not the workplace", () => {
    refuses([
      'Jeg jobber i hjemmetjenesten. PC-en min starter ikke',
      'Jeg jobber i hjemmetjenesten. Jeg har glemt passordet mitt',
      'Eg jobbar på sjukeheim. Mobilen min er øydelagd',
      'I work at the emergency clinic. My laptop won’t start.',
      'Jeg jobber på legevakten. Tastaturet mitt er ødelagt',
    ]);
    // «min» of what the page knows still points back to the workplace.
    expect(shown('Jeg jobber på sykehjem. Får avdelingen min Helseplattformen?').text).toContain('sykehjem');
  });

  it('reads an introduction that leaves the asker out («Sitter i …», «Working as …»)', () => {
    expect(
      shown(
        'Sitter i hjemmetjenesten på Byåsen og vil sende en mail rett til han som leder innføringsprosjektet i Trondheim. Hvilken epostadresse har han?',
      ).text,
    ).toContain('ola.skorstad@trondheim.kommune.no');
    expect(people('Jobber som sykepleier i Trondheim. Hvem leder delprosjektet Opplæring?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    expect(people('Working as a nurse in Trondheim. Who leads the training subproject?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    expect(
      shown('Jeg sitter i helsehuset og trenger telefonnummeret til hun som leder prosjektkontoret.').text,
    ).toContain('952 63 567');
    // A question that opens with the verb is no introduction.
    expect(people('Jobber Line Kristoffersen i Rådmannens fagstab?')).toEqual(['Line Kristoffersen']);
  });

  it('reads a sentence of its own without «jeg» that says where the asker works («Leder … i Bindal.», «… her –»)', () => {
    expect(people('Leder hjemmetjenesten i Oppdal. Hvem leder prosjektkontoret?')).toEqual([
      'Elise B. Vesterhus',
    ]);
    expect(
      answerer.answer('Leiar sjukeheim i Aukra. Har alle kommunane i Møre og Romsdal opsjonsavtale?').topicId,
    ).toBe('kommunene-med');
    expect(shown('fysio i vestnes. kan fastlegane kople seg på løysinga?').text).toContain('fastleg');
    expect(people('Nurse in Vestnes here. Who leads the project office?')).toEqual(['Elise B. Vesterhus']);
    expect(
      shown(
        'Hei, avdelingsleder på helsestasjonen i Verdal her – er det noen fra Verdal i samarbeidsrådet? og hva er rollen til vedkommende',
      ).text,
    ).toContain('Kommuneoverlege');
    expect(people('Hei, fagkoordinator i Molde her – hvem leder samarbeidsrådet?')).toEqual([
      'Arne Ingebrigtsen',
    ]);
  });

  it('takes no such sentence for an introduction when the question points back to it or is the sentence itself', () => {
    // What the question after a dash points back to is what it asks about.
    expect(shown('The chief executive from Kristiansund – what is his role on the council?').text).toContain(
      'Arne Ingebrigtsen',
    );
    expect(people('Kommuneoverlegen i Verdal. Hva heter hun?')).toEqual(['Ragnhild Holmberg Aunsmo']);
    expect(people('Jobber Tone Fagerholt i prosjektet?')).toEqual(['Tone Fagerholt']);
    refuses([
      'Leder hjemmetjenesten i Oppdal. Hvem er kommuneoverlege hos oss?',
      'Leder hjemmetjenesten i Oppdal. Når tar vi i bruk Helseplattformen?',
      'Sykepleiar i Ørsta. Kor mange tilsette får nytt arbeidsverktøy i Ørsta?',
      'Leder hjemmetjenesten i Oppdal. Hvordan søker jeg om permisjon?',
      'Sykepleier i Frøya. Hva er lønna mi?',
    ]);
  });

  it('reads «vi», «oss» and «we» as the place the introduction names, when the page knows it («… i Bindal. Er vi med …?»)', () => {
    for (const q of [
      'Leder hjemmesykepleien i Bindal. Er vi med i Helseplattformen selv om vi ligger i Nordland?',
      'I work in Bindal. Are we part of Helseplattformen even though we are in Nordland?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'kommunene-med']);
    expect(people('Jobber på sykehjem i Verdal. Har vi noen i samarbeidsrådet?')).toEqual([
      'Ragnhild Holmberg Aunsmo',
    ]);
    expect(people('Eg jobbar i Verdal. Kven representerer oss i rådet?')).toEqual([
      'Ragnhild Holmberg Aunsmo',
    ]);
    // What the page does not say of that place, it does not know of the asker's workplace.
    refuses([
      'Jeg jobber i Bindal. Hvem er kommuneoverlege hos oss?',
      'I work in Bindal. Who is the chief medical officer for us?',
      'Jeg jobber i Kristiansund. Hvor mange ansatte har vi?',
      'Leder hjemmesykepleien i Bindal. Hvor mange ansatte har vi?',
      'Jeg jobber i Trondheim. Når tar vi i bruk Helseplattformen?',
    ]);
  });

  it('reads "Is there …?" after an introduction as asking whether something is, not of the workplace', () => {
    const q =
      "I'm a GP in Levanger and want to write to the project office. Is there a shared e-mail address I can use?";
    expect(shown(q).text).toContain('helseplattformen.helseogvelferd@');
  });

  it('reads nynorsk «me» as the place the introduction names, however short the question after it', () => {
    expect(shown('Eg er reinhaldar i Bindal. Er me med?').text).toMatch(/^Ja.*Bindal kommune i Nordland/su);
  });

  it('reads «vi» as the place the introduction names, whatever the clause after it says of other places', () => {
    for (const q of [
      'Jeg er helsesykepleier i Bindal, som hører til Nordland og ikke Trøndelag. Er vi likevel med?',
      'Eg er fysioterapeut i Bindal, som ligg i Nordland og ikkje i Trøndelag. Er vi med likevel?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja.*Bindal kommune i Nordland/su)]);
  });

  it("answers about someone the message names after telling of the asker's unit", () => {
    expect(
      shown(
        'I am from Poland, working at a nursing home in Trondheim. Line Kristoffersen came to our unit for the mapping. Which department is she from?',
      ).text,
    ).toContain('Rådmannens fagstab');
    expect(
      people(
        'I am from Lithuania, working in home care in Trondheim. Anne Amdal Storsve visited our office last week. Which service is she from?',
      ),
    ).toEqual(['Anne Amdal Storsve']);
  });
});

describe('a message that first says what the asker has heard', () => {
  it('answers how Trondheim kommune was represented after «Jeg har hørt at …»', () => {
    for (const q of [
      'Jeg har hørt at Trondheim kommune var tungt inne i prosjektet. På hvilken måte var kommunen representert?',
      'Eg har høyrt at Trondheim kommune var tungt inne i prosjektet. Korleis var kommunen representert?',
      'Jeg tror Trondheim kommune var tungt inne i prosjektet. Hvordan var kommunen representert?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('ledergruppen')]);
  });

  it('still refuses what the page does not say, after what the asker has heard', () => {
    refuses([
      'Jeg har hørt at Trondheim kommune var tungt inne i prosjektet. Hvor mye fikk kommunen betalt?',
    ]);
  });

  it('answers after what the asker remembers, in a letter with a greeting and a signature', () => {
    for (const q of [
      'Hei.\nJeg husker at det fantes et regionalt organ som arbeidet med elektronisk meldingsutveksling mellom kommuner og sykehus. Hva heter det?\nMvh. Per Hansen, pens. fastlege',
      'Eg hugsar at det fanst eit regionalt organ som arbeidde med elektroniske meldingar mellom kommunar og sjukehus. Kva heiter det?',
      'I remember a regional body that worked on electronic messaging between municipalities and hospitals. What is it called?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('digital samhandling')]);
    expect(people('Husker du hvem som leder Teknisk?')).toEqual(['Anne Amdal Storsve']);
    expect(people('Do you remember who leads the training subproject?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('still refuses what the page does not say, after what the asker remembers', () => {
    refuses([
      'I remember the project office had a canteen. What does lunch cost there?',
      'Eg hugsar at prosjektkontoret hadde ei kantine. Kva kostar lunsjen?',
      'Jeg husker at Trondheim kommune var med i anskaffelsen. Hvor mye fikk kommunen betalt?',
      'Eg hugsar ikkje passordet mitt til Helseplattformen, kven kan hjelpe?',
      "I can't remember my password for the new system, who do I call?",
    ]);
  });
});

describe('a sentence of its own that names the asker’s unit by a name the page does not know', () => {
  it('answers a question that names someone of the page by their whole name, with or without a question mark', () => {
    for (const q of [
      'Teamleder hjemmetjenesten Midtbyen. Trenger telefonnummeret til Tone Fagerholt, har du det',
      'Teamleder hjemmetjenesten Midtbyen. Hva er telefonnummeret til Tone Fagerholt?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('481 61 844')]);
    expect(shown('Sykepleier Heimdal. Kva er e-posten til Elise B. Vesterhus?').text).toContain(
      'elise-b.vesterhus@trondheim.kommune.no',
    );
    expect(shown("Nurse at Heimdal. What's the e-mail of Ola Skorstad?").text).toContain('ola.skorstad@');
  });

  it('still refuses what is asked of the place itself, or of someone in it', () => {
    refuses([
      'Vi i Bergen kommune lurer på hvem som leder prosjektet',
      'Hva er telefonnummeret til Tone Fagerholt i Bergen?',
      'Teamleder hjemmetjenesten Midtbyen. Hvem er leder for Midtbyen?',
    ]);
  });
});

describe('an introduction followed by a sentence that names what the question points back to', () => {
  it('answers the question of what that sentence names, in nynorsk, bokmål and English', () => {
    for (const q of [
      'Eg er sjukepleiar på nattevakt. Rådmannen i Kristiansund sitter i Samarbeidsrådet. Hvilken rolle har han der?',
      'Jeg er sykepleier på nattevakt. Rådmannen i Molde sitter i samarbeidsrådet. Hva heter han?',
    ])
      expect([q, people(q).length]).toEqual([q, 1]);
  });

  it('still refuses what is asked of the asker’s own workplace', () => {
    refuses([
      'Jeg jobber på tannklinikken. Vi har hørt om prosjektet. Er vi med?',
      'I work at the dental clinic. We heard about Helseplattformen. Are we included?',
    ]);
  });
});

describe('an introduction saying which unit the asker manages', () => {
  it('answers the question after it', () => {
    for (const [q, text] of [
      [
        'Hi, I manage a unit at St. Olavs. On the municipal side, which municipality coordinates the work towards all the other municipalities?',
        'Trondheim kommune coordinates',
      ],
      ['I manage a ward at St. Olavs. Who leads the project office?', 'Elise B. Vesterhus'],
    ])
      expect([q, shown(q!).text.includes(text!)]).toEqual([q, true]);
  });

  it('still refuses what the page does not say of the asker', () => {
    refuses(['I manage a unit at St. Olavs. Who is our IT contact?']);
  });
});

describe('the asker’s name said before the question', () => {
  it('answers as if the name were not there, with or without an introduction after it', () => {
    for (const q of [
      'Jeg heter Kari. Hvem leder samarbeidsrådet?',
      'Eg heiter Kari. Kven leiar samarbeidsrådet?',
      'My name is Kari. Who leads the cooperation council?',
      'My name is Kari Nordmann and I am a nurse in Molde. Who leads the cooperation council?',
      'Jeg heter Kari og jobber i Oppdal. Hvem leder samarbeidsrådet?',
      'Æ heite Kari og e sjukepleiar på Røros. Kem leie samarbeidsrådet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Arne Ingebrigtsen')]);
    expect(
      shown(
        'Hei! Eg heiter Kari og er avdelingsleiar på sjukeheimen i Sunndal. Vi er jo ikkje Trondheim, så eg lurer på: kven er det som passar på interessene til kommunar som oss i dette prosjektet?',
      ).text,
    ).toContain('Samarbeidsråd');
  });

  it('still refuses what the page does not hold, and of a place it does not know', () => {
    refuses([
      'Jeg heter Kari. Hva er lønna mi?',
      'Jeg heter Kari Nordmann. Hvem er Kari Nordmann?',
      'Eg heiter Kari og jobbar i Bergen kommune. Kven er prosjektleiar hos oss?',
    ]);
  });
});

describe('what the asker’s workplace has, said before the question', () => {
  it('reads «Vi har …» as saying who asks: what the page says of all of that kind holds for them', () => {
    for (const q of [
      'Vi har fleire fastlegekontor i Surnadal. Kan fastlegane våre kople seg på den løysinga som blir vald?',
      'Vi har mange fastleger i Oppdal. Kan fastlegene våre koble seg på løsningen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja\. .*fastleg/)]);
    expect(shown('Vi har et spørsmål om opplæringen. Hvem leder den?').text).toContain(
      'May Liz Bjørnevik Tho',
    );
  });

  it('still refuses what the page does not say of the asker’s own', () => {
    refuses([
      'Vi har en tannklinikk i Oppdal. Kan tannlegene våre koble seg på?',
      'Vi har fleire sjukeheimar i Surnadal. Kven er kontaktperson for oss?',
    ]);
  });
});
