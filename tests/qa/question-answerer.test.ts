import { readFileSync } from 'node:fs';
import { type EvalCase, scoreAnswers } from '../../src/qa/evaluation';
import { loadKnowledgeBase } from '../../src/qa/knowledge-base';
import { loadLanguageData } from '../../src/qa/language-data';
import { QuestionAnswerer } from '../../src/qa/question-answerer';
import { answerer, shown, people, refuses } from '../support/question-answering';

describe('question answering', () => {
  it('answers the lead of a subproject asked in bokmål, nynorsk and English with that person only', () => {
    expect(people('Hvem leder delprosjektet Opplæring?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('kven leiar opplæringa')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Who is in charge of training?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('answers in the language it was asked', () => {
    expect(answerer.answer('Who leads the technical subproject?').lang).toBe('en');
    expect(answerer.answer('Kven leiar prosjektkontoret?').lang).toBe('nn');
    expect(answerer.answer('Hvem leder prosjektkontoret?').lang).toBe('nb');
    expect(shown('Who leads the technical subproject?').text).toContain(
      'Lead of the Technical (Teknisk) subproject',
    );
  });

  it('tolerates typos, missing æøå and keyword-only questions', () => {
    expect(people('hvem leder teknsik')).toEqual(['Anne Amdal Storsve']);
    expect(people('bjornevik')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('opplæring kontakt')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('okonomi gevinster').text).toContain('pasienttransport');
  });

  it('gives the phone number when asked for it', () => {
    const { answer, text } = shown('Hva er telefonnummeret til Elise?');
    expect(answer.kind).toBe('answer');
    expect(text).toContain('952 63 567');
  });

  it('says plainly that a phone number is not known, and where to turn instead', () => {
    const { answer, text } = shown('Hva er telefonnummeret til Ola Skorstad?');
    expect(answer.kind).toBe('fallback');
    expect(text).toContain('Jeg har ikke noe telefonnummer til Ola Skorstad');
    expect(text).toContain('ola.skorstad@trondheim.kommune.no');
  });

  it('lists the whole council when asked who is in it, and only the chair when asked who leads it', () => {
    const members = shown('Hvem sitter i samarbeidsrådet?').text;
    for (const name of ['Ingebrigtsen', 'Midttun', 'Bolås', 'Aunsmo']) expect(members).toContain(name);
    expect(people('Hvem leder samarbeidsrådet?')).toEqual(['Arne Ingebrigtsen']);
  });

  it('answers both parts of a two-part question', () => {
    expect(people('Hvem leder Teknisk og hvem leder Opplæring?').sort()).toEqual([
      'Anne Amdal Storsve',
      'May Liz Bjørnevik Tho',
    ]);
    const { text } = shown('Hvem leder funksjonalitet og hvor jobber hun?');
    expect(text).toContain('Line Kristoffersen');
    expect(text).toContain('Rådmannens fagstab');
  });

  it('answers the question at the end of a chatty message, not a topic mentioned on the way', () => {
    expect(
      people(
        'Hallo! Jeg er sykepleier og har noen spørsmål om opplæringen. Hvem er det som leder prosjektkontoret?',
      ),
    ).toEqual(['Elise B. Vesterhus']);
    expect(
      people('Hei. Vi har diskutert teknisk infrastruktur på avdelingen i dag. Hvem er leder for opplæring?'),
    ).toEqual(['May Liz Bjørnevik Tho']);
    // A last sentence that points back ("det delprosjektet", "that") needs what came before it.
    expect(people('Evelyn Haram Larsen is on a council in the project. Which council is that?')).toEqual([
      'Evelyn Haram Larsen',
    ]);
    expect(people('Vi lurer på hvem som har ansvar for opplæringen. Hvem leder det delprosjektet?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
  });

  it('finds the dated decision when the date is asked for late in the question, and says so when there is none', () => {
    const { answer, text } = shown(
      'By which date should the health authority hand in its benefits realisation strategy?',
    );
    expect(answer.kind).toBe('answer');
    expect(text).toContain('01.10.2018');
    expect(answerer.answer('Når startet opplæringen?').kind).toBe('fallback');
  });

  it('does not answer with the group when asked for a role in it that the page does not name', () => {
    for (const q of [
      'Hvem er nestleder i samarbeidsrådet?',
      'Who is the deputy chair of the Cooperation Council?',
    ])
      expect(answerer.answer(q).kind).toBe('fallback');
    expect(people('Hvem er leder for samarbeidsrådet?')).toEqual(['Arne Ingebrigtsen']);
    expect(people('Hvem er representant for KS i samarbeidsrådet?')).toEqual(['Ole Gunnar Kjøsnes']);
  });

  it('answers "how many" with a figure or a list, and falls back where the page has neither', () => {
    expect(shown('Hvor mange ansatte i Trondheim kommune får Helseplattformen?').text).toContain('7000');
    expect(answerer.answer('Hvor mange delprosjekter er det?').kind).toBe('answer');
    expect(answerer.answer('Hvor mange jobber i lokalene i Bispegata?').kind).toBe('fallback');
    // Nothing on the page is a price: "how much" falls back rather than giving the nearest topic.
    expect(answerer.answer('How much does it cost a GP to connect to the solution?').kind).toBe('fallback');
    expect(shown('Kor mange tilsette er det totalt i Midt-Noreg?').text).toContain('40 000');
    expect(answerer.answer('I need the phone number of the person running the project office').kind).toBe(
      'answer',
    );
  });

  it('tells the two city council cases apart by what they are about', () => {
    expect(shown('Når skal bystyret handsame saka om opsjonen?').text).toContain('2018/2019');
    expect(shown('Når avgjør bystyret deleierskap?').text).toContain('29. august');
  });

  it('gives the contact list for a question that asks whom to contact without naming a topic', () => {
    const answer = answerer.answer('Hvem kan jeg kontakte?');
    expect(answer.kind).toBe('answer');
    expect(answer.items[0]?.type).toBe('contactList');
  });

  it('falls back on questions outside the project instead of giving the nearest fact', () => {
    for (const q of [
      'Hva blir været i morgen?',
      'Hva er lønnen til Tone Fagerholt?',
      'Hva er passordet til wifi?',
      'Hva koster Helseplattformen?',
      '',
      '???',
    ]) {
      expect(answerer.answer(q).kind).toBe('fallback');
    }
  });

  it('scores at least 95% on our own question fixtures, with every out-of-scope question answered by a fallback', () => {
    const cases = readFileSync('tests/fixtures/questions.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as EvalCase);
    const report = scoreAnswers(
      cases,
      cases.map((c) => ({ kind: shown(c.q).answer.kind, text: shown(c.q).text })),
    );
    expect(report.misses).toEqual([]);
    expect(report.answerable.percent).toBeGreaterThanOrEqual(95);
  });

  // The sets written blind (from the project page only, without seeing the code) were tuned on after they were scored,
  // so they are regression sets now: these floors guard against going back, they do not measure unseen questions
  // (README, «Evalueringsdisiplin»). Their first scores, before any change made for them: 79.1, 80.2, 90.9, 92.7 and
  // 91.7 %.
  it.each([
    ['questions-holdout.jsonl', 97],
    ['questions-holdout-2.jsonl', 97],
    ['questions-holdout-3.jsonl', 97],
    ['questions-holdout-4.jsonl', 97],
    ['questions-holdout-5.jsonl', 94],
  ])('keeps answering the blind set %s (at least %d %%)', (file, floor) => {
    const cases = readFileSync(`tests/fixtures/${file}`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as EvalCase);
    const report = scoreAnswers(
      cases,
      cases.map((c) => ({ kind: shown(c.q).answer.kind, text: shown(c.q).text })),
    );
    expect(report.answerable.percent).toBeGreaterThanOrEqual(floor);
  });
});

describe('answer types: lists, counts and yes/no computed from the knowledge base', () => {
  it('counts the members of a body and the subprojects from their lists', () => {
    const council = answerer.answer('Hvor mange medlemmer har Samarbeidsrådet?');
    expect(council.direct).toEqual(expect.objectContaining({ type: 'count', count: 9 }));
    expect(answerer.answer('How many subprojects are there?').direct).toEqual(
      expect.objectContaining({ type: 'count', count: 4 }),
    );
    expect(shown('Kor mange delprosjekt er det?').text).toContain('Innføringsprosjektet har 4 delprosjekt.');
  });

  it("says the number with what is counted, in the question's language", () => {
    expect(shown('Hvor mange medlemmer har samarbeidsrådet?').text).toContain('har 9 medlemmer.');
    expect(shown('Kor mange sit i samarbeidsrådet?').text).toContain('har 9 medlemer.');
    expect(shown('How many members does the cooperation council have?').text).toContain('has 9 members.');
    expect(shown('How many subprojects are there?').text).toContain('has 4 subprojects.');
  });

  it('says it does not know the number of municipalities, and names the counties and Bindal instead', () => {
    for (const q of ['Hvor mange kommuner er med?', 'Kor mange kommunar er med i Helseplattformen?']) {
      const { answer, text } = shown(q);
      // The page gives no number: the answer is an honest "I don't know", with what the page names.
      expect(answer.kind).toBe('fallback');
      expect(answer.direct?.type).toBe('countNotGiven');
      expect(text).toMatch(/Møre og Romsdal/);
      expect(text).toMatch(/Bindal/);
      expect(text).not.toMatch(/7000/);
    }
    expect(shown('Hvilke kommuner er med i Helseplattformen?').text).toMatch(/Bindal kommune i Nordland/);
  });

  it('answers "is X included" with yes and the list item that shows it', () => {
    const { answer, text } = shown('Er legevakt med i den nye journalløsningen?');
    expect(answer.direct).toEqual(expect.objectContaining({ type: 'yes', item: 'legevakt' }));
    expect(text).toMatch(/^Ja: «legevakt»/);
    expect(people('Er det noen fra Steinkjer i samarbeidsrådet?')).toEqual(['Torunn Austheim']);
    // Nothing on the list names it: no "yes".
    expect(answerer.answer('Er tannhelse med?').kind).toBe('fallback');
  });

  it('answers yes to a service or municipality on the list, however the question names the platform', () => {
    for (const [q, item] of [
      ['Is the health station part of it?', 'health stations (helsestasjon)'],
      ['Er helsestasjonen med i den nye journalløysinga i Trondheim?', 'helsestasjon'],
      ['Er helsehuset med i Helseplattformen?', 'helsehus'],
      ['Er flyktninghelsetjenesten inkludert?', 'flyktninghelsetjeneste'],
      ['Er skolehelsetenesta med?', 'skolehelsetjenesten'],
    ] as const)
      expect([q, answerer.answer(q).direct]).toEqual([q, expect.objectContaining({ type: 'yes', item })]);
    // A yes needs the item named, not a word beside it: Molde's yes is that of the municipalities of its county.
    expect(answerer.answer('Har Molde kommune opsjonsavtale med Helseplattformen?').direct).toEqual(
      expect.objectContaining({ type: 'yes', item: expect.stringContaining('Møre og Romsdal') }),
    );
  });

  it('gives the list asked for by a question that opens with what or list, not the project it belongs to', () => {
    for (const q of [
      'Kva delprosjekt finst i innføringsprosjektet til Trondheim kommune?',
      'List the subprojects of the local implementation project',
    ])
      expect([q, answerer.answer(q).items[0]?.type]).toEqual([q, 'subprojectList']);
  });

  it('counts what the question names, even when another entry is named first', () => {
    expect(answerer.answer('Hvor mange kommuner har opsjonsavtale?').direct?.type).toBe('countNotGiven');
    expect(answerer.answer('Hvor mange gevinster er det innen økonomi?').direct).toEqual(
      expect.objectContaining({ type: 'count', count: 4 }),
    );
  });

  it('filters a list of decisions by topic, or says there are none about it', () => {
    const none = answerer.answer('Hvilke beslutninger gjelder legevakt?');
    expect(none.kind).toBe('fallback');
    expect(none.missing).toEqual({ attribute: 'topic', subject: 'legevakt' });
    const council = answerer.answer('Hvilke vedtak gjelder bystyret?');
    const listed = council.items.flatMap((i) => (i.type === 'decisionList' ? i.decisions : []));
    expect(listed.length).toBeGreaterThan(0);
    const everyDecision = answerer.overview('decisions', 'nb').items[0];
    expect(everyDecision?.type === 'decisionList' && everyDecision.decisions.length).toBeGreaterThan(
      listed.length,
    );
    expect(listed.every((d) => /bystyre/i.test(`${d.text.nb} ${d.decidedBy.nb}`))).toBe(true);
  });
});

describe('honest refusals by the structure of the question', () => {
  it('refuses a role or organisation the knowledge base does not hold, saying what it was', () => {
    expect(answerer.answer('Hvem er helseminister?').kind).toBe('fallback');
    const rhf = answerer.answer('Hvem er leder av Helse Midt-Norge RHF?');
    expect(rhf.kind).toBe('fallback');
    expect(rhf.missing).toEqual({ attribute: 'lead', subject: 'Helse Midt-Norge RHF' });
  });

  it('refuses a role of several words that the answer does not hold every word of', () => {
    const cfo = answerer.answer('Who is the chief financial officer?');
    expect(cfo.kind).toBe('fallback');
    expect(cfo.missing).toEqual({ attribute: 'role', subject: 'chief financial officer' });
    // A role whose last word asks who leads is answered by the lead rules, adjectives and all.
    expect(answerer.answer('Who is the overall project manager?').kind).toBe('answer');
    expect(answerer.answer('Who is the communications adviser?').kind).toBe('answer');
  });

  it('does not count a council by what it is for: the page gives no number of option municipalities', () => {
    const total = answerer.answer('Kor mange opsjonskommunar er det totalt?');
    expect(total.kind).toBe('fallback');
    expect(total.missing).toEqual({ attribute: 'count', subject: 'opsjonskommunar' });
    const members = answerer.answer('Hvor mange opsjonskommuner er med i samarbeidsrådet?');
    expect(members.direct).toMatchObject({ type: 'count', count: 9 });
  });

  it('refuses a subproject that does not exist and lists the ones that do', () => {
    const answer = answerer.answer('Hvem leder delprosjektet for legevakt?');
    expect(answer.kind).toBe('fallback');
    expect(answer.items.map((i) => i.type)).toEqual(['subprojectList']);
  });

  it('says the outcome of a planned decision is not known', () => {
    for (const q of [
      'Ble Trondheim deleier i Helseplattformen AS?',
      'Hva ble utfallet av avstemningen i bystyret?',
    ]) {
      const answer = answerer.answer(q);
      expect(answer.kind).toBe('fallback');
      expect(answer.missing?.attribute).toBe('outcome');
    }
    // The date of that decision is known.
    expect(shown('Når avgjør bystyret deleierskap?').text).toContain('29. august');
  });

  it('refuses a role no one in the answer holds, and a lead of something that leads nothing', () => {
    expect(answerer.answer('Hvem er direktør i Helseplattformen AS?').missing).toEqual({
      attribute: 'role',
      subject: 'direktør',
    });
    expect(answerer.answer('Hvem leder Helseplattformen AS?').kind).toBe('fallback');
    // A role the knowledge base holds is answered.
    expect(people('Hvem er kommunikasjonsansvarlig?')).toEqual(['Tone Fagerholt']);
  });

  it('says the outcome is unknown when asked in English what a planned vote decided', () => {
    expect(answerer.answer('What did the city council decide on 29 August?').missing?.attribute).toBe(
      'outcome',
    );
  });

  it('refuses to count or measure what the page has only in running text, and members it does not list', () => {
    expect(answerer.answer('Hvor mange sykehus er med i Helseplattformen?').kind).toBe('fallback');
    expect(answerer.answer('How much does Helseplattformen cost?').kind).toBe('fallback');
    expect(answerer.answer('Hvem er medlem i fagrådet?').missing?.attribute).toBe('members');
    expect(answerer.answer('Who leads the pharmacy subproject?').missing?.attribute).toBe('subproject');
  });

  it('refuses "which <noun>" when no entry is one ("Hvilken leverandør …")', () => {
    expect(answerer.answer('Hvilken leverandør ble valgt?').kind).toBe('fallback');
  });

  it('takes its refusals from the content: a subproject added to the knowledge base is answered', () => {
    const kb = loadKnowledgeBase('content/knowledge-base.yaml');
    const withEmergency = {
      ...kb,
      subprojects: [
        ...kb.subprojects,
        {
          id: 'legevakt-delprosjekt',
          name: { nb: 'Legevakt' },
          purpose: { nb: 'Forbereder legevakta.' },
          lead: 'line-kristoffersen',
          aliases: ['legevakt'],
          keywords: [],
        },
      ],
    };
    const other = new QuestionAnswerer(withEmergency, loadLanguageData('content/language.yaml'));
    const answer = other.answer('Hvem leder delprosjektet for legevakt?');
    expect(answer.kind).toBe('answer');
    expect(answer.items).toEqual([
      expect.objectContaining({ type: 'person', context: 'legevakt-delprosjekt' }),
    ]);
  });
});

describe('questions about something else that share one word with the knowledge base', () => {
  it('refuses when a word the bot does not know qualifies the one word it recognised', () => {
    refuses([
      'Hva er planen for julebordet?',
      'Can I work from home on Friday?',
      'What time is it in New York?',
      'Hvilken plattform bruker vi for videomøter?',
    ]);
    // The entry's own name is evidence enough: a word after it is said of it.
    expect(people('Hvem leder Opplæring for sykepleiere?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('takes a part of a hyphenated name for that name only beside its other part', () => {
    // "Norge" and "Helsenorge" are not "Midt-Norge"; "Midt Norge" written apart still is.
    refuses(['Hva er Helsenorge?', 'Hvor mange innbyggere har Norge?']);
    expect(shown('Hvor mange innbyggere berøres i Midt Norge?').text).toContain('720 000');
  });

  it('takes an entry name that is also a common word for that entry only when written as a name', () => {
    refuses([
      'Kan jeg få opplæring i Excel?',
      'How do I get training in Microsoft Teams?',
      'Who is responsible for fire safety training?',
    ]);
    expect(people('Hvem leder opplæringen?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Who leads the training subproject?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('answers a role by its holder only for what the role is of', () => {
    refuses([
      'Hvem er kommunaldirektør for oppvekst i Trondheim?',
      'Hvem er kommunaldirektør for økonomi i Trondheim?',
    ]);
    expect(people('Hvem er kommunaldirektør for helse og velferd?')).toEqual(['Helge Garåsen']);
    // A lead word after a word of the holder's own role is part of that role.
    expect(people('Who is the communications lead for the project?')).toEqual(['Tone Fagerholt']);
  });

  it('does not take another form of a first name in lower case for the person ("helgen" is not Helge)', () => {
    refuses(['Hva skjer i helgen i Trondheim?']);
    expect(people('Hvem er Helge Garåsen?')).toEqual(['Helge Garåsen']);
    expect(people('hvem er helge garåsen')).toEqual(['Helge Garåsen']);
  });

  it('refuses a question about an everyday thing at the office, in the building or in IT', () => {
    refuses([
      'Skriveren på kontoret skriver ikke ut, hva gjør jeg?',
      'Kvar finn eg kaffimaskina i bygget?',
      'Hvem vasker kontorlokalene?',
      'Who waters the plants in the office while I am away?',
      'Who runs the IT helpdesk?',
      'Who sits on the board of Helseplattformen AS?',
      // Asking who or where, an everyday thing tied to the project or the office by a preposition.
      'Hvem skal jeg kontakte når toalettet på kontoret er tett?',
      'Hvor henter jeg post til prosjektet i bygget?',
      'Who orders office supplies for the project?',
      'Does the project office have a microwave?',
      'Who takes care of the printer on the third floor?',
      'Hvem bestemmer hvem som får hjemmekontor i prosjektet?',
      'Hva er Helseplattformen sitt organisasjonsnummer?',
      'Hvor kan jeg lade mobilen i bygget?',
      // A misspelt filler word keeps its first letter: "dinner" is not "finner".
      'Who is in charge of the Christmas dinner for the project?',
    ]);
    expect(shown('Takk for sist! Kan du minne meg på hvor prosjektkontoret holder til?').text).toContain(
      'Bispegata 9',
    );
    // A verb tied to a word of the knowledge base is said of it.
    expect(people('Hvem svarer på spørsmål fra media om prosjektet?')).toEqual(['Tone Fagerholt']);
    expect(shown('Which street is the project office in?').text).toContain('Bispegata 9');
    // The office, the building and IT asked about themselves are still answered.
    expect(shown('Hvor ligger prosjektkontoret?').text).toContain('Bispegata 9');
    expect(shown('Which floor is the project office on?').text).toContain('etasje');
    expect(people('Who leads IT?')).toEqual(['Anne Amdal Storsve']);
    expect(people('Who is the communications adviser?')).toEqual(['Tone Fagerholt']);
  });

  it('does not take an everyday word for a knowledge-base word of another base form with the same stem', () => {
    // "lærere" (teachers) is not "læring", "plants" is not "plan".
    refuses(['Hvem har ansvar for opplæring av nye lærere i skolen?']);
    // Forms of one word, and a nynorsk spelling of a bokmål word, still meet.
    expect(people('Kven leiar opplæringa av medarbeidarane?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('Hvordan blir interessene til opsjonskommunene ivaretatt?').answer.kind).toBe('answer');
  });

  it('refuses an everyday thing asked for by "which" or "how many"', () => {
    refuses(['Hvilket parti er Arne Ingebrigtsen med i?', 'Kor mange sjukehus er med i Helseplattformen?']);
    expect(answerer.answer('How many people sit on the cooperation council?').direct).toEqual(
      expect.objectContaining({ type: 'count', count: 9 }),
    );
  });

  it('reads a short English function word as itself, and the same letters in capitals as a name', () => {
    expect(answerer.answer('What time is it?').kind).toBe('fallback');
    expect(people('Who leads IT?')).toEqual(['Anne Amdal Storsve']);
  });

  it('does not take a word of the language, or a compound of known words, for a misspelling', () => {
    // "comes" is not "comms" (communications), "prosjekteier" is not "prosjektleiar".
    expect(people('Which council member comes from Lierne?')).toEqual(['Karl Audun Fagerli']);
    expect(people('Hvem er prosjekteier?')).not.toContain('Ola Skorstad');
    // A real misspelling is still corrected.
    expect(shown('hvem sitter i samarbeidsrdet').text).toContain('Arne Ingebrigtsen');
  });

  it('answers who leads something only with someone whose own role leads it, not someone who works there', () => {
    refuses([
      'Hvem leder IT-tjenesten i Trondheim kommune?',
      'Who heads Personaltjenesten?',
      'Hvem er rådmann i Trondheim kommune?',
    ]);
    expect(people('Hvem er rådmann i Molde?')).toEqual(['Arne Sverre Dahl']);
    expect(people('Hvem leder SiO i Orkland?')).toEqual(['Bjørn Buan']);
  });

  it('counts only what the figure is of: another organisation or place in the question is refused', () => {
    refuses([
      'Hvor mange ansatte har Helse Midt-Norge RHF?',
      'Hvor mange ansatte har Molde kommune?',
      'How many people live in Oslo?',
    ]);
    expect(shown('Hvor mange ansatte i Trondheim kommune får nytt arbeidsverktøy?').text).toContain('7000');
    expect(shown('Hvor mange innbyggere berøres i Midt-Norge?').text).toContain('720 000');
  });

  it('refuses a role or a count the knowledge base has nothing of, whatever place follows', () => {
    refuses([
      'Hvem er HR-sjef i Trondheim kommune?',
      'Who is the head of nursing in Trondheim kommune?',
      'How many patients are in the system today?',
    ]);
    expect(shown('How many employees in total are touched by the shared record system?').text).toContain(
      '40 000',
    );
  });

  it('does not count with a fact that gives no figure, and shows what it knows of the thing counted', () => {
    const { answer, text } = shown('Kor mange fagekspertar er mobiliserte?');
    expect(answer.kind).toBe('fallback');
    expect(answer.missing?.attribute).toBe('count');
    expect(text).toContain('Fageksperter fra alle fagområder');
  });

  it('names the role it does not know and shows what it knows of the body or company named', () => {
    const { answer, text } = shown('Hvem er nestleder i samarbeidsrådet?');
    expect(answer.kind).toBe('fallback');
    expect(answer.missing).toEqual({ attribute: 'role', subject: 'nestleder i samarbeidsrådet' });
    expect(text).toContain('Arne Ingebrigtsen');
    expect(shown('Hvem er styreleder i Helseplattformen AS?').text).toContain('29. august');
  });

  it('refuses a subproject named by a word another entry has, and the outcome of a planned decision said as yes', () => {
    for (const q of ['Hvem leder delprosjekt Kommunikasjon?', 'Who leads the communications subproject?'])
      expect([q, answerer.answer(q).missing?.attribute]).toEqual([q, 'subproject']);
    expect(answerer.answer('Sa bystyret ja til deleierskap i Helseplattformen AS?').missing?.attribute).toBe(
      'outcome',
    );
    expect(answerer.answer('Kven sit i det regionale fagrådet?').missing?.attribute).toBe('members');
  });

  it('refuses a subproject that does not exist in any language, naming the ones the knowledge base holds', () => {
    const kb = loadKnowledgeBase('content/knowledge-base.yaml');
    for (const [q, lang] of [
      ['Who leads the research subproject?', 'en'],
      ['Who is responsible for the pharmacy subproject?', 'en'],
      ['Hvem leder delprosjektet for legevakt?', 'nb'],
      ['Hvem er ansvarlig for delprosjektet for økonomi?', 'nb'],
      ['Kven leiar delprosjektet for forsking?', 'nn'],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'subproject']);
      for (const sp of kb.subprojects) expect(text).toContain(sp.name[lang] ?? sp.name.nb);
    }
    expect(people('Hvem leder delprosjektet Opplæring?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Who leads the training subproject?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Who heads the benefits realisation subproject?')).toEqual(['Øyvind Tanum']);
    for (const q of [
      'Hvilke delprosjekter finnes?',
      'Who leads each subproject?',
      'Which subprojects are there?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });

  it('counts a thing only by a figure of it, given where the question asks, and measures nothing it has no figure of', () => {
    refuses([
      'Hvor mange innbyggere har Trondheim kommune?',
      'Hvor mange innbyggere bor i Trondheim kommune?',
      'How many inhabitants does Trondheim kommune have?',
      'Hvor stort er budsjettet til prosjektet?',
      'Kor stort er budsjettet for innføringa?',
      'How big is the budget of the project?',
    ]);
    // (What the municipality has in all is not that figure: the 7000 are those who get a new tool.)
    expect(answerer.answer('Hvor mange ansatte har Trondheim kommune?').kind).toBe('fallback');
    expect(shown('Hvor mange ansatte i Trondheim kommune får nytt arbeidsverktøy?').text).toContain('7000');
    expect(shown('How many staff in Trondheim kommune get a new tool?').text).toContain('7000');
    expect(shown('How many inhabitants are affected?').text).toContain('720 000');
    expect(shown('Hvor mange ansatte berøres i Midt-Norge?').text).toContain('40 000');
  });

  it('refuses "which <plural>" when the word names one thing that holds no list of them', () => {
    refuses([
      'Hvilke journalsystemer skal Helseplattformen erstatte?',
      'Which old journal systems will be replaced?',
    ]);
    expect(shown('Hvilket journalsystem skal kommunene bruke?').answer.kind).toBe('answer');
    expect(shown('Hvilke tjenester i Trondheim kommune er med?').text).toContain('legevakt');
  });

  it('does not take someone else with the same first name for a person on the page', () => {
    refuses(['Who is Anne Hathaway?', 'Hvem er Line Andersen?', 'Kven er Tone Damli?']);
    expect(people('Hvem er Line Kristoffersen?')).toEqual(['Line Kristoffersen']);
    expect(shown('Telefonnummer til Elise B. Vesterhus').text).toContain('952 63 567');
  });

  it('refuses a role held by someone at another place, and reads nynorsk past forms as nynorsk', () => {
    expect(answerer.answer('Hvem er prosjektleder i Molde kommune?').kind).toBe('fallback');
    expect(people('Hvem er prosjektleder i Trondheim kommune?')).toEqual(['Ola Skorstad']);
    const outcome = answerer.answer('Vart deleigarskapet i Helseplattformen AS vedteke?');
    expect([outcome.kind, outcome.lang, outcome.missing?.attribute]).toEqual(['fallback', 'nn', 'outcome']);
  });

  it('refuses a question about a thing named by a capitalised short name or an English compound', () => {
    refuses(['Hvor er kontoret til HR?', 'Who leads the HR office?', 'skriveren i 2. etasje virker ikke']);
    expect(shown('Hvor er kontoret til prosjektet?').text).toContain('Bispegata 9');
  });

  it('refuses what belongs to a person when the bot does not know it, and a role held only in running text', () => {
    expect(answerer.answer("Who is Elise Vesterhus's deputy?").kind).toBe('fallback');
    expect(answerer.answer('Who is the project owner?').kind).toBe('fallback');
    expect(shown("What is Elise Vesterhus's phone number?").text).toContain('952 63 567');
  });

  it("lists the council members' municipalities when asked in English", () => {
    expect(shown('Which municipalities are represented on the cooperation council?').text).toMatch(
      /Kristiansund/,
    );
  });

  it("refuses a phone number or place of a list's item, the user's own one, and a count of a compound's other part", () => {
    refuses([
      'Hva er telefonnummeret til legevakta?',
      'Hvor ligger legevakten i Trondheim?',
      'Hvem er fastlegen min?',
      'Hvor mange sykehjemsplasser er det i Trondheim?',
    ]);
    expect(shown('Er legevakten med i Helseplattformen?').text).toMatch(/legevakt/);
    expect(shown('Hvor mange tjenester i Trondheim kommune omfattes?').text).toContain('13');
  });

  it('accepts the list an item belongs to as what "What are the …" names', () => {
    expect(shown('What are the benefits in terms of quality?').text).toMatch(/patient safety/i);
  });

  it('refuses what is asked of a person or of their workplace that the bot does not hold', () => {
    refuses(['Is Elise Vesterhus married?', 'Hvor ligger Molde?', 'Hva er været i Kristiansund?']);
    expect(people('Hvem representerer Molde?')).toEqual(['Arne Sverre Dahl']);
    expect(people('Verdal')).toEqual(['Ragnhild Holmberg Aunsmo']);
  });

  it('refuses "What is the <word it does not know> …", and knows the words for a purpose, a title and an age', () => {
    refuses(['What is the salary of the project manager?', 'Hvor gammel er Tone Fagerholt?']);
    expect(shown('What is the aim of the training subproject?').text).toMatch(/training needs/i);
    expect(shown('Hva er tittelen til Ola Skorstad?').text).toContain('Prosjektleder');
  });

  it('refuses who of a council is from a place none of its members is from', () => {
    expect(answerer.answer('Hvem representerer Trondheim kommune i samarbeidsrådet?').kind).toBe('fallback');
    expect(people('Hvem representerer Steinkjer i samarbeidsrådet?')).toContain('Torunn Austheim');
  });

  it('answers the question after a colon or a dash in a chatty message', () => {
    expect(shown('Jeg skal på møte med prosjektet i morgen – hvor ligger kontorene deres?').text).toContain(
      'Bispegata 9',
    );
    expect(people('Vi på Orkdal lurer: er Orkland kommune med i samarbeidsrådet?')).toEqual(['Bjørn Buan']);
  });

  it('finds a council member by their municipality when asked which member, also in English', () => {
    expect(people('Which member comes from Orkland municipality?')).toEqual(['Bjørn Buan']);
  });

  it('gives the project office with its contact details to whom to contact about the project as a whole', () => {
    for (const q of [
      'Hvem kan jeg kontakte om Helseplattformen?',
      'Kven kan eg ta kontakt med om prosjektet?',
      'Who do I contact regarding Helseplattformen?',
    ]) {
      const { answer, text } = shown(q);
      expect(answer.topicId).toBe('prosjektkontoret');
      expect(text).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
    }
    expect(shown('Hvem kan jeg kontakte om opplæringen?').text).toContain('May Liz Bjørnevik Tho');
    refuses(['Who do I ask about my salary in the project?']);
  });

  it('answers yes to a service written as a coordinated compound, with or without the hyphen, or without "tjenester"', () => {
    for (const q of [
      'Er ergo- og fysioterapi med?',
      'er ergo og fysioterapi med i helseplattformen',
      'Er fysioterapi med i Helseplattformen?',
      'Er hjemme- og sykehjemstjenestene med?',
      'Er fengsels- og flyktninghelsetenesta med?',
    ]) {
      const { answer } = shown(q);
      expect(answer.direct?.type).toBe('yes');
      expect(answer.topicId).toBe('tjenester');
    }
  });

  it('lists what follows a genitive after which ("Which counties\' municipalities …"), not the owner', () => {
    for (const q of [
      "Which counties' municipalities take part?",
      "Which county's municipalities have option agreements?",
    ]) {
      const { answer, text } = shown(q);
      expect(answer.kind).toBe('answer');
      expect(text).toContain('Møre og Romsdal');
      expect(text).toContain('Trøndelag');
    }
  });

  it('says the outcome of a planned decision is not known, also when the question gives its date ("29. august")', () => {
    for (const q of [
      'Hva ble utfallet av bystyrets behandling 29. august om deleierskap?',
      'Ble det vedtatt at Trondheim skal bli deleier?',
    ]) {
      const answer = answerer.answer(q);
      expect(answer.kind).toBe('fallback');
      expect(answer.missing?.attribute).toBe('outcome');
      expect(answer.topicId).toBe('deleierskap');
    }
  });

  it('refuses how to do something oneself with a tool, but answers how to reach someone or get somewhere', () => {
    refuses([
      'Hvordan oppretter jeg et nytt prosjekt i Teams?',
      'How do I share a file in Teams?',
      'Korleis lagar eg ein ny kanal for kommunen?',
    ]);
    expect(shown('Hvordan når jeg prosjektkontoret?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    expect(shown('How do I email Ola Skorstad?').text).toContain('ola.skorstad@trondheim.kommune.no');
    expect(shown('Hvordan kommer jeg meg til prosjektkontoret?').text).toContain('Bispegata 9');
  });

  it('refuses an everyday activity of the asker near a place it knows', () => {
    refuses([
      'Where can I park near Bispegata 9?',
      'Kan jeg spise lunsj i prosjektlokalene?',
      'Hvor kan eg sykle til Bispegata?',
    ]);
    expect(shown('Where can I find the project office?').text).toContain('Bispegata 9');
  });

  it('answers yes to "can they" with the sentence of the page that says they can, and only then', () => {
    const gps = answerer.answer('Kan fastlegene koble seg på Helseplattformen?');
    expect(gps.direct).toEqual({ type: 'yesSaid', sentence: expect.stringContaining('fastleger') });
    expect(shown('Can GPs connect to the new system?').text).toMatch(/^Yes/m);
    expect(answerer.answer('Kan kommunene i Nordland koble seg på?').direct).toBeUndefined();
    expect(answerer.answer('Kan fastlegene bruke Helseplattformen hjemme?').direct).toBeUndefined();
  });

  it('refuses a thing the asker wants to get, and a role that follows an English genitive ("the project\'s …")', () => {
    refuses(['Where can I get a new office chair?', 'Kan jeg låne en prosjektor på kontoret?']);
    expect(answerer.answer("Who is the project's data protection officer?").missing?.attribute).toBe('role');
    expect(people('Hvor kan jeg få tak i Tone?')).toEqual(['Tone Fagerholt']);
    expect(people("Who is the project's communications lead?")).toEqual(['Tone Fagerholt']);
  });

  it('does not take a short base form for a longer word of the knowledge base ("train" is not "training")', () => {
    refuses(['Where is the train station?']);
    expect(people('Who leads training?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(
      shown('Skal teknisk delprosjekt også se på migrering av data fra dagens systemer?').answer.kind,
    ).toBe('answer');
  });

  it('gives the project office as the contact person of the project, and the outcome of the vote as not known', () => {
    expect(answerer.answer('Hvem er kontaktpersonen for prosjektet?').topicId).toBe('prosjektkontoret');
    expect(shown('Who is the contact person for the technical subproject?').text).toContain(
      'Anne Amdal Storsve',
    );
    expect(answerer.answer('Bestemte bystyret seg for å bli deleier?').missing?.attribute).toBe('outcome');
  });

  it('answers yes to English questions about services being in scope, covered or included, from the list', () => {
    for (const q of [
      'Are physio and occupational therapy services in scope?',
      'Is occupational therapy included?',
      'Is the emergency clinic in scope?',
      'Are nursing homes covered by the new system?',
    ]) {
      const answer = answerer.answer(q);
      expect(answer.kind).toBe('answer');
      expect(answer.direct?.type).toBe('yes');
    }
    expect(answerer.answer('Is the cafeteria in scope?').kind).toBe('fallback');
  });

  it('refuses a question about another municipality, region or organisation than those the page knows', () => {
    for (const q of [
      'Hvilken helseplattform bruker Oslo kommune?',
      'Which health platform does Stavanger use?',
      'Kva journalsystem nyttar Helse Vest?',
      'Hvor ligger kontoret til Helsedirektoratet?',
    ])
      expect(answerer.answer(q).kind).toBe('fallback');
    expect(shown('Hvilken helseplattform bruker Trondheim kommune?').text).toContain('Helseplattformen');
    expect(answerer.answer('How many staff are affected across Central Norway?').kind).toBe('answer');
  });

  it('says it does not know the members of a body the page does not have, and shows what it knows nearby', () => {
    for (const q of [
      'Hvem sitter i ledergruppen?',
      'Hvem fra Trondheim kommune sitter i ledergruppen?',
      'Kven sit i prosjektstyret?',
      'Hvem sitter i brukerrådet for Helseplattformen?',
    ]) {
      const answer = answerer.answer(q);
      expect(answer.kind).toBe('fallback');
      expect(answer.missing?.attribute).toBe('members');
    }
    const steering = shown('who is on the steering committee?').text;
    expect(steering).toContain('The page does not say who the members are: steering committee.');
    expect(steering).toContain('Arne Ingebrigtsen');
    expect(shown('Hvem sitter i samarbeidsrådet?').text).toContain('Vigdis Bolås');
    expect(answerer.answer('Who else is in the group photo?').kind).toBe('answer');
  });

  it('says the page gives no e-mail or phone of a body or of its chair', () => {
    expect(shown('Kva er e-postadressa til samarbeidsrådet?').text).toContain(
      'Eg har ikkje nokon e-postadresse til Samarbeidsrådet for opsjonskommuner.',
    );
    expect(shown('Hva er telefonnummeret til lederen av samarbeidsrådet?').text).toContain(
      'Jeg har ikke noe telefonnummer til Arne Ingebrigtsen.',
    );
    expect(shown('Kven var òg med på gruppebiletet av samarbeidsrådet?').text).toContain('Helge Garåsen');
  });

  it('does not make up a contact person at an organisation no one the page names works for', () => {
    expect(answerer.answer('Who is the contact person at Helse Midt-Norge RHF?').kind).toBe('fallback');
    expect(answerer.answer('Hvem er kontaktperson i Helse Midt-Norge RHF?').kind).toBe('fallback');
    expect(shown('Hvem kan jeg kontakte om opplæringen?').text).toContain('May Liz Bjørnevik Tho');
  });

  it('gives the contact card of a person asked how to get hold of or get in touch with them', () => {
    expect(shown('How can I get hold of Tone Fagerholt?').text).toContain(
      'tone.fagerholt@trondheim.kommune.no',
    );
    expect(shown('Hvordan kan jeg få tak i Ola Skorstad?').text).toContain(
      'ola.skorstad@trondheim.kommune.no',
    );
    expect(shown('Korleis kan eg kome i kontakt med Elise Vesterhus?').text).toContain('952 63 567');
    expect(shown('How do I get in touch with Arne Ingebrigtsen?').text).toContain(
      'The page gives no contact details for Arne Ingebrigtsen.',
    );
    expect(answerer.answer('How can I get hold of a parking permit?').kind).toBe('fallback');
  });

  it("gives the project office's e-mail for the project's own e-mail, not the project leader's", () => {
    for (const q of [
      "What is the project's email address?",
      'mailadresse til helseplattformen-prosjektet i trondheim',
      'Kva er e-posten til innføringsprosjektet?',
    ]) {
      const text = shown(q).text;
      expect(text).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
      expect(text).not.toContain('ola.skorstad@');
    }
    expect(shown('Hva er e-posten til prosjektlederen?').text).toContain('ola.skorstad@trondheim.kommune.no');
  });

  it("says what the page says about the municipality's own web pages, and when the option goes to the city council", () => {
    expect(shown('Does Trondheim have its own web pages about the project?').text).toContain(
      'Trondheim kommune has its own web pages that follow the work on Helseplattformen.',
    );
    expect(shown('Har kommunen ei heimeside om prosjektet?').text).toContain(
      'Trondheim kommune har egne nettsider',
    );
    expect(shown('Hvem kan jeg kontakte om Helseplattformen i Trondheim kommune?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    expect(shown('When is the city council expected to handle the option?').text).toContain('2018/2019');
  });

  it('finds the council member from a municipality asked by the English name of the role (chief municipal executive)', () => {
    expect(people('Who is the chief municipal executive from Molde on the cooperation council?')).toEqual([
      'Arne Sverre Dahl',
    ]);
    expect(people('Who is the chief municipal executive of Lierne?')).toEqual(['Karl Audun Fagerli']);
  });

  it('lists every subproject lead when the subproject leaders are asked for in the municipality the leads work in', () => {
    const leads = ['Line Kristoffersen', 'Anne Amdal Storsve', 'May Liz Bjørnevik Tho', 'Øyvind Tanum'];
    for (const q of [
      'Hvem er lederne av delprosjektene i Trondheim kommune?',
      'Who are the subproject leaders in Trondheim kommune?',
      'Hvem er delprosjektlederne i Trondheim kommune?',
      'Kven er delprosjektleiarane?',
    ]) {
      const { answer, text } = shown(q);
      expect(answer.kind).toBe('answer');
      for (const lead of leads) expect(text).toContain(lead);
    }
    expect(answerer.answer('Hvem leder delprosjektene i Helse Midt-Norge?').kind).toBe('fallback');
    expect(people('Hvem er delprosjektleder for Teknisk?')).toEqual(['Anne Amdal Storsve']);
  });

  it('answers whether general practitioners can join with what the page says about GPs', () => {
    expect(shown('Are general practitioners able to join the solution?').text).toContain(
      'All municipalities and GPs (fastleger) in Midt-Norge can connect to the solution.',
    );
  });

  it('does not guess what a short form stands for, which the page never writes out', () => {
    for (const q of [
      'Hva står SSIKT for?',
      'What does SiO stand for?',
      'Kva står RHF for?',
      'What is SSIKT short for?',
    ])
      expect(answerer.answer(q).kind).toBe('fallback');
    expect(people('Hvem står i spissen for opplæringsdelprosjektet?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Hvem står for IT?')).toEqual(['Anne Amdal Storsve']);
  });

  it('says the page does not give the conclusion of the benefits realisation strategy, only that it is to be presented', () => {
    for (const q of [
      'Hva ble konklusjonen i strategien for gevinstrealisering?',
      'What did the benefits realisation strategy conclude?',
    ]) {
      const answer = answerer.answer(q);
      expect(answer.kind).toBe('fallback');
      expect(answer.missing?.attribute).toBe('outcome');
    }
    expect(people('Hvem leder gevinstrealisering?')).toEqual(['Øyvind Tanum']);
  });
});
