import { answerer, shown, people, refuses } from '../support/question-answering';

// Words of the language that mean the same as a word the page uses: another title for the same office, another
// word for the same thing. Each is read as the page's word; where the page has nothing under that word, the question
// is still refused.

describe('other titles for the chief municipal executive (rådmann)', () => {
  it('takes administrasjonssjef, kommunedirektør and øverste administrative leder for rådmann', () => {
    expect(people('hvem er administrasjonssjef i Molde kommune')).toEqual(['Arne Sverre Dahl']);
    expect(people('kven er kommunedirektøren i Indre Fosen')).toEqual(['Vigdis Bolås']);
    expect(people('hvem er øverste administrative leder i Malvik kommune')).toEqual(['Carl-Jacob Midttun']);
    expect(people('kven er øvste administrative leiar i Steinkjer')).toEqual(['Torunn Austheim']);
  });

  it('still refuses the title where the page names no one holding it', () => {
    refuses(['hvem er kommunedirektør i Bergen', 'hvem er administrasjonssjef i Verdal kommune']);
  });
});

describe('other words for what the page speaks of', () => {
  it('reads «kursing» as training and «arbeidstakere» as staff', () => {
    expect(people('hvem leder kursingen i Trondheim kommune')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('hvor mange arbeidstakere i Trondheim kommune får et nytt arbeidsverktøy').text).toContain(
      '7000',
    );
  });

  it('counts «medarbeidere» as the staff the page counts', () => {
    for (const [q, figure] of [
      ['Hvor mange medarbeidere totalt blir berørt av det felles journalsystemet i Midt-Norge?', '40 000'],
      ['Kor mange medarbeidarar i Trondheim kommune får eit nytt arbeidsverktøy?', '7000'],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(figure)]);
    refuses(['Hvor mange medarbeidere har Helse Midt-Norge RHF?']);
  });

  it("reads the city's elected representatives as the city council (bystyret)", () => {
    for (const q of [
      'Hvilken dato avgjør de folkevalgte i byen om kommunen skal bli medeier?',
      'Når tar byens politikere stilling til deleierskap i Helseplattformen AS?',
      'Kva dag avgjer dei folkevalde i byen om kommunen skal gå inn som deleigar?',
      'When will the elected representatives of the city vote on co-ownership?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('29. august')]);
    refuses(['Hvem er leder for de folkevalgte i byen?']);
  });

  it('reads «samtlige» as «alle»', () => {
    for (const q of [
      'Har samtlige kommuner i Møre og Romsdal og Trøndelag en opsjonsavtale knyttet til plattformen?',
      'Har samtlege kommunar i Trøndelag opsjonsavtale?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('opsjonsavtale')]);
  });

  it('reads «tjenesteområde» as a service of the municipality', () => {
    for (const q of [
      'hvilke tjenesteområder i Trondheim kommune tar i bruk journalsystemet',
      'kva tenesteområde i Trondheim kommune blir med',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/helse og velferd|helse- og velferd/i)]);
  });

  it('reads «tidsinnsparing» as time saved, not money saved', () => {
    for (const q of ['hvilke tidsinnsparinger gir journalsystemet', 'kva tidsinnsparingar får vi'])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'effektivitet']);
  });

  it('reads «helsevesenet» as the health service', () => {
    expect(
      shown('hvor mange arbeidstakere berøres når helsevesenet i Midt-Norge får felles journal').text,
    ).toContain('40 000');
  });
});

describe('who leads the introduction, and who is responsible for doing something', () => {
  it('takes the introduction in Trondheim kommune for the local project', () => {
    expect(people('hvem leder innføringen i Trondheim kommune')).toEqual(['Ola Skorstad']);
    expect(people('kven har ansvaret for innføringsarbeidet')).toEqual(['Ola Skorstad']);
  });

  it('reads a verb after «å» as what is done with what is led, the word after it', () => {
    expect(people('hvem har ansvaret for å organisere opplæringen')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('kven har ansvar for å kartlegge integrasjonane')).toEqual(['Anne Amdal Storsve']);
  });

  it('still refuses responsibility for doing something the page has no one for', () => {
    expect(answerer.answer('hvem har ansvaret for å planlegge julebordet').kind).toBe('fallback');
    expect(answerer.answer('hvem har ansvaret for å bestille kaffe til opplæringen').kind).toBe('fallback');
  });
});

describe('verbs that say something about what is asked, not what is asked for', () => {
  it('reads past «vurdere»', () => {
    expect(shown('hvilket aksjeselskap vurderer Trondheim kommune å kjøpe seg inn i').text).toContain(
      'Helseplattformen AS',
    );
    expect(shown('vurderer teknisk delprosjekt om infrastrukturen må oppgraderes').text).toContain(
      'infrastruktur',
    );
  });

  it('still refuses what the page has nothing of', () => {
    refuses(['hvilken bil vurderer prosjektkontoret å kjøpe', 'vurderer kantina å åpne på lørdager']);
  });
});

describe('regions in the plural', () => {
  it('reads the regions the municipalities are in as the counties the page names', () => {
    for (const q of [
      'Which regions are the option municipalities in?',
      'Kva regionar er med gjennom opsjonsavtalar?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Møre og Romsdal')]);
  });
});

