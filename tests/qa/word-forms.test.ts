import { answerer, shown, people, refuses } from '../support/question-answering';

// The words staff write that are not in the written standard: the spoken forms of Trøndelag and Møre og Romsdal,
// short forms typed in a hurry, irregular plurals and set phrases. Each asks the same as its written form.

describe('spoken forms of the question words (Trøndelag, Møre og Romsdal)', () => {
  it('reads «kem»/«kæm» as who and «e» as is', () => {
    expect(people('kæm e prosjektleiar')).toEqual(['Ola Skorstad']);
    expect(people('kem e kommunikasjonsansvarleg')).toEqual(['Tone Fagerholt']);
    expect(shown('kem e leiar for samarbeidsrådet').text).toContain('Ingebrigtsen');
  });

  it('reads «ka»/«kå» as what, «kor» as where and «te» as to', () => {
    expect(shown('ka e e-postadressa te prosjektkontoret').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    expect(shown('kor e prosjektkontoret').text).toContain('Bispegata');
    expect(shown('ka slags delprosjekt fins').text).toContain('Gevinstrealisering');
  });

  it('reads «kor tid» as when: a date where the page has one, a refusal where it has none', () => {
    expect(shown('kor tid skal bystyret avgjøre deleierskapet').text).toContain('29. august');
    expect(answerer.answer('kor tid får eg ny pc').kind).toBe('fallback');
    expect(answerer.answer('kor tid blir sjukeheimen kopla på journalen').kind).toBe('fallback');
  });

  it('still refuses what the page does not hold when asked in the spoken forms', () => {
    for (const q of [
      'kem e ordføreren i molde',
      'ka koste lisensane',
      'kor e toalettet',
      'e kantina open',
      'kass buss går te sentrum',
      'is it true that the canteen is closed',
    ])
      expect(answerer.answer(q).kind).toBe('fallback');
  });
});

describe('short forms and set phrases staff type', () => {
  it('reads «nr» as number and «etg» as floor', () => {
    expect(shown('tlf nr til elise').text).toContain('952 63 567');
    expect(shown('hvilket nr har kommunikasjonsansvarlig').text).toContain('481 61 844');
    expect(shown('hvilken etg sitter prosjektkontoret i').text).toContain('tredje etasje');
  });

  it('reads «øverste sjef» and «toppsjef» as the one who leads', () => {
    expect(people('hvem er øverste sjef for innføringsprosjektet')).toEqual(['Ola Skorstad']);
    expect(people('hvem er toppsjef i prosjektkontoret')).toEqual(['Elise B. Vesterhus']);
  });

  it('reads «ramse opp» and «list opp» as asking for the whole list', () => {
    const members = shown('ramse opp medlemmene i samarbeidsrådet').text;
    for (const name of ['Ingebrigtsen', 'Midttun', 'Bolås']) expect(members).toContain(name);
    expect(shown('list opp delprosjektene').text).toContain('Opplæring');
  });

  it('takes «common» as «felles»: a word that names nothing of its own', () => {
    const { answer, text } = shown('Are hospital staff affected by the common record system?');
    expect(answer.kind).toBe('answer');
    expect(text).toContain('40 000');
    expect(answerer.answer('Does the common record system affect GPs?').kind).toBe('answer');
  });
});

describe('word forms the stemmer cannot reach by endings alone', () => {
  it('takes «rådmenn» and «rådmennene» for rådmann, and lists the council they sit in', () => {
    for (const q of ['Kva for rådmenn sit i samarbeidsrådet?', 'Hvilke rådmenn er med i rådet?']) {
      const { answer, text } = shown(q);
      expect(answer.kind).toBe('answer');
      for (const name of ['Ingebrigtsen', 'Fagerli', 'Austheim']) expect(text).toContain(name);
    }
    expect(answerer.answer('Kven av rådmennene leiar samarbeidsrådet?').topicId).toBe('samarbeidsradet');
  });

  it('counts the members of one title by their roles, not the council size, and shows those members', () => {
    for (const q of [
      'Hvor mange rådmenn sitter i samarbeidsrådet?',
      'How many of the council members are rådmenn?',
      'Kor mange rådmenn sit i samarbeidsrådet?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId, answer.direct]).toEqual([
        q,
        'answer',
        'samarbeidsradet',
        expect.objectContaining({ type: 'count', count: 6 }),
      ]);
      expect(people(q)).not.toContain('Evelyn Haram Larsen');
    }
    expect(shown('Kor mange medlemer har samarbeidsrådet?').text).toContain('9');
    // The line says what was counted, as a sentence.
    expect(shown('Hvor mange rådmenn sitter i samarbeidsrådet?').text).toContain(
      '6 av medlemmene i Samarbeidsrådet for opsjonskommuner er rådmenn.',
    );
    expect(shown('How many of the council members are rådmenn?').text).toContain(
      '6 of the members of the Cooperation Council',
    );
  });

  it('reads the article «ein» as itself, not as «eining» (a unit): the yes/no question is answered', () => {
    expect(answerer.answer('Er helsestasjonen ein del av innføringsprosjektet?').direct).toMatchObject({
      type: 'yes',
      item: 'helsestasjon',
    });
    expect(answerer.answer('Er legevakta ein del av Helseplattformen?').direct).toMatchObject({
      type: 'yes',
      item: 'legevakt',
    });
    expect(people('Kva eining er Anne Amdal Storsve i?')).toEqual(['Anne Amdal Storsve']);
  });
});

