import { answerer, refuses, shown } from '../support/question-answering';

// The page lists what is part of something (the services, the municipalities, the council's members), never what is
// not: asked what is not part of it, the bot says so and shows the list it has.

describe('list questions that ask what is not part of something', () => {
  it('says the page lists only what is included, and shows that list', () => {
    for (const [q, topic] of <[string, string][]>[
      ['Hvilke tjenester i Trondheim kommune er ikke med i det nye journalsystemet?', 'tjenester'],
      ["Which services are NOT included in Trondheim's new journal system?", 'tjenester'],
      ['Kva tenester er ikkje med i Helseplattformen?', 'tjenester'],
      ['Hvilke tjenester omfattes ikke av Helseplattformen?', 'tjenester'],
      ["Which services won't use Helseplattformen?", 'tjenester'],
      ['Hvilke tjenester er unntatt?', 'tjenester'],
      ["Which municipalities aren't part of it?", 'kommunene-med'],
      ['Hvem er ikke med i samarbeidsrådet?', 'samarbeidsradet'],
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute, answer.topicId]).toEqual([
        q,
        'fallback',
        'excluded',
        topic,
      ]);
      expect(answer.items.length).toBeGreaterThan(0);
    }
    expect(shown('Which services are not included?').text).toContain('only what is');
    expect(shown('Which services are not included?').text).toContain('legevakt');
  });

  it('still answers a negation that picks some items of the list by what they are', () => {
    expect(shown('Which of the council members are not rådmann?').text).toContain('Aunsmo');
    const others = answerer.answer('Hvilke delprosjekter ledes ikke av Rådmannens fagstab?');
    expect(others.kind).toBe('answer');
    const led = others.items.flatMap((i) =>
      i.type === 'subprojectList' ? i.subprojects.map((s) => s.subproject.name.nb) : [],
    );
    expect(led).toEqual(['Teknisk', 'Opplæring']);
  });

  it('reads a negation written in capitals for stress as the negation', () => {
    for (const q of [
      'Who on the council is NOT a chief executive?',
      'Which subprojects are NOT led by someone from Rådmannens fagstab?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
    const members = shown('Which members of the council are NOT chief municipal executives?').text;
    for (const name of ['Haram Larsen', 'Aunsmo', 'Buan']) expect(members).toContain(name);
    expect(members).not.toContain('Ingebrigtsen');
  });

  it('still answers a yes/no question with a negation, and a list asked without one', () => {
    expect(answerer.answer('Er ikke legevakt med?').direct?.type).toBe('yes');
    expect(answerer.answer('Hvilke tjenester er med utenom legevakt?').kind).toBe('answer');
    expect(answerer.answer('Which services are included?').kind).toBe('answer');
  });

  it('says the page names no other when the exception leaves out every item the question picks', () => {
    for (const q of [
      'Hvilke kommuner i Nordland er med utenom Bindal?',
      'Which municipalities in Nordland take part besides Bindal?',
      'Kva kommunar i Nordland er med i tillegg til Bindal?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'noneBesides']);
      expect(answer.missing?.subject).toContain('Bindal');
    }
    expect(answerer.answer('Hvilke tjenester er med utenom legevakt?').kind).toBe('answer');
    expect(shown('Kven er med på biletet av samarbeidsrådet utanom medlemene?').text).toContain('Garåsen');
  });

  it('reads «utover» as «utenom»: what it names is held out, in a letter too', () => {
    for (const q of [
      'Til prosjektet.\nSom tidligere legevaktslege lurer jeg på hvilke tjenester utover legevakten Trondheim kommune tar med i journalsystemet, særlig for barn og unge?\nHilsen Sverre Ness',
      'Hvilke tjenester utover legevakten tar Trondheim kommune med, særlig for barn og unge?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('skolehelsetjenesten')]);
    expect(answerer.answer('Kva tenester utover legevakta er med?').kind).toBe('answer');
    const none = answerer.answer('Hvilke kommuner i Nordland er med utover Bindal?');
    expect([none.kind, none.missing?.attribute]).toEqual(['fallback', 'noneBesides']);
  });

  it('leaves out whose the left-out members are ("i tillegg til medlemmene i rådet")', () => {
    for (const q of [
      'Hvem var med på gruppebildet i tillegg til medlemmene i rådet?',
      'Who else was in the photo besides the members of the council?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kjøsnes')]);
  });
});

describe('yes/no questions about a kind of item the list does not hold', () => {
  it('says the page does not list it, and shows the list', () => {
    for (const q of [
      'Is the dental health service going to use Helseplattformen?',
      'Does Helseplattformen cover the dental health service?',
      'Will the ambulance services be part of Helseplattformen?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute, answer.topicId]).toEqual([
        q,
        'fallback',
        'notListed',
        'tjenester',
      ]);
    }
    const { text } = shown('Is the dental service part of Helseplattformen?');
    expect(text).toContain('does not list “dental service”');
    expect(text).toContain('legevakt');
  });

  it('still answers yes for an item the list holds, and the dental word is not a count', () => {
    for (const q of [
      'Is the school health service going to use Helseplattformen?',
      'Is the prison health service part of Helseplattformen?',
      'Er hjemmetjenesten med?',
    ])
      expect([q, answerer.answer(q).direct?.type]).toEqual([q, 'yes']);
    expect(
      answerer.answer('Is the dental health service going to use Helseplattformen?').direct,
    ).toBeUndefined();
  });
});

describe('yes/no claims that an item of a list is left out', () => {
  it('answers no with the item the list holds, never yes', () => {
    for (const [q, item] of <[string, string][]>[
      [
        'Jeg har hørt at kommunene i Møre og Romsdal står helt utenfor og ikke har noen avtale om Helseplattformen – stemmer det?',
        'Møre og Romsdal (opsjonsavtale)',
      ],
      ['Stemmer det at legevakten ikke er med?', 'legevakt'],
      ['Er det rett at kommunane i Møre og Romsdal står utanfor?', 'Møre og Romsdal (opsjonsavtale)'],
      ['Er det sant at Bindal ikke er med i Helseplattformen?', 'Bindal kommune i Nordland'],
      [
        'Is it true that the municipalities in Møre og Romsdal are outside Helseplattformen?',
        'Møre og Romsdal',
      ],
      ['Is it correct that Bindal is not part of Helseplattformen?', 'Bindal kommune in Nordland'],
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type, answer.direct?.type === 'claimChecked' && answer.direct.yes]).toEqual([
        q,
        'claimChecked',
        false,
      ]);
      expect([q, text]).toEqual([q, expect.stringContaining(item)]);
      expect([q, text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b/u)]);
    }
  });

  it('still answers yes to a question with «ikke» on its opening verb, and to a place outside another', () => {
    for (const q of [
      'Er ikke legevakt med?',
      'Stemmer det at kommunene i Møre og Romsdal har opsjonsavtale?',
    ])
      expect([q, answerer.answer(q).direct?.type]).toEqual([q, 'yes']);
    expect(shown('Er det ein kommune utanfor Trøndelag og Møre og Romsdal som òg er med?').text).toContain(
      'Bindal',
    );
    expect(shown('Er det ein kommune utanfor Trøndelag og Møre og Romsdal som òg er med?').text).not.toMatch(
      /^Nei/u,
    );
  });

  it('still refuses the claim about what the page does not list', () => {
    refuses([
      'Er det riktig at tannlegene står utenfor Helseplattformen?',
      'Stemmer det at fastlegene står utenfor?',
    ]);
  });
});
