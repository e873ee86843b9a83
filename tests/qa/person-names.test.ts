import { people, refuses, shown } from '../support/question-answering';

describe('people named with a misspelt, partial or mixed name', () => {
  it('reads a near spelling beside the rest of a name as that name, in bokmål, nynorsk and English', () => {
    expect(people('God morgen! Hvilken kommune er Arne Sverre Dal rådmann i? Takk for hjelpen')).toEqual([
      'Arne Sverre Dahl',
    ]);
    expect(people('Kva gjer Ragnhild Aunsmoe?')).toEqual(['Ragnhild Holmberg Aunsmo']);
    expect(people('Which municipality is Arne Dal from?')).toEqual(['Arne Sverre Dahl']);
  });

  it('reads a name with its ending after a hyphen as the name («dei to Arne-ane»)', () => {
    expect(people('Kva for ein av dei to Arne-ane i rådet er rådmann i Molde?')).toEqual([
      'Arne Sverre Dahl',
    ]);
    expect(people('Kven av Arne-ane leiar samarbeidsrådet?')).toContain('Arne Ingebrigtsen');
  });

  it('reads a word the page has only in its prose as a spelling of the name beside it («Ann Storsve»)', () => {
    expect(people('Who is Ann Storsve?')).toEqual(['Anne Amdal Storsve']);
  });

  it('answers two people or two subprojects named together, in the order asked', () => {
    expect(people('Hvem er Tone Fagerholt og Ola Skorstad?')).toEqual(['Tone Fagerholt', 'Ola Skorstad']);
    expect(people('Who are Vigdis Bolås and Torunn Austheim?')).toEqual(['Vigdis Bolås', 'Torunn Austheim']);
    expect(people('Hvem leder Opplæring og Gevinstrealisering?')).toEqual([
      'May Liz Bjørnevik Tho',
      'Øyvind Tanum',
    ]);
    expect(people('Who leads training and benefits realisation?')).toEqual([
      'May Liz Bjørnevik Tho',
      'Øyvind Tanum',
    ]);
    // Names to choose from are not all asked about.
    expect(people('Hvem av Skorstad, Kristoffersen og Storsve kommer fra IT-tjenesten?')).toEqual([
      'Anne Amdal Storsve',
    ]);
  });

  it('answers two people named together with what is said of both after them («som er med på biletet»)', () => {
    for (const q of [
      'Hvem er Helge Garåsen og Ole Gunnar Kjøsnes, som er med på bildet?',
      'Kven er Helge Garåsen og Ole Gunnar Kjøsnes, som er med på biletet?',
      'Hvem er Helge Garåsen og Ole Gunnar Kjøsnes på bildet?',
      'Who are Helge Garåsen and Ole Gunnar Kjøsnes, who are in the photo?',
    ])
      expect([q, people(q)]).toEqual([q, ['Helge Garåsen', 'Ole Gunnar Kjøsnes']]);
    refuses([
      'Hvem er Helge Garåsen og Ole Gunnar Kjøsnes, som sitter i styret?',
      'Kven er Helge Garåsen og Ole Gunnar Kjøsnes, som er med i bystyret?',
    ]);
  });

  it('answers a first name two people share with both of them', () => {
    for (const q of ['Hvem er Arne?', 'Kven er Arne?', 'Who is Arne?'])
      expect(people(q)).toEqual(['Arne Ingebrigtsen', 'Arne Sverre Dahl']);
    expect(people('Hvem er Line?')).toEqual(['Line Kristoffersen']);
  });

  it('decides a name mixing two people by the first name when the question says what that person does', () => {
    expect(people('Who is Tone Fagerli? Is she the comms person?')).toEqual(['Tone Fagerholt']);
    expect(people('Hvem er Tone Fagerli, kommunikasjonsansvarlig?')).toEqual(['Tone Fagerholt']);
    expect(people('Er Tone Fagerli kommunikasjonsansvarlig?')).toEqual(['Tone Fagerholt']);
  });

  it('still refuses a name the page does not have, or a mixed name with nothing to decide it', () => {
    refuses([
      'Hvem er Line Andersen?',
      'Hvem er Anne Hathaway?',
      'Who is Tone Fagerli?',
      'Hvem er Ola Nordmann?',
    ]);
  });
});

describe('what a person does', () => {
  it('shows what the subproject a person leads does, asked by her name alone, in bokmål, nynorsk and English', () => {
    for (const [q, id] of [
      ['What does Line Kristoffersen do?', 'funksjonalitet'],
      ['Hva gjør Anne Amdal Storsve?', 'teknisk'],
      ['Kva gjer Øyvind Tanum?', 'gevinstrealisering'],
    ] as const) {
      const { answer } = shown(q);
      expect(answer.items.map((i) => i.type)).toEqual(['person', 'subproject']);
      expect(answer.items[1]).toEqual(
        expect.objectContaining({ subproject: expect.objectContaining({ id }) }),
      );
    }
  });

  it('shows only the person when she leads no subproject, or when her contact details are asked for', () => {
    expect(shown('What does Tone Fagerholt do?').answer.items.map((i) => i.type)).toEqual(['person']);
    expect(shown('Hva er e-posten til Line Kristoffersen?').answer.items.map((i) => i.type)).toEqual([
      'person',
    ]);
  });
});
