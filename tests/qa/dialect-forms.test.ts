import { answerer, people, refuses, shown } from '../support/question-answering';

// The spoken forms of Trøndelag and Møre og Romsdal beyond the question words: verbs, pronouns and plurals as people
// there say and write them. Each asks the same as its written form, and a question about what the page does not
// hold is still refused.

describe('spoken forms of verbs, pronouns and plurals (Trøndelag, Møre og Romsdal)', () => {
  it('reads «e» opening a question as «er»: a yes/no question with the verdict the page gives', () => {
    expect(shown('e helsestasjonen med?').text).toMatch(/^Ja/);
    expect(shown('e det ca 5000 tilsette i trondheim kommune som får nytt verktøy?').text).toMatch(
      /^Nei.*7000/,
    );
    expect(answerer.answer('e tannlegen med?').kind).toBe('fallback');
  });

  it('reads «sitt» opening a question as «sitter», not as the possessive', () => {
    for (const q of [
      'sitt rådmannen i molde i samarbeidsrådet?',
      'Sitt rådmannen fra Molde i samarbeidsrådet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja[\s\S]*Arne Sverre Dahl/u)]);
    expect(shown('Sitt rådmannen fra Verdal i samarbeidsrådet?').text).toMatch(/^Nei/);
    expect(answerer.answer('sitt rådmannen i bergen i samarbeidsrådet?').kind).toBe('fallback');
    expect(answerer.answer('Hva er Helseplattformen sitt organisasjonsnummer?').kind).toBe('fallback');
  });

  it('reads «leie» as lead, as nynorsk has it', () => {
    expect(people('kæm leie det tekniske delprosjektet')).toEqual(['Anne Amdal Storsve']);
    expect(shown('kem e det som leie prosjektkontoret').text).toContain('Vesterhus');
  });

  it('reads «dæm», «kjæm» and «ifra» as the written pronoun and verbs', () => {
    expect(people('kæm leie kursa for dæm tilsette')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('ka kommune kjæm Karl Audun Fagerli ifra').text).toContain('Lierne');
  });

  it('reads a plural in -an as the plural in -ene when the page has that word', () => {
    expect(people('kæm leie kartlegginga av arbeidsprosessan')).toEqual(['Line Kristoffersen']);
    expect(shown('ka slags gevinstan kjæm kommunan te å få').text).toContain('Kvalitet');
  });

  it('reads «kommunan» as the plural also in a claim, though KS’s nynorsk name shares its stem', () => {
    for (const q of [
      'E reduserte pasienttransportkostnada ein av gevinstan kommunan forventa?',
      'E færre unødvendige innleggelsa ein av gevinstan kommunan forventa?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja: «/u)]);
    expect(shown('E økte pasienttransportkostnada ein av gevinstan kommunan forventa?').text).not.toMatch(
      /^Ja\b/u,
    );
  });

  it('reads a plural in -eran as the plural in -erne: the subproject leads', () => {
    for (const q of ['Kem e delprosjektlederan i Trondheim?', 'Ka heite lederan for delprosjekta?'])
      for (const lead of ['Line Kristoffersen', 'Anne Amdal Storsve', 'Øyvind Tanum'])
        expect([q, shown(q).text]).toEqual([q, expect.stringContaining(lead)]);
    refuses(['Kem e lederan i kantina?', 'Kem e sjåføran i prosjektet?']);
  });

  it('reads «stemme det» as «stemmer det»: a yes/no question with the verdict the page gives', () => {
    expect(shown('Æ har hørt at prosjektkontoret sitt i andre etasje i Bispegata, stemme det?').text).toMatch(
      /^Nei.*tredje etasje/,
    );
    expect(shown('Stemme det at prosjektkontoret ligg i tredje etasje?').text).toMatch(/^Ja/);
    expect(shown('Stemme det at bystyret avgjør deleierskapet 29. august?').text).toMatch(/^Ja/);
    expect(answerer.answer('Stemme det at prosjektkontoret har kantine?').kind).toBe('fallback');
  });

  it('reads «stemm det» and the hurried «stemer det» as «stemmer det»: the verdict with what the page says instead', () => {
    expect(shown('Æ har hørt at prosjektkontoret held til i Bispegata 19, stemm det?').text).toMatch(
      /^Nei.*Bispegata 9\b/,
    );
    expect(shown('Bystyret i Trondheim avgjør deleierskapet 1. oktober, stemer det?').text).toMatch(
      /^Nei.*29\. august/,
    );
    expect(shown('Stemer det at Ola Skorstad leder prosjektet?').text).toMatch(/^Ja/);
    expect(shown('Stemm det at Tone Fagerholt leder prosjektet?').text).toMatch(/^Nei.*Ola Skorstad/);
    expect(answerer.answer('Stemm det at prosjektkontoret har kantine?').kind).toBe('fallback');
    expect(answerer.answer('Stemer det at prosjektkontoret har eigen kantine?').kind).toBe('fallback');
  });

  it('reads «stæmme det», with æ as it is said, as «stemmer det»: the verdict with what the page says', () => {
    expect(shown('Stæmme det at Ola Skorstad leie prosjektet?').text).toMatch(/^Ja/);
    expect(shown('Prosjektet held til i Munkegata 4, stæmm det?').text).toMatch(/^Nei.*Bispegata 9\b/);
    expect(shown('Bystyret avgjer deleigarskapen 3. mars, stæmmer det?').text).toMatch(/^Nei.*29\. august/);
    expect(answerer.answer('Stæmme det at prosjektkontoret har eigen parkeringsplass?').kind).toBe(
      'fallback',
    );
  });

  it('reads «åssen» as «hvordan»: how to reach someone, and no instructions for what the page does not hold', () => {
    expect(shown('åssen får jeg tak i hu som e kommunikasjonsansvarlig? har du nummeret?').text).toContain(
      '481 61 844',
    );
    expect(people('åssen får jeg tak i han som leder teknisk?')).toEqual(['Anne Amdal Storsve']);
    expect(people('Åssen får jeg tak i hu som leier prosjektkontoret?')).toEqual(['Elise B. Vesterhus']);
    expect(answerer.answer('åssen melder jeg meg på opplæringa?').kind).toBe('fallback');
    expect(answerer.answer('åssen får jeg tak i kommuneoverlegen i Oppdal?').kind).toBe('fallback');
  });

  it('reads «dokker», «dåkker», «hu» and «nåkka» as dere, hun and noe', () => {
    expect(
      shown('Æ lure på nåkka om prosjektkontoret – har dokker et telefonnummer te hu som leie det?').text,
    ).toContain('952 63 567');
    expect(shown('Har dåkker e-postadressa te prosjektkontoret?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    expect(people('Æ lure på nåkka om samarbeidsrådet – kem leie det?')).toEqual(['Arne Ingebrigtsen']);
    // What the page does not give of the one asked for is said, not another's number.
    expect(shown('Har dokker et telefonnummer te hu som leie opplæringa?').text).toContain(
      'Jeg har ikke noe telefonnummer til May Liz Bjørnevik Tho',
    );
  });

  it('still refuses what the page does not hold when asked in these forms', () => {
    for (const q of [
      'Har dokker et telefonnummer te hu som leie kantina?',
      'Æ lure på nåkka om kantina – kem leie ho?',
      'kæm leie kantina',
      'ka kjæm det i posten ifra kommunan i dag',
      'kæm leie fotballaget te dæm',
    ])
      expect(answerer.answer(q).kind).toBe('fallback');
  });
});

describe('nynorsk forms of words the page has in bokmål', () => {
  it('reads «bur», «dekkje», «setje opp», «medeigar» and «knytt» as the bokmål words', () => {
    expect(
      shown('Kor mange menneske bur i området som den felles pasientjournalen skal dekkje?').text,
    ).toContain('720 000');
    expect(shown('Er fagfolk frå kommunehelsetenesta med på å setje opp journalløysinga?').text).toContain(
      'Fageksperter',
    );
    expect(shown('Kva organ avgjer om Trondheim blir medeigar?').text).toMatch(/bystyre/i);
    expect(
      shown('Kva fylke ligg kommunane som har opsjonsavtale knytt til Helseplattformen i?').text,
    ).toContain('Møre og Romsdal');
  });

  it('reads «kva skriv dei om» as what the page says of it, and «sjølve» as «selve»', () => {
    for (const q of [
      'Kva skriv dei om at brukarane kan bu heime lenger?',
      'Hva skriver de om at brukerne kan bo hjemme lenger?',
      'Eg er kommunalsjef i Surnadal og sit med budsjettet. Kva skriv dei om at brukarane kan bu heime lenger?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('velferdsteknologi')]);
    expect(
      shown('Korleis er andre kommunar enn Trondheim representerte i sjølve prosjektet?').text,
    ).toContain('prosjektorganisasjon');
    refuses([
      'Hva skriver de om kantina?',
      'Kva skriv dei om lønna til prosjektleiaren?',
      'Kven leiar sjølve kantina?',
    ]);
  });

  it('still refuses what the page does not hold in these forms', () => {
    for (const q of ['Kor mange bur i Bispegata?', 'Kva er føremålet med kantina?'])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
  });
});

describe('everyday phrases around what is asked', () => {
  it('reads «i so fall» as «then» and «gå fortare» as saving time', () => {
    expect(
      shown('Er det nokon kommuneoverlege med i samarbeidsrådet, og kva kommune er ho i so fall frå?').text,
    ).toContain('Verdal');
    for (const q of [
      'Ka for arbeid i kvardagen skal gå fortare med det nye systemet?',
      'Hva slags arbeid skal gå fortere med det nye systemet?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'effektivitet']);
  });

  it('still refuses what the page does not hold in these phrases', () => {
    for (const q of [
      'Når skal utbyggingen av kantina gå fortere?',
      'Er det nokon tannlege i rådet, og kven er det i so fall?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
  });
});
