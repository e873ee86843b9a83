import { answerer, refuses, shown } from '../support/question-answering';

describe('people asked for by what they do, not by their title', () => {
  it('reads a verb as the thing the page names for it, and answers with whoever leads that', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Hvem integrerer systemene mot Helseplattformen?', 'Anne Amdal Storsve'],
      ['kven skal integrere Helseplattformen med andre system?', 'Anne Amdal Storsve'],
      ['who integrates?', 'Anne Amdal Storsve'],
      ['Who trains the staff?', 'May Liz Bjørnevik Tho'],
      ['hvem skal lære opp de ansatte?', 'May Liz Bjørnevik Tho'],
      ['Hvem informerer om prosjektet?', 'Tone Fagerholt'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(lead)]);
  });

  it('reads "the subproject that …" as the subproject the rest describes', () => {
    for (const [q, lead] of <[string, string][]>[
      [
        'Who leads the subproject that maps work processes, roles, tools and templates in all units?',
        'Line Kristoffersen',
      ],
      ['Who leads the subproject that plans training?', 'May Liz Bjørnevik Tho'],
      ['Kven leiar delprosjektet som skal kartleggje integrasjonar?', 'Anne Amdal Storsve'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(lead)]);
    // A subproject described by what no subproject does is none the page has.
    refuses([
      'Who leads the subproject that handles payroll?',
      'Hvem leder delprosjektet som har ansvar for lønn?',
    ]);
  });

  it('reads where the part is, before the word for it, and what it does, after its name, as no other part', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Who leads the Trondheim workstream that maps current work processes?', 'Line Kristoffersen'],
      ['Kven leiar Trondheim-delprosjektet som kartlegg arbeidsprosessar?', 'Line Kristoffersen'],
      ['Hvem leder delprosjektet i Trondheim kommune som kartlegger arbeidsprosesser?', 'Line Kristoffersen'],
      [
        'Who leads the technical workstream (interfaces, data migration) on the Trondheim side?',
        'Anne Amdal Storsve',
      ],
      ['Kven leiar det tekniske delprosjektet (grensesnitt, migrering av data)?', 'Anne Amdal Storsve'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(lead)]);
    // Another place's part, or another one of its kind, is none the page gives a lead of.
    refuses([
      'Who leads the Molde workstream that maps work processes?',
      'Who leads the Helse Midt-Norge workstream that maps work processes?',
      'Hvem leder delprosjektet i Molde kommune som kartlegger arbeidsprosesser?',
      'Who leads the technical workstream on the Molde side?',
      'Who leads the central data migration work?',
      'Who leads the national technical workstream?',
    ]);
  });

  it('counts nothing the page does not count, asked with a verb form («trained»)', () => {
    const answer = answerer.answer('How many staff have been trained on Helseplattformen so far?');
    expect(answer.kind).toBe('fallback');
  });

  it('reads a verb of finding out after the question word as what is asked, and answers with who does it', () => {
    for (const q of [
      'Kven skal finne ut kva opplæringsbehov dei tilsette har når Helseplattformen kjem?',
      'Hvem skal finne ut hvilke opplæringsbehov de ansatte har?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bjørnevik Tho')]);
    // The verb of knowing before the question word still leads into the question.
    expect(shown('Jeg vil finne ut hvem som leder prosjektkontoret').text).toContain('Vesterhus');
  });

  it('reads telling people about something as informing about it', () => {
    for (const q of [
      'Who is the person responsible for telling people about the project?',
      'Kven er det som har ansvar for å fortelje folk om prosjektet?',
      'Who communicates about the project?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Fagerholt')]);
    // Asked to tell about the project, the bot tells about it.
    expect(shown('Kan du fortelle om prosjektet?').text).not.toContain('Fagerholt');
  });

  it('reads a verb last, after «å», as what is done, not what is led', () => {
    expect(shown('Hva har det tekniske delprosjektet ansvar for å kartlegge?').text).toContain(
      'integrasjoner',
    );
  });
});

describe('what the page calls something, asked after «omtalt som» or «described as»', () => {
  it('answers with the part whose sentence says it: training all staff is a major task', () => {
    for (const q of [
      'Kva oppgåve blir omtala som betydeleg i innføringa?',
      'Hvilken oppgave blir omtalt som betydelig i innføringen?',
      'Hva beskrives som en betydelig oppgave?',
      'Kva blir skildra som ei betydeleg oppgåve?',
      'Which task is described as a major one?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/Opplæring av alle medarbeidere|Training all staff/),
      ]);
  });

  it('still refuses what the page calls nothing, or calls so of nothing the question names', () => {
    refuses([
      'Kva oppgåve blir omtala som vanskeleg i innføringa?',
      'Which task is described as the most expensive?',
      'Hva beskrives som en betydelig kostnad?',
      'Hvilken oppgave blir omtalt som betydelig for sykehusene?',
    ]);
  });
});

describe('a task of a subproject claimed with a verb for doing it', () => {
  it('says yes that the training subproject plans how people are freed up to run training', () => {
    for (const [q, start] of <[string, string][]>[
      [
        'Skal opplæringsdelprosjektet også planlegge hvordan folk kan frigjøres til å drive opplæring i innføringsperioden?',
        'Ja',
      ],
      [
        'Skal opplæringsdelprosjektet planlegge korleis folk kan fristillast til å driv opplæring i innføringsperioden?',
        'Ja',
      ],
      [
        'Will the training subproject plan how people can be freed up to run training during the implementation period?',
        'Yes',
      ],
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${start}\\..*(fristille|free up)`)),
      ]);
  });

  it('still asks who leads what is run, and gives no yes to running what the page does not name', () => {
    expect(shown('Hvem skal drive opplæringen?').text).toContain('May Liz Bjørnevik Tho');
    const q = 'Skal opplæringsdelprosjektet planlegge hvordan folk kan frigjøres til å drive kantina?';
    expect(shown(q).text).not.toMatch(/^Ja/);
  });
});
