import { answerer, officeEmail, shown } from '../support/question-answering';

describe('answer types', () => {
  it('answers yes with the listed service when a yes/no question opens with an everyday verb', () => {
    for (const q of [
      'Får helsestasjonen den nye journalløsningen?',
      'Gjelder Helseplattformen også for helsehus?',
      'Bruker sykehjemmene Helseplattformen?',
      'Do the health stations get the new record system?',
    ]) {
      const { answer } = shown(q);
      expect(answer.topicId).toBe('tjenester');
      expect(answer.direct).toEqual(expect.objectContaining({ type: 'yes' }));
    }
  });

  it('answers yes when the service is named first and asked about after a dash, or the question ends asking for agreement', () => {
    for (const q of [
      'Skolehelsetjenesten – får den også Helseplattformen?',
      'Legevakten – er den med?',
      'Sykehjemmene skal også bruke det nye systemet, ikke sant?',
      'The prison health service will also use the new system, right?',
    ]) {
      const { answer } = shown(q);
      expect(answer.topicId).toBe('tjenester');
      expect(answer.direct).toEqual(expect.objectContaining({ type: 'yes' }));
    }
  });

  it('answers about the platform itself when its own name is what a yes/no question asks about', () => {
    const { text } = shown('Gjelder det felles journalsystemet bare for kommunene?');
    expect(text).toContain('sykehus');
  });

  it('counts what is asked of the platform when the platform is named by a word of its own', () => {
    for (const q of [
      'Kor mange innbyggjarar blir omfatta av den nye journalløysinga?',
      'Hvor mange innbyggere blir berørt av journalsystemet?',
      'How many inhabitants are affected by the shared health record?',
    ])
      expect(shown(q).text).toContain('720 000');
  });

  it('answers where to send questions with the project office and its e-mail address, not its street address', () => {
    for (const q of [
      'Hvor sender jeg spørsmål om innføringen?',
      'Kvar sender eg spørsmål om Helseplattformen?',
      'Where do I send my questions about the implementation?',
      'Where can I send an enquiry to the project office?',
    ]) {
      const { answer, text } = shown(q);
      expect(answer.topicId).toBe('prosjektkontoret');
      expect(text).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
    }
  });

  it('lists what a nynorsk question asks for with "kva" before the noun, or by asking for an overview with "gje"', () => {
    expect(shown('Kva tenester i Trondheim kommune skal bruke den nye journalløysinga?').answer.topicId).toBe(
      'tjenester',
    );
    expect(shown('Kva tenester får det nye journalsystemet?').answer.topicId).toBe('tjenester');
    const overview = shown('Gje meg ei liste over kvalitetsgevinstane.');
    expect(overview.answer.kind).toBe('answer');
    expect(overview.answer.lang).toBe('nn');
    expect(overview.text).toContain('Kvalitet');
  });

  it('answers whether someone from a place sits on the council with that member', () => {
    for (const [q, name] of [
      ['Sitter det noen fra Malvik i samarbeidsrådet?', 'Midttun'],
      ['Sit det nokon frå Molde i samarbeidsrådet?', 'Arne Sverre Dahl'],
    ]) {
      const { answer, text } = shown(q!);
      expect(answer.direct).toEqual(expect.objectContaining({ type: 'yes' }));
      expect(text).toContain(name);
    }
  });

  it('reads a short form with its ending after a hyphen as the short form ("RHF-ets", "RHF-et")', () => {
    for (const q of [
      'Dato for RHF-ets strategi for gevinstrealisering?',
      'Når skal RHF-et ha klar strategien for gevinstrealisering?',
    ])
      expect(shown(q).text).toContain('01.10.2018');
  });

  it('answers a wish to drop by a place with its address', () => {
    for (const q of [
      'Jeg vil stikke innom prosjektkontoret en dag, hvor er det?',
      'Kan jeg komme innom prosjektkontoret?',
      'Can I drop by the project office?',
    ])
      expect(shown(q).text).toContain('Bispegata 9');
  });

  it('answers what a subproject is asked to do by its purpose, whatever word is used for its task', () => {
    expect(shown("What is the Functionality subproject's assignment?").text).toContain('work processes');
    expect(shown('What is the remit of the Technical subproject?').text).toContain('integrations');
  });

  it('answers who the subproject leads are with every subproject and its lead, also when the project is named', () => {
    for (const q of [
      'Hvem er delprosjektlederne i innføringsprosjektet i Trondheim kommune?',
      'Hvem er delprosjektlederne i det lokale innføringsprosjektet?',
      'Kven er delprosjektleiarane i innføringsprosjektet?',
      'Who are the subproject leads in the implementation project?',
    ]) {
      const { text } = shown(q);
      for (const name of ['Kristoffersen', 'Storsve', 'Bjørnevik Tho', 'Tanum']) expect(text).toContain(name);
    }
  });

  it('answers who is in a photo or behind it whatever small verb or preposition the question uses', () => {
    for (const q of ['Who else appears in the group photo?', 'Hvem vises på gruppebildet?'])
      expect(shown(q).text).toContain('Garåsen');
    expect(shown('Hvem er fotografen bak bildet av innføringsprosjektet?').text).toContain('Eriksson');
  });

  it('answers yes with the sentence that says so when a yes/no question opened by "har" is what the page says', () => {
    for (const q of [
      'Har Helse Midt-Norge RHF satt i gang et tilsvarende arbeid?',
      'Har Helse Midt-Norge RHF òg sett i gang eit tilsvarande arbeid?',
    ]) {
      const { answer, text } = shown(q);
      expect(answer.direct).toEqual(expect.objectContaining({ type: 'yesSaid' }));
      expect(text).toContain('tilsvarende arbeid');
    }
  });

  it('does not answer with the platform in general when what a dash sets first is not on the page', () => {
    for (const q of [
      'Tannlegen – får de Helseplattformen?',
      'Apotekene – skal de også bruke Helseplattformen?',
    ])
      expect(answerer.answer(q).kind).toBe('fallback');
  });
});

