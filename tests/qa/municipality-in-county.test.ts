import { refuses, shown } from '../support/question-answering';

describe('whether a municipality the page does not name takes part', () => {
  it('says yes by what the page says of all the municipalities of its county, and names the county', () => {
    expect(shown('Er Oppdal med?').text).toContain(
      'Ja. Oppdal ligger i Trøndelag, og «de andre kommunene i Trøndelag (opsjonsavtale)» står i listen',
    );
    expect(shown('Har Vestnes kommune opsjonsavtale?').text).toContain(
      'Ja. Vestnes ligger i Møre og Romsdal, og «alle kommunene i Møre og Romsdal (opsjonsavtale)»',
    );
    expect(shown('Kva med Ørsta, er dei med?').text).toContain('Ja. Ørsta ligg i Møre og Romsdal');
    expect(shown('Is Namsos part of Helseplattformen?').text).toContain(
      'Yes. Namsos is in Trøndelag, and “the other municipalities in Trøndelag (option agreement)”',
    );
    expect(shown('Er Midtre Gauldal kommune med i arbeidet?').text).toContain(
      'Midtre Gauldal ligger i Trøndelag',
    );
    // (In the words of the page's sentence about all the municipalities of the county: «… knyttet til Helseplattformen».)
    expect(shown('Har Melhus kommune opsjonsavtale knytt til Helseplattformen?').text).toContain(
      'Ja. Melhus ligger i Trøndelag',
    );
    expect(shown('Har Vestnes opsjonsavtale knyttet til Helseplattformen?').text).toContain(
      'Ja. Vestnes ligger i Møre og Romsdal',
    );
  });

  it('keeps the page’s own answer for a municipality it names, and says yes for one it names elsewhere', () => {
    expect(shown('Er Bindal med?').text).toContain('Ja: «Bindal kommune i Nordland (opsjonsavtale)»');
    expect(shown('Er Trondheim med?').text).not.toContain('de andre kommunene');
    // (Orkland is named only as where a council member works; «Nei» because the sentence does not name it was wrong.)
    expect(shown('Er Orkland med gjennom opsjonsavtale?').text).toContain('Ja. Orkland ligger i Trøndelag');
  });

  it('still refuses what the page does not say of the municipality, and places outside the region', () => {
    refuses([
      'Er Oppdal med i samarbeidsrådet?',
      'Har Frøya fått opplæring?',
      'Hvem er kommuneoverlege i Oppdal?',
      'Når tar Frøya i bruk Helseplattformen?',
      'Hva koster Helseplattformen for Oppdal?',
      'Er Bodø med?',
      'Har Melhus signert opsjonsavtalen?',
      'Har Melhus fått opplæring knyttet til Helseplattformen?',
    ]);
  });
});