describe('similar work', () => {
  it("reads «lignende» as the page's «tilsvarende» and planning work as the plan", () => {
    const q = 'Er det nokon andre enn kommunane som har sett i gang eit tilsvarande planarbeid?';
    expect([q, answerer.answer(q).topicId]).toEqual([q, 'funksjonalitetsplan']);
    expect(shown('Jobber Helse Midt-Norge RHF også med en lignende plan som kommunene?').text).toContain(
      'tilsvarende',
    );
  });
});

describe('being affected, the private sector, GPs and setting something up in other words', () => {
  it('reads «påvirket»/«påverka» as affected and private businesses as the private sector', () => {
    for (const q of [
      'Vert tilsette i private verksemder påverka?',
      'Blir ansatte i private virksomheter påvirket av Helseplattformen?',
      'Are staff in private businesses affected?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/det private|private sector/)]);
    expect(shown('Kor mange blir påverka totalt?').text).toContain('40 000');
  });

  it('reads «allmennlege» as the GP (fastlege) the page speaks of', () => {
    for (const q of [
      'Kan allmennlegar i Midt-Noreg kople seg på løysinga som vert vald?',
      'Kan allmennlegane i Trøndelag bruke løysinga?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/fastleg/)]);
  });

  it('reads «opprette»/«oppretta» as established, not as setting up the record system', () => {
    for (const q of [
      'Kvifor har Trondheim kommune oppretta ein eigen prosjektorganisasjon?',
      'Hvorfor opprettet Trondheim kommune en egen prosjektorganisasjon?',
      'Kva er føremålet med prosjektorganisasjonen som Trondheim kommune har oppretta?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'innforingsprosjektet']);
  });

  it('still refuses what the page does not say in these words', () => {
    refuses([
      'Hvordan påvirker Helseplattformen lønnen min?',
      'Kor mange allmennlegar har kopla seg på?',
      'Når oppretta Trondheim kommune prosjektorganisasjonen?',
    ]);
  });
});

describe('«på hvilken måte» asks how', () => {
  it('reads «på hvilke måter», «på kva måte» and «in what ways» as how', () => {
    for (const q of [
      'Til orienteringen om Trondheims rolle: På hvilke måter har Trondheim kommune vært representert i anskaffelsesprosjektet?',
      'På kva måte har Trondheim kommune vore representert i anskaffinga?',
      'In what ways was Trondheim represented in the procurement?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'anskaffelse']);
  });

  it('still refuses asking in what way about what the page does not say', () => {
    refuses([
      'På hvilken måte påvirkes lønnen min?',
      'Hvordan påvirkes lønnen min?',
      'Will my salary be affected?',
      'På kva måte blir kantina driven?',
    ]);
  });
});

describe('«det er snakk om»: what something is about, not someone to talk to', () => {
  it('answers what the platform is, not how to reach the project office', () => {
    for (const q of [
      'Hva er egentlig Helseplattformen – hva slags system er det snakk om?',
      'Kva slags system er det snakk om?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'om-helseplattformen']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('journalsystem')]);
    }
  });

  it('still reads «snakke med» as getting in touch', () => {
    expect(answerer.answer('Kæm ska æ snakk med om prosjektet?').topicId).toBe('prosjektkontoret');
  });
});

describe('a separate or dedicated thing is one of its own (egen, eigen)', () => {
  it('answers what the separate project organisation is for: that the organisation is prepared', () => {
    for (const q of [
      'What is the purpose of the separate project organisation Trondheim set up?',
      'What is the purpose of the dedicated project organisation in Trondheim?',
      'Hva skal den separate prosjektorganisasjonen i Trondheim sørge for?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/prepared|forberedt/)]);
  });

  it('still refuses a separate thing the page does not have', () => {
    refuses([
      'What is the separate budget of the project organisation?',
      'Who leads the separate payroll project?',
    ]);
  });
});
