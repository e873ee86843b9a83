import { refuses, shown } from '../support/question-answering';

// A yes/no question whose words the page says in its own words is answered with the sentence that says it: a compound
// whose parts the sentence has (gevinststrategi), a verb's particle it need not have («få fram»), a word of the same
// meaning (ansatte / medarbeidere, collaborate / cooperation, closely / close), the systems of today as the page names
// them («old»), and a verb for doing («run») that the sentence says in its own words. «… ikke bare X» claims X too.

/** The verdict and sentence a question is answered with (the question is part of the value, so a failure names it). */
function says(q: string, start: string, sentence: string): void {
  const text = shown(q).text;
  expect([q, text.startsWith(start), text]).toEqual([q, true, expect.stringContaining(sentence)]);
}

describe('a claim said in the page’s other words', () => {
  it('says yes when the benefits strategy is asked to bring out negative consequences', () => {
    says('Skal gevinststrategien også få fram negative konsekvenser?', 'Ja', 'negative konsekvenser');
    says('Skal gevinststrategien òg få fram negative konsekvensar?', 'Ja', 'negative konsekvenser');
    says('Er eit av føremåla med gevinstarbeidet å få fram både fordelar og ulemper?', 'Ja', 'negative');
    says('Does the benefits strategy bring out pros and cons?', 'Yes', 'negative consequences');
  });

  it('says yes that training everyone is a big job, and no that it is a small one', () => {
    says('Blir opplæring av alle ansatte en stor jobb?', 'Ja', 'betydelig oppgave');
    says('Will training all staff be a big job?', 'Yes', 'major task');
    says('Blir opplæring av alle ansatte en liten jobb?', 'Nei', 'betydelig oppgave');
    says('Will training all staff be a small task?', 'No', 'major task');
  });

  it('says yes to what the technical subproject does together with others, and reviews', () => {
    says('Does the technical subproject work closely with the functionality subproject?', 'Yes', 'close');
    says(
      'Does the technical subproject collaborate with Helseplattformen’s central implementation project?',
      'Yes',
      'central',
    );
    says(
      'Will the current technical infrastructure be reviewed to see if upgrades are needed?',
      'Yes',
      'infrastructure',
    );
    says(
      'Skal dagens tekniske infrastruktur gjennomgås for å se om den må oppgraderes?',
      'Ja',
      'infrastruktur',
    );
  });

  it('says yes that data from the systems used today is mapped, named by what they are used for today', () => {
    says(
      'Will the technical subproject also look at moving data from the systems we use today?',
      'Yes',
      "today's systems",
    );
    says('Skal Teknisk kartleggje flytting av data frå systema vi brukar i dag?', 'Ja', 'dagens løsninger');
    says(
      'Will the training subproject look at moving data from the systems we use today?',
      'No',
      "today's systems",
    );
    // (Into them is the other way.)
    says('Skal Teknisk flytte data til dagens løsninger?', 'Nei', 'fra dagens løsninger');
    says('Will the technical subproject move data into the old systems?', 'No', "from today's systems");
    says('Skal Teknisk flytte data fra dagens løsninger?', 'Ja', 'fra dagens løsninger');
  });

  it('says yes that a strategy is made, as the page says it is developed', () => {
    says(
      'Skal det lages en strategi med tiltaksplan for gevinstrealisering både i Trondheim kommune og i RHF-et?',
      'Ja',
      'utvikle en strategi',
    );
    says(
      'Skal det lagast ein strategi for gevinstrealisering med tiltaksplan i Trondheim kommune?',
      'Ja',
      'utvikle',
    );
    says('Lages det nå et utkast til en plan for kommunal funksjonalitet?', 'Ja', 'utkast');
    refuses(['Skal det lages en strategi for kantina?', 'Will a strategy for recruitment be developed?']);
  });

  it('says yes that the first mapping writes down ideas for changing work processes', () => {
    says(
      'Will the functionality subproject also write down suggestions for changing work processes?',
      'Yes',
      'ideas',
    );
    says('In the first kartlegging, do they also write down ideas to change how we work?', 'Yes', 'ideas');
    says('Skal funksjonalitet dokumentere forslag til å endre arbeidsprosesser?', 'Ja', 'ideer');
    // (Another ordinal than the page's «innledende».)
    says(
      'In the second kartlegging, do they write down ideas to change how we work?',
      'No',
      'initial mapping',
    );
  });

  it('says yes that ideas for new ways of working are gathered when the work is mapped', () => {
    says(
      'skal de samle inn forslag til nye måter å jobbe på når de kartlegger',
      'Ja',
      'dokumenteres også ideer',
    );
    says('skal de samle inn ideer til å endre måten vi jobber på når de kartlegger?', 'Ja', 'ideer');
    says('Skal dei samle inn idear til nye arbeidsmåtar i kartlegginga?', 'Ja', 'ideer');
    says('Will they gather ideas for new ways of working during the mapping?', 'Yes', 'documents ideas');
    refuses([
      'Skal de samle inn lønnsdata når de kartlegger?',
      'Skal de samle inn forslag til nye måter å jobbe på når de kartlegger sykehusene?',
    ]);
  });

  it('says no to the other direction of one of the things an item says, though it says the other of another', () => {
    says('Blir det mindre bruk av velferdsteknologi?', 'Nei', 'mer bruk av velferdsteknologi');
    says('Er økt press på institusjonene nevnt som en forventet effekt?', 'Nei', 'mindre press');
    says('Blir det mindre press på institusjonene?', 'Ja', 'mindre press');
  });

  it('says yes that the procurement was run jointly, and that some of the similar work is done together', () => {
    says(
      'Quick check: did Trondheim run the purchasing project jointly with the regional health authority?',
      'Yes',
      'together',
    );
    says('Was the procurement run jointly by Trondheim kommune and Helse Midt-Norge RHF?', 'Yes', 'together');
    says('Did Trondheim run the procurement alone?', 'No', 'together');
    says(
      'Is any of the regional health trust’s similar planning work going to be done together with the municipalities?',
      'Yes',
      'done jointly',
    );
    says(
      'Har Helse Midt-Norge RHF eit tilsvarande arbeid gåande, og skjer noko av det saman med kommunane?',
      'Ja',
      'skje sammen',
    );
    says(
      'Will the municipalities and the regional health authority do this work completely separately?',
      'No',
      'together',
    );
  });

  it('says no that the old journal systems must still be run and maintained', () => {
    says('old journal systems - will the kommune still have to run and maintain them?', 'No', 'removed');
    says('Will the kommune still have to maintain the old journal systems?', 'No', 'removed');
  });

  it('says yes that the private sector is counted too, not only municipalities and hospitals', () => {
    says(
      'Kontrollspørsmål: gjelder det nye journalsystemet også folk som jobber i privat sektor, ikke bare i kommuner og sykehus?',
      'Ja',
      'i det private',
    );
    says('Gjeld det nye journalsystemet òg folk som jobbar i privat sektor?', 'Ja', 'i det private');
  });

  it('says no when the question offers two and the page says the second', () => {
    says('Er planen for kommunal funksjonalitet ferdig, eller er det bare et utkast?', 'Nei', 'utkast');
    says('Er planen for kommunal funksjonalitet vedtatt, eller er det et utkast?', 'Nei', 'utkast');
    says('Is the plan for municipal functionality a draft, or is it finished?', 'Yes', 'draft');
  });

  it('reads the nynorsk «leggje fram» as presenting, so another date is answered no', () => {
    says('Skal RHF leggje fram strategien for gevinstrealisering innan 01.10.2019?', 'Nei', '01.10.2018');
    says('Skal RHF leggje fram strategien for gevinstrealisering innan 01.10.2018?', 'Ja', '01.10.2018');
  });

  it('says yes to what the council for digital collaboration did, named in the page’s own word for it', () => {
    // (The page's «collaboration» is read as «cooperation» for other lines; it is no name of the cooperation council.)
    says(
      'Was the regional council for digital collaboration central in developing e-messaging?',
      'Yes',
      'e-meldinger',
    );
    says(
      'Has the council for digital collaboration set up a regional structure?',
      'Yes',
      'regional structure',
    );
    says('Var fagrådet for digital samhandling sentralt i utviklinga av e-meldingar?', 'Ja', 'e-meldinger');
    says(
      'Har fagrådet for digital samhandling vært sentralt i utviklingen av e-meldinger?',
      'Ja',
      'e-meldinger',
    );
    // (What the page says of the fagråd, it does not say of the cooperation council.)
    says('Was the cooperation council central in developing e-messaging?', 'No', 'e-meldinger');
    for (const q of [
      'Was the regional council for digital collaboration central in choosing the vendor?',
      'Has the council for digital collaboration set up a national structure?',
    ])
      expect([q, shown(q).text.startsWith('Yes')]).toEqual([q, false]);
  });

  it('reads «similar» as the page’s «corresponding», and the other way round', () => {
    says(
      'Is a similar benefits case expected to follow the city council’s handling of the option?',
      'Yes',
      '2018/2019',
    );
    says('Has Helse Midt-Norge RHF started corresponding work?', 'Yes', 'similar work');
    for (const q of [
      'Is a similar benefits case expected to follow the county council’s handling of the option?',
      'Is a similar case expected before the city council’s handling of the option?',
    ])
      expect([q, /^(Yes|No)\b/.test(shown(q).text)]).toEqual([q, false]);
  });

  it('says no of a partner the page does not name in work it says who does together', () => {
    // (The page says the plan is made by the option municipalities and Trondheim kommune together.)
    says(
      'Skal noe av planarbeidet skje sammen med Legeforeningen?',
      'Nei',
      'opsjonskommunene og Trondheim kommune',
    );
    says('Did Trondheim run the procurement jointly with Oslo?', 'No', 'Helse Midt-Norge RHF');
  });

  it('still refuses a claim of the same shape about what the page does not say', () => {
    refuses([
      'Skal gevinststrategien få fram lønnskostnader?',
      'Skal gevinststrategien også få fram kostnadene for fastlegene?',
      'Blir opplæring av alle ansatte en stor kostnad?',
      'Does the technical subproject collaborate with the vendor’s lawyers?',
      'Will the technical infrastructure be reviewed to see if the canteen needs upgrades?',
      'Will the functionality subproject write down suggestions for new salaries?',
      'Gjelder journalsystemet også folk som jobber i Sverige, ikke bare i kommunene?',
      'Er planen for kommunal funksjonalitet ferdig, eller er den forsinket?',
      'Will the kommune still have to maintain the printers?',
      'Skal RHF leggje fram ein plan for kantina?',
    ]);
    // (Whether it is finished alone the page settles too: a draft is being made now, so «Nei»; see
    // finished-claimed.test.ts.)
  });
});