describe('counts of people said generally', () => {
  it('counts the people affected when the places they work are listed after the question', () => {
    expect(
      shown('How many people altogether, in municipalities, hospitals and the private sector, are affected?')
        .text,
    ).toContain('40 000');
  });
});

describe('several people to contact', () => {
  it('lists the contacts of the project when contact persons are asked for in the plural', () => {
    const contacts = shown('Hvem er kontaktpersonene for innføringsprosjektet?').text;
    expect(contacts).toContain('Skorstad');
    expect(contacts).toContain('Fagerholt');
    expect(shown('Who is the contact person for the project?').text).toContain(officeEmail);
  });

  it('answers which heading of a list an item stands under with that part of the list', () => {
    for (const [q, part] of <[string, string][]>[
      ['Kva gevinstkategori høyrer reduserte pasienttransportkostnader til?', 'okonomi'],
      ['Hvilken gevinst hører mindre tid på meldinger inn under?', 'effektivitet'],
      ['Hvilken kategori hører «styrket pasientsikkerhet» til?', 'kvalitet'],
      ['Kva for ein gevinstkategori høyrer «reduserte pasienttransportkostnader» til?', 'okonomi'],
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', part]);
    }
  });

  it('answers which organisation a person is from with that person, but ranks no organisations', () => {
    expect(shown('Hvilken organisasjon er Ole Gunnar Kjøsnes fra?').text).toContain(
      'Kommunenes Sentralforbund',
    );
    expect(shown('Kva organisasjon kjem Helge Garåsen frå?').text).toContain('Trondheim kommune');
    for (const q of [
      'Hvilken organisasjon har flest ansatte i Trondheim?',
      'Which organisation has the most employees in Trondheim?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'fallback']);
  });

  it('says the page gives no unit for a person it names none for, and shows it for those it does', () => {
    for (const q of [
      'Hvilken avdeling i kommunen kommer Elise B. Vesterhus fra?',
      'Kva eining i kommunen kjem Tone Fagerholt frå?',
      'Which department in the municipality is Tone Fagerholt from?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'unit']);
    }
    expect(shown('Hvilken avdeling i kommunen kommer Elise B. Vesterhus fra?').text).toContain(
      'Siden sier ikke hvilken enhet eller avdeling Elise B. Vesterhus kommer fra.',
    );
    expect(shown('Hvilken avdeling kommer Line Kristoffersen fra?').text).toContain('Rådmannens fagstab');
    expect(shown('Which unit does Anne Amdal Storsve work in?').text).toContain('IT-tjenesten');
  });

  it('lists, or counts, the people of a unit the question names, when the page names several from it', () => {
    const fagstab = ['Ola Skorstad', 'Line Kristoffersen', 'Øyvind Tanum'];
    for (const q of [
      'Which people in the implementation project come from Rådmannens fagstab?',
      'Hvem kommer fra Rådmannens fagstab?',
      'Kven frå Rådmannens fagstab er med i prosjektet?',
    ]) {
      const names = answerer.answer(q).items.flatMap((i) => (i.type === 'person' ? [i.person.name] : []));
      expect([q, names]).toEqual([q, fagstab]);
    }
    expect(shown('Kor mange av leiarane i innføringsprosjektet kjem frå Rådmannens fagstab?').text).toContain(
      'Tal: 3 (Rådmannens fagstab).',
    );
    // Who leads the unit itself, the page does not say.
    expect(answerer.answer('Hvem leder Rådmannens fagstab?').kind).toBe('fallback');
  });

  it('lists the subprojects with their leads when asked who leads them, the project named after them', () => {
    for (const q of [
      "Who are the leaders of the four subprojects in Trondheim's implementation project?",
      'Hvem er lederne for de fire delprosjektene i innføringsprosjektet?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.items[0]?.type]).toEqual([q, 'subprojectList']);
    }
  });

  it('says what the page says of feedback: it is not answered, and personal information is not to be sent', () => {
    for (const q of [
      'If I send tilbakemelding on the page, will someone answer me?',
      'Får jeg svar hvis jeg sender inn en tilbakemelding nederst på siden?',
      'Blir tilbakemeldingen besvart?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/ikke bli besvart|not answered/)]);
  });
});