describe('names the knowledge base gives in full', () => {
  it('finds the communications lead by the project or municipality she works in', () => {
    expect(people('Hvem er kommunikasjonsansvarlig i innføringsprosjektet?')).toEqual(['Tone Fagerholt']);
    expect(people('Hvem er kommunikasjonsansvarlig i Trondheim kommune?')).toEqual(['Tone Fagerholt']);
    expect(people('Kven er kommunikasjonsansvarleg i det lokale innføringsprosjektet?')).toEqual([
      'Tone Fagerholt',
    ]);
  });

  it('finds a council member when the council is named in full', () => {
    expect(people('Hvem er rådmannen i Steinkjer som er med i Samarbeidsrådet for opsjonskommuner?')).toEqual(
      ['Torunn Austheim'],
    );
    expect(people('Kven representerer Hareid i Samarbeidsrådet for opsjonskommunar?')).toEqual([
      'Evelyn Haram Larsen',
    ]);
  });

  it('takes «selskap»/«company» for the company Trondheim may become a part owner of', () => {
    expect(shown('Hvilket selskap kan Trondheim bli deleier i?').text).toContain('Helseplattformen AS');
    expect(shown('Which company could Trondheim become a co-owner of?').text).toContain(
      'Helseplattformen AS',
    );
  });

  it('reads «vedkommende» as the person asked about', () => {
    expect(
      shown('Hvem representerer Malvik i samarbeidsrådet, og hvilken stilling har vedkommende?').text,
    ).toContain('Rådmann i Malvik kommune');
  });
});