describe('«tidligere» in a claim in the perfect', () => {
  it('says no more than the perfect: yes with the sentence, in bokmål, nynorsk and English', () => {
    says(
      'Har Regionalt fagråd for digital samhandling tidligere jobbet med meldingsutveksling?',
      'Ja',
      'e-meldinger',
    );
    says('Har fagrådet tidlegare jobba med e-meldingar?', 'Ja', 'e-meldinger');
    says('Has the council for digital collaboration previously worked on e-messages?', 'Yes', 'e-meldinger');
  });

  it('still refuses what the page does not say was done', () => {
    refuses(['Har fagrådet tidligere jobbet med lønnssystemer?']);
  });
});

describe('«å jobbe annerledes» for changing the work processes', () => {
  it('answers yes with the sentence about ideas documented in the mapping', () => {
    const q =
      'Skal den innledende kartleggingen i delprosjekt Funksjonalitet også dokumentere ideer til å jobbe annerledes?';
    says(q, 'Ja', 'arbeidsprosesser');
    says(
      'Skal den innleiande kartlegginga òg dokumentere idear til å jobbe annleis?',
      'Ja',
      'arbeidsprosesser',
    );
    says('Will the initial mapping also document ideas for working differently?', 'Yes', 'work processes');
  });

  it('gives no yes when the mapping is said to document who works differently', () => {
    const q = 'Skal kartleggingen dokumentere hvem som jobber annerledes?';
    expect([q, /^(Ja|Yes)\b/u.test(shown(q).text)]).toEqual([q, false]);
  });
});

