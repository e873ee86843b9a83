import { answerer, refuses, shown } from '../support/question-answering';

// Lists the page gives (the subprojects and their leads, the kinds of benefits, the purposes of the benefits
// strategy), asked in other words or counted, with the list shown beside the count; and what a body has contributed.

const SUBPROJECT_LEADS = [
  'Line Kristoffersen',
  'Anne Amdal Storsve',
  'May Liz Bjørnevik Tho',
  'Øyvind Tanum',
];

/** Each question's answer shows every one of the texts. */
function showsAll(questions: string[], texts: string[]): void {
  for (const q of questions) {
    const text = shown(q).text;
    expect([q, texts.filter((t) => !text.includes(t))]).toEqual([q, []]);
  }
}

describe('the subprojects asked in other words', () => {
  it('lists the subprojects asked as workstreams the project is split into', () => {
    showsAll(
      [
        'Hvilke arbeidsstrømmer er Trondheims lokale innføring splittet opp i?',
        'Kva arbeidsstraumar er innføringa i Trondheim delt opp i?',
        'Which workstreams is the local rollout split into?',
      ],
      ['Funksjonalitet', 'Teknisk', 'Opplæring', 'Gevinstrealisering'],
    );
  });

  it('lists the subprojects with their leads when asked who leads each of them', () => {
    showsAll(
      [
        'Kan du ramse opp delprosjektene i Trondheim og hvem som styrer hvert av dem?',
        'Kan du liste opp delprosjekta og kven som leiar kvart av dei?',
        'Hvem leder hvert delprosjekt?',
      ],
      SUBPROJECT_LEADS,
    );
  });

  it('lists the subproject leads asked for after a request, not the lead of the project they are in', () => {
    showsAll(
      [
        "Can you list the four subproject leaders in Trondheim's implementation project?",
        'Could you list the subprojects of the implementation project and their leads?',
        'Kan du liste opp delprosjektlederne i innføringsprosjektet?',
      ],
      SUBPROJECT_LEADS,
    );
  });

  it('still refuses a subproject or workstream the page does not have, and another project', () => {
    refuses([
      'Hvem leder hvert delprosjekt i Molde kommune?',
      'Kan du ramse opp delprosjektene for apotek?',
      'Can you list the subproject leaders of the pharmacy workstream?',
      'Kan du liste opp delprosjektene i det sentrale innføringsprosjektet?',
      'Which subprojects does the central implementation project have?',
      'Can you list the subprojects of the new city hall project?',
    ]);
  });
});

describe('the benefits and the purposes of the strategy, listed and counted', () => {
  /** Each question is answered with the count. */
  function counts(questions: string[], count: number): void {
    for (const q of questions) {
      const direct = answerer.answer(q).direct;
      expect([q, direct?.type === 'count' ? direct.count : direct?.type]).toEqual([q, count]);
    }
  }

  it('counts the kinds of municipal benefits asked as areas or main types, and names them', () => {
    counts(
      [
        'Hvor mange gevinstområder er satt opp for kommunene, og hva heter de?',
        'Hvor mange hovedtyper kommunale gevinster er satt opp?',
        'Kor mange gevinstområde er sett opp for kommunane?',
        'How many benefit areas are there and what are they called?',
      ],
      3,
    );
    showsAll(
      [
        'Hvor mange gevinstområder er satt opp for kommunene, og hva heter de?',
        'Hvor mange gevinstområder er det?',
      ],
      ['Kvalitet', 'Effektivitet', 'Økonomi'],
    );
  });

  it('counts the purposes of the benefits realisation strategy and shows them', () => {
    counts(
      [
        'Hvor mange formål nevnes for strategien for gevinstrealisering?',
        'Kor mange føremål har strategien for gevinstrealisering?',
        'How many purposes are listed for the benefits strategy, and what are they?',
      ],
      4,
    );
    showsAll(
      ['Hvor mange formål nevnes for strategien for gevinstrealisering?'],
      ['vedtatte strategier', 'rette gevinstene', 'negative konsekvenser', 'oppfølging'],
    );
  });

  it('lists the economic benefits asked as savings in kroner and øre the municipalities can count on', () => {
    showsAll(
      [
        'Hva slags innsparinger i kroner og øre regner man med for kommunene?',
        'Kva innsparingar reknar ein med for kommunane?',
      ],
      ['innleggelser', 'pasienttransportkostnader', 'eksisterende journalsystemer', 'hjemme'],
    );
  });

  it('still refuses a count the page cannot give', () => {
    refuses([
      'Hvor mange jobber med gevinstrealisering?',
      'Hvor mange formål har Teknisk?',
      'How many purposes does the training subproject have?',
      'Hvor mange tiltak har tiltaksplanen?',
      'Hvor mange kroner sparer kommunene?',
      'Hvor mange sykehjemsplasser er det?',
    ]);
  });
});