describe('synonyms and English words of the entries', () => {
  it('takes «gevinstarbeidet» for benefits realisation', () => {
    expect(people('Hvem leder gevinstarbeidet?')).toEqual(['Øyvind Tanum']);
    expect(shown('hva skal gevinstarbeidet fokusere på i starten').text).toContain('metode');
  });

  it('reads the English verb «map» as what a subproject maps (kartlegger)', () => {
    expect(shown('What does the technical subproject map?').text).toContain('integrations');
    expect(shown('What will the functionality subproject map?').text).toContain('work processes');
  });

  it("takes everyday synonyms of the page's words for those words, in English and Norwegian", () => {
    for (const [q, topic] of <[string, string][]>[
      // A body, an organ: a council.
      ['Which body represents the interests of the option municipalities?', 'samarbeidsradet'],
      ['Hvilket organ har vært sentralt i utviklingen av e-meldinger?', 'fagradet'],
      ['How many citizens does the shared record system affect?', 'omfang'],
      ['Which subproject maps the workflows?', 'funksjonalitet'],
      // An agreement alone is the option agreement, the only one the page speaks of.
      ['What kind of avtale do the municipalities in Møre og Romsdal have?', 'opsjonsavtaler'],
      ['Hva slags avtaler har kommunene i Trøndelag?', 'opsjonsavtaler'],
      ['Have fagfolk been mobilised to help?', 'koordinering'],
      ['Who helps configure the record system?', 'koordinering'],
      ['What is the job of the training subproject?', 'opplaering'],
    ])
      expect([q, answerer.answer(q).kind, answerer.answer(q).topicId]).toEqual([q, 'answer', topic]);
    expect(shown('Will we spend less time looking for info in the record?').text).toContain('information');
    // Things the page has none of stay unknown under those words.
    for (const q of [
      'Which body decides on salaries?',
      'Is there an avtale about parking at the office?',
      'Can I apply for a job in the project?',
      'Who is in the leadership group?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
  });

  it('reads "day" as when, "a seat on" as sitting on, and "the rollout" as the implementation project', () => {
    expect(shown('Which day will the city council decide on co-ownership?').text).toContain('29');
    expect(answerer.answer('Does Molde have a seat on the Cooperation Council?').direct).toEqual(
      expect.objectContaining({ type: 'yes', item: expect.stringContaining('Arne Sverre Dahl') }),
    );
    expect(people('Who is in charge of the local rollout?')).toContain('Ola Skorstad');
    refuses(['Which day is the canteen closed?', 'Does Bergen have a seat on the council?']);
  });

  it('reads an English -ing form with a doubled consonant as the word it is a form of ("planning" of "plan")', () => {
    expect(answerer.answer('Who has started similar planning work?').topicId).toBe('funksjonalitetsplan');
    expect(answerer.answer('What are they mapping in the Teknisk subproject?').topicId).toBe('teknisk');
    // The past form stays as it was: "planned" says which decisions, not a plan.
    expect(answerer.answer('Which decisions are planned?').topicId).toBe('beslutninger');
  });

  it('takes seeing or noticing something for no topic of its own', () => {
    const text = shown('Is KS part of this? I saw someone from KS in the photo.').text;
    expect(text).toContain('Kjøsnes');
  });
});

describe('a phrase that asks whether what follows is so', () => {
  it('answers «stemmer det at …» and «is it true that …» as the yes/no question that follows', () => {
    expect(
      answerer.answer('Stemmer det at helsestasjonen er omfattet av den nye journalen?').direct,
    ).toMatchObject({
      type: 'yes',
      item: 'helsestasjon',
    });
    expect(answerer.answer('Er det riktig at Bindal er med?').direct).toMatchObject({ type: 'yes' });
    expect(answerer.answer('Is it true that the prison health service is included?').direct).toMatchObject({
      type: 'yes',
    });
  });

  it('still refuses what the page does not say, and the outcome of a planned decision', () => {
    expect(answerer.answer('Stemmer det at kantina er stengt i dag?').kind).toBe('fallback');
    expect(answerer.answer('Er det sant at Trondheim ble deleier?').kind).toBe('fallback');
  });
});

describe('compounds cut short before a dot', () => {
  it('writes out «komm.ansvarlig» and «prosj.leder» as the knowledge base has them', () => {
    expect(people('hvem er komm.ansvarlig i prosjektet')).toEqual(['Tone Fagerholt']);
    expect(shown('e-post til komm.ansvarleg?').text).toContain('tone.fagerholt@trondheim.kommune.no');
    expect(people('hvem er prosj.leder')).toEqual(['Ola Skorstad']);
  });
});

describe('a part of a hyphenated name with a short word inside («out-of-hours»)', () => {
  it('takes «out of hours», hyphenated or not, for the out-of-hours emergency clinic (legevakt)', () => {
    for (const q of [
      'Is the out-of-hours clinic included?',
      'does the new record cover the out of hours emergency clinic',
    ]) {
      expect(answerer.answer(q).direct).toMatchObject({
        type: 'yes',
        item: 'out-of-hours emergency clinic (legevakt)',
      });
    }
  });

  it('does not take «hours» alone for it («opening hours» is something else)', () => {
    expect(answerer.answer('What are the opening hours of the project office?').kind).toBe('fallback');
    expect(answerer.answer('What are the opening hours of the emergency clinic?').kind).toBe('fallback');
  });
});

describe('names and words the entries now carry in every language', () => {
  it('reads «mandate»/«mandat» as asking what something is tasked with', () => {
    expect(shown("What is the technical subproject's mandate?").text).toContain('integrations');
    expect(shown('Hva er mandatet til delprosjektet Opplæring?').text).toContain('opplæringsbehov');
  });

  it('names KS written out in English, and the municipal director by that title', () => {
    expect(shown('Who is Ole Gunnar Kjøsnes?').text).toContain('Kommunenes Sentralforbund');
    expect(people('Who is the municipal director of health and welfare?')).toEqual(['Helge Garåsen']);
  });

  it('takes the nynorsk «anskaffingsprosjektet» for the procurement project', () => {
    expect(shown('Kven gjennomførte anskaffingsprosjektet?').text).toContain('Helse Midt-Norge RHF');
  });
});

describe('kinds of a thing asked for by «kategorier», «grupper» or «categories»', () => {
  it('lists the groups of municipal benefits', () => {
    expect(shown('Hvilke kategorier er gevinstene delt inn i?').text).toContain('Styrket pasientsikkerhet');
    expect(shown('Kva grupper av gevinstar er det?').text).toContain('Styrket pasientsikkerhet');
    expect(shown('What categories are the municipal benefits divided into?').text).toContain(
      'patient safety',
    );
    expect(answerer.answer('What are the municipal benefits?').topicId).toBe('gevinster');
  });
});

describe('the goal of something, and money', () => {
  it('reads «målet med» as asking what something is for, and still finds the templates («maler»)', () => {
    expect(shown('Hva er målet med delprosjektet Opplæring?').text).toContain('opplæringsbehov');
    expect(answerer.answer('Hvilke maler skal kartlegges?').topicId).toBe('funksjonalitet');
  });

  it('takes money saved for the economic benefits, and still refuses how much', () => {
    expect(shown('Sparer kommunen penger på færre innleggelser?').text).toContain(
      'Færre unødvendige innleggelser',
    );
    expect(shown('Will the municipality save money?').text).toContain('patient transport');
    expect(answerer.answer('Hvor mye penger sparer kommunen?').kind).toBe('fallback');
  });
});

describe('what a phrase of exception leaves out («i tillegg til», «utenom», «besides»)', () => {
  it('answers about the rest of the question, not the word left out', () => {
    const photo = shown('Hvem var med på gruppebildet i tillegg til rådsmedlemmene?').text;
    expect(photo).toContain('Garåsen');
    expect(photo).toContain('Kjøsnes');
    expect(shown('Who else was in the group photo besides the council members?').text).toContain('Kjøsnes');
    expect(answerer.answer('Hvilke tjenester er med utenom legevakt?').topicId).toBe('tjenester');
  });
});

describe('more short forms of contact words', () => {
  it('reads tlfnr, telefonnr, mob, tel, adr, avd and e-postadr as the words they shorten', () => {
    expect(shown('tlfnr til elise').text).toContain('952 63 567');
    expect(shown('mob til tone').text).toContain('481 61 844');
    expect(shown('Tone Fagerholt tel').text).toContain('481 61 844');
    expect(shown('adr til prosjektkontoret').text).toContain('Bispegata');
    expect(shown('hvilken avd jobber Anne Amdal Storsve i').text).toContain('IT-tjenesten');
    expect(shown('e-postadr til ola').text).toContain('ola.skorstad@trondheim.kommune.no');
  });
});

describe('other titles for the same roles', () => {
  it('takes prosjektsjef/prosjektansvarlig, kontorsjef and informasjonssjef for the roles the page names', () => {
    expect(people('hvem er prosjektsjef')).toEqual(['Ola Skorstad']);
    expect(people('kven er prosjektansvarleg')).toEqual(['Ola Skorstad']);
    expect(people('hvem er kontorsjef')).toEqual(['Elise B. Vesterhus']);
    expect(people('Who is the office manager?')).toEqual(['Elise B. Vesterhus']);
    expect(people('hvem er informasjonssjef i prosjektet')).toEqual(['Tone Fagerholt']);
  });

  it('still refuses the same title at another place', () => {
    expect(answerer.answer('hvem er prosjektansvarlig i Molde kommune').kind).toBe('fallback');
  });
});

describe('adjectives of the benefit groups in English', () => {
  it('answers «the expected economic/quality/efficiency gains» with that group', () => {
    expect(shown('What are the expected economic benefits?').text).toContain('patient transport');
    expect(shown('List the expected quality gains.').text).toContain('patient safety');
    expect(shown('What are the expected efficiency gains?').text).toContain('medication lists');
  });
});

describe('nynorsk forms of words the knowledge base has only in bokmål text', () => {
  it('reads «kartleggje», «knytast» and «ønskjer» as the bokmål words', () => {
    expect(shown('Kva skal delprosjektet Teknisk kartleggje?').text).toContain('integrasjoner');
    expect(
      answerer.answer('Kva fagråd ønskjer samarbeidsrådet at skal knytast tett til Helseplattformen?')
        .topicId,
    ).toBe('fagradet');
  });

  it('still answers in nynorsk', () => {
    expect(answerer.answer('Kva skal delprosjektet Teknisk kartleggje?').lang).toBe('nn');
  });
});

describe('a past participle in -ert of a verb the knowledge base has', () => {
  it('takes «dokumentert» for «dokumenteres»', () => {
    expect(shown('Hva blir dokumentert i den innledende kartleggingen?').text).toContain('ideer');
    expect(answerer.answer('kva vart dokumentert i kartlegginga').topicId).toBe('funksjonalitet');
  });
});

describe('ways of asking for contact details', () => {
  it('reads «ringjer» as calling and «contact details» as asking how to reach someone', () => {
    expect(shown('Kva nummer ringjer eg for å få tak i kommunikasjonsansvarleg?').text).toContain(
      '481 61 844',
    );
    expect(shown('Contact details for the head of the project office').text).toContain('Vesterhus');
    expect(shown('Kontaktdetaljer til kommunikasjonsansvarlig?').text).toContain(
      'tone.fagerholt@trondheim.kommune.no',
    );
  });
});

describe('the page itself, what it states, modal verbs and the nynorsk word for name', () => {
  it('reads «ifølge siden», «bør» and «namn» as saying nothing of what is asked', () => {
    expect(shown('Hvilket fylke hører Bindal til, ifølge siden?').text).toContain('Nordland');
    expect(shown('Kva er namnet på kommunikasjonsansvarleg?').text).toContain('Fagerholt');
    expect(shown('Hvem bør jeg snakke med om opplæringen?').text).toContain('Bjørnevik Tho');
    expect(shown('Hvem er oppgitt som leder for Teknisk?').text).toContain('Storsve');
    expect(shown('Who is stated to lead Opplæring?').text).toContain('Bjørnevik Tho');
  });
});

describe('words about the question itself, and dealing with a matter', () => {
  it('reads «igjen» and «in short» as filler, and «deal with» a matter as handling it', () => {
    expect(shown('kommunikasjonsansvarlig, hva heter hun igjen?').text).toContain('Fagerholt');
    expect(shown('What is the benefits realisation subproject, in short?').text).toContain('Tanum');
    expect(shown('When will the city council deal with co-ownership?').text).toContain('29');
  });
});

describe('compounds written as two words', () => {
  it('reads two words that together are a name the page has as that one word', () => {
    expect(shown('Hvem leder gevinst realisering?').text).toContain('Tanum');
    expect(shown('Hvor er prosjekt kontoret?').text).toContain('Bispegata');
    expect(shown('kven leiar helse plattforma i trondheim?').text).toContain('Skorstad');
    // Words that only share a stem with a longer name when joined stay apart ("Who are").
    expect(shown('Who are the subproject leaders?').text).toContain('Storsve');
  });
});