describe('«the city of» a municipality for the municipality', () => {
  it('answers yes with the sentence that names Trondheim kommune', () => {
    says(
      'Was the procurement run jointly by the city of Trondheim and the regional health authority?',
      'Yes',
      'Helse Midt-Norge RHF',
    );
    says(
      'Was the procurement carried out jointly by the town of Trondheim and Helse Midt-Norge?',
      'Yes',
      'together',
    );
  });

  it('still says no of a municipality the page does not say took part', () => {
    says(
      'Was the procurement run jointly by the city of Bergen and the regional health authority?',
      'No',
      'Trondheim kommune',
    );
  });
});

describe('the page’s own web pages asked of in other words', () => {
  it('answers yes with the sentence about them, not with the list item «follow-up services»', () => {
    says(
      'Does Trondheim kommune have its own web pages following the Helseplattformen work?',
      'Yes',
      'web pages',
    );
    says(
      'Does Trondheim kommune have its own web pages that follow the work on Helseplattformen?',
      'Yes',
      'web pages',
    );
    says('Har Trondheim kommune eigne heimesider om Helseplattformen-arbeidet?', 'Ja', 'nettsider');
    says('Har kommunen egne hjemmesider om Helseplattformen?', 'Ja', 'nettsider');
    says('Are follow-up services included?', 'Yes', 'follow-up services');
  });

  it('still refuses what the page does not say of them', () => {
    refuses(['Hva er adressen til hjemmesiden?']);
  });
});

describe('a claim naming the platform by another of its names than the sentence', () => {
  it('says yes with the sentence about connecting to the solution', () => {
    says('Kan kommunene koble seg på HP?', 'Ja', 'koble seg på');
    says('fastlegene kan koble seg på Helseplattformen, ikke sant?', 'Ja', 'koble seg på');
    // (In nynorsk too, of the bokmål sentence: «kople» is «koble».)
    says('Kan kommunane kople seg på HP?', 'Ja', 'seg på');
  });
});

describe('a claim in everyday words for the page’s connecting and infrastructure', () => {
  it('reads linking up as connecting, and the technical setup as the technical infrastructure', () => {
    says('Can GPs link up to the new solution?', 'Yes', 'can connect');
    says('Will the tech setup we have today be reviewed?', 'Yes', 'technical infrastructure');
    says('Skal de gå gjennom det tekniske oppsettet i dag?', 'Ja', 'tekniske infrastruktur');
  });
});

describe('a claim that one body is to be closely coupled to the development', () => {
  it('says yes with the sentence on the professional council tied closely to it', () => {
    says('Vil samarbeidsrådet at fagrådet skal vere tett kopla på utviklinga?', 'Ja', 'knyttes tett til');
  });
});