describe('what a body or organisation has contributed', () => {
  it('answers what the regional council has contributed with what the page says it has done', () => {
    showsAll(
      [
        'Hva har det regionale fagrådet for digital samhandling særlig bidratt til?',
        'Hva har Regionalt fagråd for digital samhandling bidratt med så langt?',
        'Kva har fagrådet for digital samhandling særleg bidrege til?',
        'Why is the regional professional council for digital interaction relevant, and what has it done before?',
      ],
      ['e-meldinger'],
    );
  });

  it('answers what Trondheim contributed to the procurement with its part in it', () => {
    showsAll(
      [
        'Hva har Trondheim kommune bidratt med i anskaffelsen?',
        'På hvilken måte har Trondheim bidratt med personell i innkjøpsfasen?',
        'Kva har Trondheim kommune bidrege med i anskaffinga?',
      ],
      ['prosjektmedarbeidere'],
    );
    showsAll(['What has Trondheim contributed to the procurement?'], ['project staff']);
  });

  it('still refuses a contribution of someone the page does not name, or to something it does not have', () => {
    refuses([
      'Hva har Helsedirektoratet bidratt med?',
      'Hva har fagrådet bidratt med i lønnsforhandlingene?',
      'Hva har fagrådet særlig bidratt til i Bergen?',
    ]);
  });
});

describe('the heading a benefit is listed under', () => {
  it('answers which heading a quoted benefit is listed under with that heading', () => {
    const headings: [string, string][] = [
      [
        "Under which benefit heading on the page is 'fewer unnecessary hospital admissions' listed?",
        'okonomi',
      ],
      ["Which benefit category is 'fewer unnecessary admissions' listed under?", 'okonomi'],
      ["Which heading is 'less time spent on messages' under?", 'effektivitet'],
      ['Kva gevinstkategori høyrer «færre unødvendige innleggingar» til?', 'okonomi'],
    ];
    for (const [q, id] of headings) expect([q, answerer.answer(q).topicId]).toEqual([q, id]);
  });

  it('still answers who is heading something as who leads it', () => {
    expect(shown('Who is heading the project?').text).toContain('Ola Skorstad');
  });

  it('refuses the heading of a quoted benefit the page does not list', () => {
    refuses([
      'Which benefit category is "kortere ventelister" listed under?',
      "Which benefit heading is 'shorter waiting lists' listed under?",
      'Hvilken gevinstkategori hører «kortere ventetid» under?',
    ]);
  });
});

describe('a list the page gives, asked within the project it belongs to', () => {
  it('lists the services asked «in the implementation», in bokmål, nynorsk, dialect and English', () => {
    for (const q of [
      'Hvilke tjenester i Trondheim kommune er med i innføringen?',
      'Kva tenester i Trondheim kommune er med i innføringa?',
      'Hei. Æ jobbe på helsehuset. Ka for tjenesta i Trondheim kommune e me i innføringa? Mvh Kjersti',
      'Which services in Trondheim are part of the implementation?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'tjenester']);
  });

  it('answers a question in the dialect of Trøndelag in Norwegian, though «me» is also English', () => {
    const answer = answerer.answer('Ka for tjenesta i Trondheim kommune e me i innføringa?');
    expect(answer.lang).toBe('nb');
  });

  it('still refuses the services of a place the list is not for', () => {
    refuses([
      'Hvilke tjenester i Molde er med i innføringen?',
      'Hvilke tjenester for tannhelse er med i innføringen?',
    ]);
  });
});

describe('a list asked for by its own word and a word for being included', () => {
  it('lists the municipalities asked which are covered, with no other word the page knows', () => {
    for (const q of ['Hvilke kommuner er omfattet?', 'Kva kommunar er omfatta?']) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'kommunene-med']);
    }
  });

  it('still refuses which of them are covered by something the page does not have', () => {
    refuses(['Hvilke kommuner er omfattet av eiendomsskatt?']);
    // (A plural in -er after «har» is what they have, not a verb in the present: «bompenger».)
    refuses(['Hvilke kommuner i Møre og Romsdal har bompenger?', 'Kva kommunar i Trøndelag har bompengar?']);
  });
});
