import { answerer, people, refuses, shown } from '../support/question-answering';

describe('questions written plainly, as people new to the language or the project write them', () => {
  it('answers a statement with a confirming tag at the end as a yes/no question', () => {
    for (const [q, item] of <[string, string][]>[
      ['The emergency room (legevakt) will also use the new system, yes?', 'legevakt'],
      ['Legevakta skal også bruke systemet, ikke sant?', 'legevakt'],
      ['Hjemmetjenesten er med, eller?', 'hjemmetjeneste'],
      ['Home care is part of it, right?', 'hjemmetjeneste'],
    ])
      expect([q, answerer.answer(q).direct]).toEqual([
        q,
        expect.objectContaining({ type: 'yes', item: expect.stringContaining(item) }),
      ]);
    // A comma with no tag after it is an ordinary question.
    expect(answerer.answer('Legevakta, skal den bruke systemet?').kind).toBe('answer');
  });

  it('reads "the whole project" as the project, with or without the article', () => {
    for (const q of [
      'Who leads the whole project?',
      'Who is the leader for whole project in Trondheim?',
      'Who is head of the entire project?',
      'Hvem leder hele prosjektet?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
  });

  it('asks for one thing by "hvilken <noun>" followed by a verb ending in -er, not for several', () => {
    for (const q of [
      'Hvilken kommune koordinerer arbeidet opp mot de øvrige kommunene?',
      'Hvilken kommune koordinerer arbeidet?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'koordinering']);
    }
  });

  it('asks for one thing by "which <noun>" followed by an English verb in -s and an article, not for several', () => {
    for (const q of [
      'Which municipality coordinates the work with the others?',
      'Which kommune coordinates the work?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'koordinering']);
    }
  });

  it('reads a past participle after "Kven er" as what someone was made to do, not as a role', () => {
    for (const q of [
      'Kven er mobiliserte for å hjelpe med oppsettet av journalløysinga?',
      'Hvem er mobilisert for å bistå med oppsettet?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'koordinering']);
    }
  });

  it('reads "i prosjektet" beside the name of a part of the project as where that part is', () => {
    for (const [q, part] of <[string, string][]>[
      ['Hva går gevinstrealisering ut på i prosjektet?', 'gevinstrealisering'],
      ['What is training about in the project?', 'opplaering'],
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, part]);
  });

  it('answers what two organisations did together with the decision both made', () => {
    for (const q of [
      'What did Trondheim kommune do together with Helse Midt-Norge RHF?',
      'Hva gjorde Trondheim kommune sammen med Helse Midt-Norge RHF?',
      'Hvem samarbeider Trondheim kommune med om Helseplattformen?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'anskaffelse']);
    // One of them alone, and what it decided, is still that decision.
    expect(answerer.answer('Hva har Helse Midt-Norge RHF bestemt om gevinstrealisering?').topicId).toBe(
      'gevinststrategi',
    );
  });
});

describe('English questions with everyday words around what is asked', () => {
  it('reads verbs and adjectives such as "supposed", "named", "ready" and "spend" as filler, not as another topic', () => {
    for (const [q, topic] of <[string, string][]>[
      ['What is the Teknisk subproject supposed to do?', 'teknisk'],
      ['What is benefits realisation meant to achieve?', 'gevinstrealisering'],
      ['Which person is named as the lead of Opplæring?', 'opplaering'],
      ['Is the plan for municipal functionality ready, or is it a draft?', 'funksjonalitetsplan'],
      ['Is the draft plan finished?', 'funksjonalitetsplan'],
      ['Who sorted out the procurement?', 'anskaffelse'],
    ])
      expect([q, answerer.answer(q).kind, answerer.answer(q).topicId]).toEqual([q, 'answer', topic]);
    expect(answerer.answer('Will staff spend less time on messages?').direct).toEqual(
      expect.objectContaining({ type: 'yes', item: 'Less time spent on messages' }),
    );
    // What is asked is still what decides: a date or a sum the page does not give is not known.
    refuses(['When will the system be ready?', 'How much money does Trondheim spend on the platform?']);
  });
});

describe('where people come from', () => {
  it('answers where the members of a council or a person come from, and still refuses where a council is', () => {
    for (const [q, topic] of <[string, string][]>[
      ['Where do the members of the Cooperation Council come from?', 'samarbeidsradet'],
      ['Hvor kommer representantene i samarbeidsrådet fra?', 'samarbeidsradet'],
      ['Where is Karl Audun Fagerli from?', 'karl-audun-fagerli'],
    ])
      expect([q, answerer.answer(q).kind, answerer.answer(q).topicId]).toEqual([q, 'answer', topic]);
    expect(shown('Where do the representatives in the council come from?').text).toContain('whole region');
    refuses(['Where does the Cooperation Council meet?', 'Where does the money for the benefits come from?']);
  });
});

describe('what a count question counts', () => {
  it('counts the noun after a place that says where, not the place ("how many Trondheim kommune employees")', () => {
    for (const q of [
      'How many Trondheim kommune employees will be affected?',
      'Approximately how many Trondheim municipality staff get the new tool?',
      'number of Trondheim employees that get a new working tool',
      // (the place compounded with the noun)
      'hvor mange trondheimsansatte berøres?',
      'Kor mange trondheimstilsette blir råka?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('7000')]);
    // Counted somewhere the page has no figure for, or something it does not count there, it is not known.
    refuses([
      'How many Molde municipality employees are affected?',
      'How many Trondheim kommune patients are affected?',
      'Hvor mange moldeansatte berøres?',
    ]);
  });
});

describe('a role or a name the page does not have, asked for by a description', () => {
  it("refuses a role said to be the project's when the person with that title holds it in a municipality", () => {
    refuses([
      'Who is the chief medical officer of the Helseplattformen project?',
      'Hvem er kommuneoverlege i prosjektet?',
    ]);
    // Where she holds it, or by her name, she is the answer; so is a role the project has.
    expect(people('Who is the chief medical officer in Verdal?')).toEqual(['Ragnhild Holmberg Aunsmo']);
    expect(people('Who is Arne Ingebrigtsen, in relation to Helseplattformen?')).toEqual([
      'Arne Ingebrigtsen',
    ]);
    expect(people('Who is the project manager of Helseplattformen?')).toEqual(['Ola Skorstad']);
  });

  it('refuses the name of an office of which only the first part is known ("fylkes-")', () => {
    refuses([
      'Kva heiter fylkesordføraren i Møre og Romsdal?',
      'Hva heter fylkesordføreren i Trøndelag?',
      'Hvem er fylkesordfører i Trøndelag?',
    ]);
    expect(people('Kva heiter kommuneoverlegen i Verdal?')).toEqual(['Ragnhild Holmberg Aunsmo']);
  });

  it('refuses a person asked for at an organisation the page names no one from', () => {
    refuses([
      'Kven er kontaktperson for opsjonskommunane hos Helse Midt-Norge RHF?',
      'Who is the contact person at Helse Midt-Norge RHF?',
    ]);
    // Someone from a place the page has people from is still answered.
    expect(people('Hvem sitter i samarbeidsrådet fra Malvik?')).toEqual(['Carl-Jacob Midttun']);
    expect(people('Hvem jobber ved IT-tjenesten?')).toEqual(['Anne Amdal Storsve']);
  });

  it('refuses contact details of something the topic is not, named by the last word of what they are of', () => {
    refuses([
      'What is the phone number of the IT support for Helseplattformen?',
      'Hva er telefonnummeret til IT-supporten for Helseplattformen?',
    ]);
    expect(answerer.answer('Hva er e-postadressen til Tone Fagerholt?').kind).toBe('answer');
    expect(answerer.answer('What is the email address of the project office?').kind).toBe('answer');
  });

  it('answers who of a place leads something, with a word for a person between the place and the lead word', () => {
    for (const q of [
      'Which Kristiansund official chairs the council for option municipalities?',
      'Which Kristiansund person chairs the council for option municipalities?',
      'Which Kristiansund representative chairs the council?',
    ])
      expect([q, people(q)]).toEqual([q, ['Arne Ingebrigtsen']]);
  });
});

describe('words written apart', () => {
  it('reads a word split by a hyphen as the one word the knowledge base has', () => {
    expect(shown('Anne Amdal Storsve is in charge of which sub-project?').text).toContain('Technical');
    expect(shown('Hvem er delprosjekt-leder for Opplæring?').text).toContain('Bjørnevik Tho');
  });

  it('ends what a lead word asks about at the verb after it', () => {
    expect(shown('Can the communications lead be reached on the phone?').text).toContain('Fagerholt');
    expect(shown('Kan kommunikasjonsansvarlig nås på telefon?').text).toContain('Fagerholt');
  });

  it('counts people, said generally, where the question says, and reads "begin to" as what follows it', () => {
    for (const q of [
      'Hvor mange personer i Trondheim kommune skal begynne å bruke journalsystemet?',
      'Kor mange folk i Trondheim kommune skal byrje å bruke det nye systemet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('7000')]);
    // A place whose figure the page does not give is still not counted.
    refuses(['Hvor mange personer i Molde kommune skal begynne å bruke systemet?']);
  });

  it('answers a yes/no question from the one sentence that holds all its telling words, whatever verb it uses', () => {
    for (const q of [
      'Blir ideer til endrede arbeidsprosesser dokumentert underveis?',
      'Dokumenteres ideer om nye arbeidsprosesser i kartleggingen?',
      'Blir idear til endra arbeidsprosessar dokumenterte undervegs?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'funksjonalitet']);
    }
    // An everyday thing beside fewer words of the page is still another thing.
    refuses(['Er det parkering ved Kalvskinnet skole?', 'Blir det kaffe på kontoret i Bispegata?']);
  });

  it('counts the staff of the municipality a question names with «municipal», and what those counted do', () => {
    for (const q of [
      'How many Trondheim municipal staff will start using Helseplattformen?',
      'Roughly how many municipal staff in Trondheim will start using Helseplattformen?',
      'Omtrent hvor mange i Trondheim kommune skal lære seg det nye systemet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('7000')]);
    // Where the page gives no figure, or something else is counted, it is not known, and nothing empty is named.
    for (const q of [
      'Hvor mange i Molde kommune skal lære seg systemet?',
      'How many Trondheim municipal staff work part-time?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
    expect(shown('Hvor mange i Molde kommune skal lære seg systemet?').text).not.toContain(': .');
  });

  it('reads a question that opens with any verb as yes/no, and the old systems as those the platform replaces', () => {
    for (const q of [
      'Forsvinner driften av de gamle journalsystemene?',
      'Er det meningen at driften av dagens journalsystemer skal falle bort?',
      'Dokumenterer delprosjektet Funksjonalitet ideer til endrede arbeidsprosesser?',
      'Skal data fra dagens systemer flyttes over til Helseplattformen?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
    expect(answerer.answer('Forsvinner driften av de gamle journalsystemene?').topicId).toBe('okonomi');
    // What the page does not say of them is still not known.
    refuses([
      'Blir de gamle journalsystemene solgt?',
      'Will the old record systems be sold?',
      'Forsvinner kantina i Bispegata?',
    ]);
  });
});
