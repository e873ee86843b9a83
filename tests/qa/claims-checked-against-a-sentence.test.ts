import { refuses, shown } from '../support/question-answering';

// «Står det at …», «Stemmer det at …», «Is it true that …»: a yes/no question whose words all stand in one sentence or
// list item of the page is answered yes with that sentence; one word in the place of the sentence's own (the
// opposite direction, another place, figure, ordinal or body) is answered no with it, so the right word is shown.

describe('a yes/no question checked against one sentence of the page', () => {
  it('says yes with the sentence, in other words and other languages', () => {
    for (const [q, line] of <[string, string][]>[
      ['Står det at fastlegene i Midt-Norge kan koble seg på den valgte løsningen?', 'Ja. Siden sier: «Alle'],
      ['Har Trondheim kommune eigne nettsider som følgjer arbeidet?', 'egne nettsider som følger arbeidet'],
      [
        'Does Trondheim municipality have its own web pages following the Helseplattformen work?',
        'Yes. The page says: “Trondheim kommune has its own web pages',
      ],
      [
        'Har fagrådet for digital samhandling bygd opp ein struktur for heile regionen?',
        'etablert en regional',
      ],
      ['Is it true that Elise B. Vesterhus can be reached by phone on 952 63 567?', 'Yes. The page says'],
      [
        'Gjennomførte Trondheim kommune og Helse Midt-Norge RHF anskaffelsen sammen?',
        'Ja. Siden sier: «Trondheim kommune og Helse Midt-Norge RHF gjennomførte',
      ],
      ['Er det riktig at Tone Fagerholt kan nås på telefon 481 61 844?', 'Ja. Siden sier'],
      ['Vert tenester for flyktningar òg omfatta av det nye journalsystemet i Trondheim?', 'flyktninghelse'],
      ['Skal noe av planarbeidet skje sammen med Helse Midt-Norge RHF?', 'noe av arbeidet vil skje sammen'],
      ['Er det ventet at kommunene skal spare penger på å frakte pasienter?', 'Reduserte pasienttransport'],
      ['Blir driften av de eksisterende journalsystemene fjernet?', 'Ja: «Drift og forvaltning'],
      // (Expenses are costs.)
      ['Er lavere utgifter til pasienttransport en av gevinstene som nevnes?', 'Ja. Siden sier: «Reduserte'],
      ['Vert utgiftene til pasienttransport lågare?', 'Ja. Sida seier: «Reduserte'],
      ['Will patient transport expenses go down?', 'Yes: “Lower patient transport costs'],
      [
        'Is it true that the municipalities expect fewer unnecessary admissions?',
        'Yes: “Fewer unnecessary admissions”',
      ],
      ['Skal delprosjektet Teknisk kartlegge behov for migrering av data?', 'Ja. Siden sier'],
      ['Kan fastlegene i Midt-Norge også koble seg på løsningen som blir valgt?', 'Ja. Siden sier: «Alle'],
      ['Can GPs in Central Norway also connect to the chosen solution?', 'Yes. The page says: “All'],
      // (What it is open to someone to do, they can do.)
      ['Er det åpent for fastleger i Midt-Norge å koble seg på løsningen?', 'Ja. Siden sier: «Alle'],
      ['Is it open to GPs in Midt-Norge to connect to the solution?', 'Yes. The page says: “All'],
      ['Does the page claim the system will lower the costs of transporting patients?', 'Yes. The page says'],
      ['Skal Teknisk gå gjennom om infrastrukturen må oppgraderast?', 'Ja. Siden sier: «Det vil også'],
      ['Will the technical subproject review whether the infrastructure must be upgraded?', 'Yes. The page'],
      ['Was Trondheim represented in the management group during procurement?', 'Yes. The page says'],
      [
        'Is less time searching for information one of the expected benefits?',
        'Yes. The page says: “Less time spent looking',
      ],
      [
        'Er det bystyret i Trondheim som avgjør om kommunen skal bli medeier i Helseplattformen AS?',
        'Ja. Siden sier',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says no with the sentence when one word stands in the place of the one the page has', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Stemmer det at systemet ventes å gi økte pasienttransportkostnader for kommunene?',
        'Nei. Siden sier: «Reduserte',
      ],
      ['Stemmer det at Helseplattformen skal gi flere unødvendige innleggelser?', 'Færre unødvendige'],
      ['Stemmer det at de ansatte vil bruke mer tid på meldinger?', 'Nei. Siden sier: «Mindre tidsbruk'],
      [
        'Stemmer det at lederen av det rådet som ivaretar opsjonskommunene er rådmann i Molde?',
        'Kristiansund',
      ],
      [
        'Stemmer det at Tone Fagerholt har telefonnummer 952 63 567?',
        'Nei. Siden sier: «Tone Fagerholt. Telefon: 481',
      ],
      [
        'Stemmer det at kontorlokalene ligger i andre etasje?',
        'Nei. Siden sier: «Kontorlokalene ligger i tredje',
      ],
      ['Stemmer det at Samarbeidsrådet har etablert en regional struktur?', 'Nei. Siden sier: «Fagrådet'],
      [
        'Does Molde municipality have its own web pages following the Helseplattformen work?',
        'No. The page says: “Trondheim kommune has its own web pages',
      ],
      ['Does the page claim the system will raise the costs of transporting patients?', 'No. The page says'],
      ['Stemmer det at Trondheim kommune gjennomførte anskaffelsen helt på egen hånd?', 'Nei. Siden sier'],
      // (A question may open with a verb in the past.)
      ['Gjennomførte Trondheim kommune anskaffelsen alene?', 'Nei. Siden sier: «Trondheim kommune og'],
      ['Gjennomførte Trondheim kommune anskaffinga åleine?', 'Nei. Siden sier: «Trondheim kommune og'],
      ['Did Trondheim carry out the procurement on its own?', 'No. The page says: “Trondheim kommune and'],
      ['Is "fewer unnecessary admissions" listed as a quality benefit?', 'No. The page says: “Fewer'],
      ['Er «styrket pasientsikkerhet» en økonomisk gevinst?', 'Nei. Siden sier: «Styrket'],
      ['Skal opplæringsdelprosjektet gå gjennom om infrastrukturen må oppgraderes?', 'Nei. Siden sier'],
      [
        'Er det Helse Midt-Noreg RHF som avgjer om Trondheim skal bli medeigar i Helseplattformen AS?',
        'Nei. Sida seier: «29. august avgjør Trondheim bystyre',
      ],
      [
        'Is it Helse Midt-Norge RHF that decides whether Trondheim becomes a co-owner of Helseplattformen AS?',
        'No. The page says: “On August 29 (29. august) Trondheim city council decides',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says no with the sentence when a date, street number or floor is another than the page gives', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Tar bystyret stilling til medeierskap i Helseplattformen AS den 29. september?',
        'Nei. Siden sier: «29. august avgjør',
      ],
      ['Er det 29. september bystyret avgjør om Trondheim blir deleier?', 'Nei. Siden sier: «29. august'],
      [
        'Var det 29. september bystyret i Trondheim skulle avgjøre om kommunen blir deleier?',
        'Nei. Siden sier',
      ],
      ['Ventes bystyrets behandling av opsjonen rundt påske 2019?', 'Nei. Siden sier: «Det forventes'],
      ['Skal bystyret behandle opsjonen til sommeren 2019?', 'i årsskiftet 2018/2019.»'],
      ['Stemmer det at bystyrets vedtak om deleierskap kommer i september?', 'Nei. Siden sier: «29. august'],
      ['Tar bystyret stilling til deleierskap i oktober?', 'Nei. Siden sier: «29. august'],
      // (Not by another's line that has the date claimed: RHF's «innen 01.10.2018».)
      ['Avgjør bystyret deleierskapet den 1. oktober?', 'Nei. Siden sier: «29. august'],
      [
        'Does the city council decide on co-ownership on 1 October?',
        'No. The page says: “On August 29 (29. august)',
      ],
      ['Skal RHF-et legge fram gevinststrategien sin innen 1. oktober 2019?', 'Nei. Siden sier'],
      ['Will the RHF present its benefits strategy by 1 October 2019?', 'No. The page says'],
      ['Ligger lokalene til prosjektet i gamle Kalvskinnet skole, Bispegata 19?', 'Nei. Siden sier'],
      [
        'Holder prosjektorganisasjonen til i andre etasje?',
        'Nei. Siden sier: «Kontorlokalene ligger i tredje',
      ],
      ['Ligg prosjektet i fjerde etasje?', 'Nei. Siden sier: «Kontorlokalene ligger i tredje'],
      ['Is the project based on the fourth floor?', 'No. The page says: “The offices are on the third'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    for (const [q, line] of <[string, string][]>[
      ['Skal RHF-et legge fram gevinststrategien innen 01.10.2018?', 'Ja. Siden sier'],
      ['Skal RHF-et legge fram gevinststrategien sin innen 1. oktober 2018?', 'Ja. Siden sier'],
      ['Ligger prosjektet i tredje etasje?', 'Ja. Siden sier: «Kontorlokalene ligger i tredje'],
      ['Holder prosjektet til i Bispegata 9?', 'Ja. Siden sier'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // The page gives no year for the council's decision, nor what is beside the offices.
    for (const q of [
      'Skal bystyret ta stilling til deleierskap 29. august 2025?',
      'Ligger prosjektkontoret i Bispegata 9 ved siden av en barnehage?',
    ])
      expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'claimChecked']);
  });

  it('checks the date of a decision or deadline, a whole other date too, as whatever verb it is asked with', () => {
    for (const [q, line] of <[string, string][]>[
      ['Is the city council vote on co-ownership on 29 August?', 'Yes. The page says: “On August 29'],
      ['Does the city council decide on co-ownership on 29 August?', 'Yes. The page says'],
      ['Avgjør bystyret deleierskapet 29. august?', 'Ja. Siden sier: «29. august avgjør'],
      ['Tek bystyret avgjerda om deleigarskap 29. august?', 'Ja. Siden sier: «29. august avgjør'],
      ['Skal bystyret røyste over deleigarskapen 29. august?', 'Ja. Siden sier: «29. august avgjør'],
      ['Skulle RHF-ets strategi for gevinstrealisering foreligge innen 1. oktober 2018?', 'Ja. Siden sier'],
      ['Must the RHF strategy be presented by 1 October 2018?', 'Yes. The page says'],
      ['Is the city council vote on co-ownership on 15 September?', 'No. The page says: “On August 29'],
      [
        'Is the city council vote on co-ownership scheduled for 1 October?',
        'No. The page says: “On August 29',
      ],
      ['Avgjør bystyret deleierskapet 15. september?', 'Nei. Siden sier: «29. august avgjør'],
      ['Tek bystyret avgjerda om deleigarskap 12. august?', 'Nei. Siden sier: «29. august avgjør'],
      ['Skulle RHF-ets strategi for gevinstrealisering foreligge innen 1. desember 2018?', 'Nei. Siden sier'],
      ['Must the RHF strategy be presented by 1 December 2018?', 'No. The page says'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // The deadline is the RHF's, in a sentence of its own after one that names Trondheim kommune too.
    for (const [q, line] of <[string, string][]>[
      [
        'Skal Trondheim kommune legge fram strategien innen 01.10.2018?',
        'Nei. Siden sier: «For RHF skal denne',
      ],
      [
        'Must Trondheim kommune present its benefits strategy by 1 October 2018?',
        'No. The page says: “For Helse',
      ],
      ['Skal RHF legge fram strategien innen 01.10.2018?', 'Ja. Siden sier: «For RHF skal denne legges fram'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // Whether the municipality becomes a co-owner that day the page leaves open.
    for (const q of ['Blir kommunen medeier 29. august?', 'Will Trondheim become a co-owner on 29 August?'])
      expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'claimChecked']);
    refuses(['Is the training scheduled for 15 September?', 'Skal prosjektkontoret flytte 1. oktober 2018?']);
  });

  it('says no with the sentence when a floor, date or number is another than the page gives of what it names', () => {
    for (const [q, line] of <[string, string][]>[
      // The project office is one of the units at the address: the floor of the address is its floor.
      [
        'Holder prosjektkontoret til i andre etasje i Bispegata 9?',
        'Nei. Siden sier: «Kontorlokalene ligger i tredje',
      ],
      [
        'Ligg prosjektkontoret i fyrste etasje i det gamle skulebygget?',
        'Nei. Siden sier: «Kontorlokalene ligger i tredje',
      ],
      [
        'Is the project office on the second floor of Bispegata 9?',
        'No. The page says: “The offices are on the third',
      ],
      ['Ligger prosjektkontoret i tredje etasje?', 'Ja. Siden sier: «Kontorlokalene ligger i tredje'],
      // "Is it true …" without «that», and a month written with a capital.
      ['Is it true the RHF must present its benefits strategy by 1 November 2018?', 'No. The page says'],
      ['Is it true the benefits strategy for the RHF is due by 1 October 2018?', 'Yes. The page says'],
      // A phone number asked of someone by a name of theirs no one else has.
      [
        'Har kommunikasjonsansvarleg telefonnummer 481 61 848?',
        'Nei. Siden sier: «Tone Fagerholt. Telefon: 481 61 844',
      ],
      [
        "Is the press contact's number 952 63 567?",
        'No. The page says: “Tone Fagerholt. Telefon: 481 61 844',
      ],
      ['Har kommunikasjonsansvarlig telefonnummer 481 61 844?', 'Ja. Siden sier: «Tone Fagerholt. Telefon'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says no to the opposite direction of what must be expected, and nothing of the same direction', () => {
    for (const [q, line] of <[string, string][]>[
      ['Må kommunane rekne med auka kostnader til pasienttransport?', 'Nei. Sida seier: «Reduserte'],
      ['Will the municipalities have to expect higher patient transport costs?', 'No. The page says: “Lower'],
      ['Er det sant at kommunene må forvente flere unødvendige innleggelser?', 'Nei. Siden sier: «Færre'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // The page says they are reduced, not that anyone must expect it.
    const q = 'Må kommunene regne med lavere kostnader til pasienttransport?';
    expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'claimChecked']);
  });

  it('says no with the sentence when a plan the page calls a draft is said to be adopted', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Er planen for kommunal funksjonalitet ferdigstilt og vedtatt?',
        'Nei. Siden sier: «Det lages nå utkast',
      ],
      ['Er planen for kommunal funksjonalitet godkjent?', 'Nei. Siden sier: «Det lages nå utkast'],
      ['Has the plan for municipal functionality been adopted?', 'No. The page says: “A draft plan'],
      [
        'Er det laget et utkast til plan for kommunal funksjonalitet?',
        'Ja. Siden sier: «Det lages nå utkast',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says no with the sentence when the question says only of one what the page says of all', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Har bare trønderske kommuner opsjonsavtale knyttet til Helseplattformen?',
        'Nei. Siden sier: «Alle kommunene i Møre og Romsdal og Trøndelag',
      ],
      [
        'Skal funksjonalitetsdelprosjektet berre kartleggje arbeidsprosessane på sjukeheimane?',
        'Nei. Sida seier: «Delprosjektet skal kartlegge alle arbeidsprosesser',
      ],
      [
        'Skal delprosjektet Funksjonalitet bare kartlegge arbeidsprosessene i hjemmetjenesten?',
        'Nei. Siden sier: «Delprosjektet skal kartlegge alle',
      ],
      ['Skal opplæringsdelprosjektet bare lære opp sykepleierne?', 'Nei. Siden sier: «Opplæring av alle'],
      ['Skal opplæringsdelprosjektet berre lære opp sjukepleiarane?', 'Nei. Sida seier: «Opplæring av alle'],
      // («bare» as «just»: the line has every word.)
      [
        'Kan fastlegene bare koble seg på løsningen som velges?',
        'Ja. Siden sier: «Alle kommuner og fastleger',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says neither when the question claims more than the sentence says', () => {
    refuses([
      'Får Oppdal Helseplattformen før Molde?',
      'Står det at fastlegene i Midt-Norge kan koble seg på løsningen gratis?',
      'Er det riktig at Elise B. Vesterhus kan nås på mobil etter klokka 16?',
      'Står det at pasienttransportkostnadene blir halvert?',
      'Har Trondheim kommune egne nettsider på engelsk?',
    ]);
    for (const q of [
      'Er det bestemt at fastlegene må bruke Helseplattformen?',
      'Må fastlegene koble seg på løsningen som velges?',
      'Ble Trondheim kommune deleier i Helseplattformen AS?',
      'Står det at bystyret har vedtatt at kommunen skal bli deleier?',
      'Kan du si hvem som leder Teknisk?',
      'Er ikke andre kommuner representert i prosjektorganisasjonen?',
    ])
      expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'claimChecked']);
  });

  it('checks a claim of two words when nothing of the question is lost and the line says the project it names', () => {
    for (const [q, line] of <[string, string][]>[
      ['sitter prosjektorganisasjonen i gamle Kalvskinnet skole?', 'Ja. Siden sier: «Denne er samlet'],
      [
        'Is the project organisation housed in the old Kalvskinnet school?',
        'Yes. The page says: “It is gathered',
      ],
      ['Skal data fra systemene vi har i dag flyttes inn i Helseplattformen?', 'Ja. Siden sier'],
      [
        'Har kommunen egne nettsider om arbeidet med Helseplattformen?',
        'Ja. Siden sier: «Trondheim kommune har egne nettsider',
      ],
      [
        'Blir det lavere kostnader til pasienttransport?',
        'Ja. Siden sier: «Reduserte pasienttransportkostnader»',
      ],
      // One detail wrong: another place, another street number, the other direction.
      [
        'Har Molde egne nettsider om arbeidet med Helseplattformen?',
        'Nei. Siden sier: «Trondheim kommune har',
      ],
      ['Sitter prosjektet i Bispegata 11?', 'Nei. Siden sier'],
      ['Blir det høyere kostnader til pasienttransport?', 'Nei. Siden sier: «Reduserte'],
      ['Blir utgiftene til pasienttransport høyere?', 'Nei. Siden sier: «Reduserte'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // A word too short to check, or two names that only say what it is about: no verdict.
    for (const q of [
      'Er KS representert sammen med samarbeidsrådet?',
      'Did Trondheim become a co-owner of Helseplattformen AS?',
      'Does the technical subproject work together with anyone?',
      'Sitter samarbeidsrådet i gamle Kalvskinnet skole?',
      // (The other direction: from the platform to the old systems.)
      'Skal data fra Helseplattformen flyttes til gamle systemer?',
    ])
      expect([q, shown(q).answer.direct?.type]).not.toEqual([q, 'claimChecked']);
  });

  it('checks what is said of the others when the question leaves a place out', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Er andre kommuner enn Trondheim representert i prosjektorganisasjonen til Helseplattformen?',
        'Ja. Siden',
      ],
      [
        'Har andre kommuner enn Trondheim ansatte i Helseplattformens prosjektorganisasjon?',
        'Ja. Siden sier',
      ],
      [
        'Are other municipalities in Central Norway represented in the project organisation?',
        'Yes. The page',
      ],
      [
        'Are other municipalities than Trondheim represented with their own staff in the Helseplattformen project organisation?',
        'Yes. The page says: “Other municipalities',
      ],
      [
        'Are other municipalities, not only Trondheim, represented with staff in the project organisation?',
        'Yes. The page says: “Other municipalities',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });
});

describe('a yes/no question in everyday words for what the page says', () => {
  it('says yes with the sentence or list item', () => {
    for (const [q, line] of <[string, string][]>[
      ['Regner man med å bruke mindre tid på å avstemme legemiddellister?', 'Ja. Siden sier: «Mindre tid'],
      ['Vil ein bruke mindre tid på å avstemme legemiddellister?', 'Ja. Sida seier'],
      ['Skal teknisk delprosjekt sjekke om dagens IT-infrastruktur trenger oppgradering?', 'Ja. Siden sier'],
      ['Skal det tekniske delprosjektet sjekke dagens infrastruktur?', 'gjennomgå dagens tekniske'],
      [
        'Is follow-up after the programme period one of the stated aims of the benefits strategy?',
        'Yes: “Make follow-up possible',
      ],
      [
        'Is ensuring a link to adopted strategies one of the aims of the benefits strategy?',
        'Yes: “Ensure a link',
      ],
      [
        'Kan brukerne bo lenger hjemme og blir det mindre press på institusjonene?',
        'Ja. Siden sier: «Bruker kan bo lengre hjemme',
      ],
      ['Kan man bruke mindre tid på meldinger?', 'Ja. Siden sier: «Mindre tidsbruk på meldinger»'],
      ['Nevnes velferdsteknologi noe sted på siden?', 'Ja: «Bruker kan bo lengre hjemme'],
      ['Er velferdsteknologi nemnt nokon stad på sida?', 'mer bruk av velferdsteknologi'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('reads going faster as taking less time, living in your own home as at home, safer care as patient safety', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Går det raskere å samstemme medisinlister?',
        'Ja. Siden sier: «Mindre tid på å samstemme medisinlister»',
      ],
      ['Is reconciling medication lists faster?', 'Yes. The page says: “Less time spent reconciling'],
      ['Står det at brukerne kan bli boende i eget hjem lenger?', 'Ja: «Bruker kan bo lengre hjemme'],
      ['Er tryggere pasientbehandling nevnt som en kvalitetsgevinst?', 'Ja: «Styrket pasientsikkerhet»'],
      [
        'Har fagrådet for digital samhandling vore viktig i arbeidet med elektroniske meldingar?',
        'Ja. Sida seier: «Fagrådet har blant annet vært sentralt i utviklingen av e-meldinger',
      ],
      [
        'Skal de også skrive ned ideer til hvordan arbeidsprosessene kan endres?',
        'Ja. Siden sier: «I den innledende kartleggingen dokumenteres også ideer',
      ],
      [
        'Will the functionality subproject also write down ideas for changing work processes?',
        'Yes. The page says: “The initial mapping also documents ideas',
      ],
      [
        'Skal opplæringsdelprosjektet lage en plan for å frigjøre folk til opplæring mens innføringen pågår?',
        'Ja. Siden sier: «Delprosjektet har som oppdrag',
      ],
      // One detail wrong: the other direction, another kind of benefit, another body or subproject.
      [
        'Skal Teknisk også skrive ned ideer til hvordan arbeidsprosessene kan endres?',
        'Nei. Siden sier: «I den innledende kartleggingen',
      ],
      [
        'Skal Teknisk lage en plan for å frigjøre folk til opplæring mens innføringen pågår?',
        'Nei. Siden sier: «Delprosjektet har som oppdrag',
      ],
      ['Går det tregere å samstemme medisinlister?', 'Nei. Siden sier: «Mindre tid'],
      ['Er tryggere pasientbehandling nevnt som en økonomisk gevinst?', 'Nei. Siden sier: «Styrket'],
      ['Har samarbeidsrådet vært viktig i arbeidet med e-meldinger?', 'Nei. Siden sier: «Fagrådet'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // Never a yes to the other direction of a list item, nor to what is only named alike.
    for (const q of [
      'Står det at brukerne kan bli boende i eget hjem kortere?',
      'Står det at brukerne kan bo hjemme kortere?',
      'Går det raskere å samstemme journaler?',
      'Is the training subproject important?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Yes)\b/)]);
  });

  it('reads checking the current infrastructure as reviewing that of today, in English too', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Will the technical subproject check whether our current infrastructure needs upgrades?',
        'Yes. The page says',
      ],
      ['Skal den tekniske gruppa sjekke om den nåværende infrastrukturen må oppgraderes?', 'Ja. Siden sier'],
      [
        'Will the training group check whether our current infrastructure needs upgrading?',
        'No. The page says',
      ],
      ['Is the expectation that staff will spend more time on messaging?', 'No. The page says: “Less time'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    refuses(['Will the tech group check whether our current printers need upgrading?']);
  });

  it('says no to a wrong detail and refuses what the page does not say', () => {
    expect(shown('Blir det mer tid på å avstemme legemiddellister?').text).toContain('Nei. Siden sier');
    expect(shown('Skal opplæringsdelprosjektet sjekke dagens tekniske infrastruktur?').text).not.toMatch(
      /^Ja/,
    );
    expect(shown('Kan man bruke mer tid på meldinger?').text).not.toMatch(/^Ja/);
    expect(shown('Kan brukerne bo lenger på sykehjem?').text).not.toMatch(/^Ja/);
    refuses([
      'Does Trondheim municipality have its own newspaper following the work?',
      'Is cutting staff one of the aims of the benefits strategy?',
      'Nevnes tannhelse noe sted på siden?',
    ]);
  });
});

describe('a claim said briefly or with the same ordinal in another language', () => {
  it('reads a question that ends with «nevnt?» as asking whether the page says it', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'gevinstrealisering negative konsekvenser nevnt?',
        'Ja: «Skape forståelse for både positive og negative',
      ],
      ['økte pasienttransportkostnader nevnt?', 'Nei. Siden sier: «Reduserte pasienttransportkostnader»'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    refuses(['kantine nevnt?', 'gevinstrealisering lønn nevnt?']);
  });

  it("reads «i starten» and «in the first phase» as the page's «i første omgang», the first as «første»", () => {
    for (const [q, line] of <[string, string][]>[
      ['Skal gevinstarbeidet i starten definere ansvar?', 'Ja. Siden sier: «Arbeidet vil i første omgang'],
      [
        'gevinstrealisering – do they also define ansvar and organisering in the first phase?',
        'Yes. The page says: “The work will at first focus',
      ],
      [
        'Will benefits realisation initially focus on method and tools?',
        'Yes. The page says: “The work will',
      ],
      // (Another ordinal is still another floor, in either language.)
      [
        'Is the project office on the second floor?',
        'No. The page says: “The offices are on the third floor',
      ],
      ['Holder prosjektet til i andre etasje?', 'Nei. Siden sier: «Kontorlokalene ligger i tredje etasje'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    refuses(['Skal gevinstarbeidet i starten fokusere på lønn?']);
  });
});

describe('a listed item named only by its direction', () => {
  it("gives no yes when the question names another thing, or the other direction of the item's part", () => {
    for (const q of [
      'Blir det færre ansatte?',
      'Blir det færre ansatte i kommunen?',
      'Blir det mindre bruk av velferdsteknologi?',
      'Blir det mer press på institusjonene?',
    ])
      expect([q, shown(q).text.startsWith('Ja')]).toEqual([q, false]);
    for (const [q, line] of <[string, string][]>[
      ['Blir det færre unødvendige innleggelser i kommunen?', 'Ja: «Færre unødvendige innleggelser»'],
      ['Blir det mer bruk av velferdsteknologi?', 'Ja: «Bruker kan bo lengre hjemme'],
      ['Blir det mindre press på institusjonene?', 'Ja: «Bruker kan bo lengre hjemme'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('checks an English question that uses the Norwegian word of the page for a thing, as the sentence says it', () => {
    const yes = shown(
      'Quick check – bystyret in Trondheim decides on 29 August whether the kommune becomes a co-owner of Helseplattformen AS, right?',
    ).text;
    expect(yes).toMatch(/^Yes/);
    expect(
      shown(
        'Is it true that bystyret in Trondheim decides on 15 September whether the kommune becomes a co-owner?',
      ).text,
    ).toMatch(/^No.*29/su);
  });

  it('reads employees as the staff of the page, and keeps out the place a phrase of exception leaves out', () => {
    expect(shown('Around 5000 Trondheim employees will get the new system – is that right?').text).toMatch(
      /^No.*7000/su,
    );
    expect(
      shown('Is it true that around 7000 employees in Trondheim kommune will get a new work tool?').text,
    ).toMatch(/^Yes/);
    const others = shown(
      'are kommuner other than Trondheim represented with ansatte in the prosjektorganisasjon?',
    ).text;
    expect(others).toMatch(/^Yes/);
    expect(others).toContain('Other municipalities');
  });

  it('reads a number before «tusen» or "thousand", in words or figures, as the figure the page writes', () => {
    expect(
      shown('Er det rett at kring sju tusen tilsette i Trondheim kommune får eit nytt arbeidsverktøy?').text,
    ).toMatch(/^Ja/);
    expect(shown('Stemmer det at over førti tusen ansatte berøres?').text).toMatch(/^Ja/);
    expect(
      shown('Is it true that about five thousand staff in Trondheim kommune get a new working tool?').text,
    ).toMatch(/^No.*7000/su);
  });

  it('reads a statement with «vel» and a question mark as asking whether it is so', () => {
    expect(shown('Bystyret avgjør vel deleierskapet 29. september?').text).toMatch(/^Nei.*29\. august/su);
    expect(shown('Bystyret avgjør vel deleierskapet 29. august?').text).toMatch(/^Ja/);
    expect(shown('Skolehelsetenesta er vel med?').text).toMatch(/^Ja/);
    refuses(['Tannlegen er vel med?']);
  });

  it('reads an English ordinal of a day as the day of the date («the 29th of August», «August 29th»)', () => {
    expect(shown('Does the city council decide on August 29th?').text).toMatch(/^Yes/);
    expect(shown('Is the city council vote on the 15th of September?').text).toMatch(/^No.*29/su);
    expect(shown('What exactly is Trondheim Bystyre deciding on the 29th of August?').text).toContain(
      'co-owner',
    );
  });
});

describe('what the page says something was before', () => {
  it('says no to a claim that it still is so, and yes that it was', () => {
    for (const [q, start] of <[string, RegExp][]>[
      ['Er Kalvskinnet fortsatt en skole?', /^Nei.*tidligere huset Kalvskinnet skole/su],
      ['Is Kalvskinnet still a school?', /^No.*formerly Kalvskinnet school/su],
      ['Er Kalvskinnet skole fortsatt i bruk som skole?', /^Nei/u],
      ['Er det riktig at Kalvskinnet skole fortsatt er i drift som skole i Bispegata?', /^Nei/u],
      ['Is the project office in the building that used to house Kalvskinnet school?', /^Yes/u],
      ['Was the building formerly Kalvskinnet school?', /^Yes/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(start)]);
  });
});