describe('a listed municipality put in another county', () => {
  it('gives no «Ja» from the item when the question places it where another item is', () => {
    for (const q of [
      'Er Bindal en kommune i Trøndelag?',
      'Er Bindal i Møre og Romsdal?',
      'Is Bindal in Trøndelag?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Yes)\b/)]);
    expect(shown('Ligger Bindal i Nordland?').text).toMatch(/^Ja: «Bindal kommune i Nordland/);
    expect(shown('Har alle kommunene i Trøndelag og Møre og Romsdal opsjonsavtale?').text).toMatch(/^Ja\b/);
  });
});

describe('the asker’s own municipality, named in an introduction or pointed back to', () => {
  it('answers of the municipality asked about, not of the introduction’s', () => {
    expect(shown('Jeg er sykepleier i Oppdal. Er Oppdal med?').text).toContain(
      'Ja. Oppdal ligger i Trøndelag',
    );
    expect(
      shown('Æ e sjukepleiar på Røros. Har Røros kommune opsjonsavtale knytt til Helseplattformen?').text,
    ).toMatch(/Røros ligg(er)? i Trøndelag/);
    expect(shown('Eg jobbar i Volda. Er Ørsta med?').text).toMatch(
      /Ørsta ligg i Møre og Romsdal, og «alle kommunane/,
    );
    expect(shown('I work in home care in Molde. Does Sunndal have an option agreement?').text).toContain(
      'Yes. Sunndal is in Møre og Romsdal',
    );
  });

  it('answers «vi», «kommunen vår» and «our municipality» as the municipality the introduction names', () => {
    expect(shown('Eg jobbar i heimetenesta i Volda. Er vi med i Helseplattformen?').text).toMatch(
      /Volda ligg i Møre og Romsdal, og «alle kommunane/,
    );
    expect(shown('Eg jobbar i heimetenesta i Volda. Er kommunen vår med?').text).toMatch(
      /Volda ligg i Møre og Romsdal, og «alle kommunane/,
    );
    expect(shown('Jeg jobber i Oppdal. Har vi opsjonsavtale?').text).toContain(
      'Ja. Oppdal ligger i Trøndelag',
    );
    expect(shown('I’m a nurse in Sunndal. Does our municipality have an option agreement?').text).toContain(
      'Yes. Sunndal is in Møre og Romsdal',
    );
  });

  it('leaves out the last choice the asker offers', () => {
    expect(shown('Er Volda med, eller berre Trondheim?').text).toMatch(
      /Volda ligg i Møre og Romsdal, og «alle kommunane/,
    );
    expect(shown('Is Volda included, or is it only Trøndelag?').text).toContain(
      'Yes. Volda is in Møre og Romsdal',
    );
    expect(
      shown(
        'Eg jobbar i Volda. Er Volda kommune med i Helseplattformen i det heile, eller gjeld det berre Trøndelag?',
      ).text,
    ).toMatch(/Volda ligg i Møre og Romsdal, og «alle kommunane/);
  });

  it('says no «Ja» to more than taking part', () => {
    expect(shown('Eg jobbar i Volda. Er vi med i samarbeidsrådet?').text).not.toMatch(/^Ja\b/);
  });

  it('still refuses what the page does not say of the asker’s municipality, and places outside the region', () => {
    refuses([
      'Eg jobbar i Volda. Kven er kommuneoverlege hos oss?',
      'Jeg er sykepleier i Oppdal. Er Oppdal med i samarbeidsrådet?',
      'Jeg jobber i Oppdal. Har Oppdal signert opsjonsavtalen?',
      'Jeg jobber i Bergen. Er vi med?',
      'Eg jobbar i Voss kommune. Er kommunen vår med?',
      'Eg jobbar i Volda. Er Voss med?',
      'Er Volda med, eller berre Bergen?',
      'Er Volda med i samarbeidsrådet, eller berre Trondheim?',
    ]);
  });
});

describe('the municipalities of a part of a county (Sunnmøre, Innherred)', () => {
  it('says yes by what the page says of all the municipalities of the county, and names the county', () => {
    expect(shown('Er kommunene på Sunnmøre med?').text).toContain(
      'Ja. Sunnmøre ligger i Møre og Romsdal, og «alle kommunene i Møre og Romsdal (opsjonsavtale)»',
    );
    expect(shown('Er kommunane på Nordmøre med i Helseplattformen?').text).toContain(
      'Ja. Nordmøre ligg i Møre og Romsdal',
    );
    expect(shown('Are the municipalities in Namdalen part of it?').text).toContain(
      'Yes. Namdalen is in Trøndelag, and “the other municipalities in Trøndelag (option agreement)”',
    );
  });

  it('answers «vi» after an introduction that names the part the asker works in', () => {
    expect(shown('Jeg er sykepleier i en liten kommune på Sunnmøre. Er vi med?').text).toContain(
      'Ja. Sunnmøre ligger i Møre og Romsdal',
    );
    expect(shown('Eg jobbar på Innherred. Er vi med?').text).toContain('Ja. Innherred ligg i Trøndelag');
  });

  it('still refuses what the page does not say of them, and parts outside the region', () => {
    refuses([
      'Er Sunnmøre med i samarbeidsrådet?',
      'Har Sunnmøre sin egen representant i samarbeidsrådet?',
      'Ligger Sunnmøre i Trøndelag?',
      'Hvem leder Sunnmøre?',
      'Eg jobbar på Sunnmøre. Kven er kommuneoverlege hos oss?',
      'Jeg jobber på Vestlandet. Er vi med?',
    ]);
  });
});

describe('how the municipalities of a part of the region, or one of them, take part', () => {
  it('answers with what the page says of the municipalities of its county: the option agreements', () => {
    for (const q of [
      'Hvordan er kommunene på Sunnmøre knyttet til Helseplattformen?',
      'korleis er kommunane på innherred med i arbeidet',
      'Hvordan er Oppdal med i Helseplattformen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtale/u)]);
  });

  it('still refuses how things go there, asked by words the page does not have', () => {
    refuses(['Hvordan gikk kampen til Molde FK?', 'Hvordan er været i Orkland?']);
  });
});

describe('a municipality the page names only as a council member’s', () => {
  it('says yes by its county rather than showing the member', () => {
    expect(shown('Er Kristiansund med?').text).toContain('Ja. Kristiansund ligger i Møre og Romsdal');
    expect(shown('Is Steinkjer part of it?').text).toContain('Yes. Steinkjer is in Trøndelag');
    expect(shown('Er Malvik kommune med i Helseplattformen?').text).toContain(
      'Ja. Malvik ligger i Trøndelag',
    );
  });

  it('keeps the member when the question asks of the council or the person', () => {
    expect(shown('Er Hareid med i samarbeidsrådet?').text).toContain('Evelyn Haram Larsen');
    expect(shown('Hvem er rådmann i Molde?').text).toContain('Arne Sverre Dahl');
  });
});

describe('what the page says of all of the region, asked of one of its municipalities', () => {
  it('says yes by the page’s sentence about the whole region', () => {
    for (const q of [
      'Kan fastlegene i Oppdal koble seg på?',
      'Kan fastlegar i Volda kople seg på løysinga?',
      'Can GPs in Namsos connect to the solution?',
      'Kan Oppdal kommune koble seg på løsningen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\b.*Midt-Norge/)]);
  });

  it('reads a municipality in a name as the name, not as the region', () => {
    refuses([
      'Jobber prosjektet sammen med Sykehuset Levanger?',
      'Does the project work with Namsos Hospital?',
    ]);
  });

  it('still refuses a place outside the region and what the page does not say of all of it', () => {
    refuses(['Kan fastlegene i Bodø koble seg på?', 'Kan sykehuset i Ålesund koble seg på?']);
  });

  it('gives no yes of the region for a county in a name or a place the page names', () => {
    for (const q of [
      'Var det Helse Møre og Romsdal som kjøpte inn systemet sammen med Trondheim?',
      'Er det kun ansatte fra Trondheim kommune i prosjektorganisasjonen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Yes)\b/)]);
  });
});
