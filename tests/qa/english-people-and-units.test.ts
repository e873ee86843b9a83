import { answerer, people, refuses, shown } from '../support/question-answering';

describe('English words for the people, units and parts of the project', () => {
  it('reads someone «from IT» or «from HR» as someone from the IT service or the personnel service', () => {
    for (const [q, yes] of [
      ['Is the technical workstream headed by somebody from IT?', true],
      ['Is the training subproject led by someone from HR?', true],
      ['Is the training sub-project led by someone from the personnel services?', true],
      ['Is the technical subproject led by someone from HR?', false],
      ['Is the training subproject led by anyone from IT?', false],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(yes ? /^Yes\./u : /^No\./u)]);
    // «it» alone is no unit.
    expect(answerer.answer('Who leads it?').items.some((i) => i.type === 'unit')).toBe(false);
  });

  it('reads «which colleague» or «which team member» as asking who', () => {
    for (const q of [
      'Which colleague from the IT service is leading the technical sub-project?',
      'Which team member from the IT service leads the technical workstream?',
      'Hvilken kollega fra IT-tjenesten leder delprosjektet Teknisk?',
    ])
      expect([q, people(q)]).toEqual([q, ['Anne Amdal Storsve']]);
    expect(people('Which colleague from the personnel service leads training?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    refuses([
      'Which colleague is the mayor of Trondheim?',
      'Which colleague from the IT service leads the legevakt?',
    ]);
  });

  it('reads «the chief executive’s specialist staff» as Rådmannens fagstab', () => {
    for (const [q, yes] of [
      ['Is Ola Skorstad from the chief executive’s specialist staff?', true],
      ["Is Øyvind Tanum part of the chief municipal executive's specialist staff?", true],
      ["Is Ola Skorstad from the rådmann's fagstab?", true],
      ['Kjem Ola Skorstad frå rådmannen sin fagstab?', true],
      ["Is Anne Amdal Storsve from the chief executive's specialist staff?", false],
      // A title asked as a title is still his only when his role has it.
      ['Is Ola Skorstad the chief executive?', false],
      ['Er Ola Skorstad rådmann?', false],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(yes ? /^(Yes|Ja)\./u : /^(No|Nei)\./u)]);
    // Specialists among the staff are not the unit.
    refuses(['Will specialist staff be trained?']);
  });

  it('reads a «strand» of the project as one of its subprojects, and a project «broken down into» parts', () => {
    expect(people("Who's the lead for the training strand of the Trondheim project?")).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    expect(people('Who heads the technical strand of the rollout?')).toEqual(['Anne Amdal Storsve']);
    for (const q of [
      'What are the sub-projects that the Trondheim implementation project is broken down into?',
      'Which strands is the project divided into?',
      'Hvilke delprosjekter er prosjektet organisert i?',
      'Kva delprosjekt er prosjektet delt opp i?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'delprosjekter']);
    // «Stranda» is a municipality, and a strand of hair or of nursing no subproject.
    expect(shown('Is Stranda part of the project?').text).toMatch(/^Yes\. Stranda is in Møre og Romsdal/u);
    refuses(['Who leads the nursing strand of the project?', 'What strand of hair is the project?']);
  });
});

describe('English ways of asking for a person or a place', () => {
  it('reads «the right person» as the person asked for, not as access rights', () => {
    expect(
      people(
        'I was wondering who actually runs the project office for the Trondheim rollout – could you point me to the right person?',
      ),
    ).toEqual(['Elise B. Vesterhus']);
    expect(people('Kven er rette personen for tekniske spørsmål?')).toEqual(['Anne Amdal Storsve']);
    expect(answerer.answer('Who is the right person to talk to about training?').topicId).toBe('opplaering');
    refuses(['Who is the right person for my sick leave?']);
  });

  it('reads «which place» as asking where', () => {
    for (const q of [
      'Vigdis Bolås is the municipal director of which place?',
      'Hvilket sted er Vigdis Bolås rådmann i?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Indre Fosen')]);
    expect(shown('Which place is the project office in?').text).toContain('Bispegata 9');
    refuses(['Which place has the best coffee?', 'Which place did the council meet in last year?']);
  });

  it('asks past «out of curiosity»', () => {
    expect(people("And who's the town manager from Lierne on that council, out of curiosity?")).toEqual([
      'Karl Audun Fagerli',
    ]);
    expect(people('Bare av nysgjerrighet, hvem leder prosjektet?')).toEqual(['Ola Skorstad']);
    refuses(['Out of curiosity, who is the mayor of Lierne?', "Out of curiosity, what is Elise's salary?"]);
  });

  it('reads Helseplattformen after Trondheim as the project, not another branch of the municipality', () => {
    expect(
      shown("Need to ring the comms lead for the Trondheim Helseplattformen project asap, what's her number?")
        .text,
    ).toContain('481 61 844');
    expect(people('Who is the comms lead for the Trondheim Helseplattformen project?')).toEqual([
      'Tone Fagerholt',
    ]);
    refuses(['Who represents KS Møre og Romsdal on the council?']);
  });
});

describe('more English words for roles and where people work', () => {
  it('reads the press officer or spokesperson of the project as its communications lead', () => {
    for (const q of [
      'Who is the press officer for the project?',
      'Who is the spokesperson for the project?',
      'Hvem er talsperson for prosjektet?',
    ])
      expect([q, people(q)]).toEqual([q, ['Tone Fagerholt']]);
    expect(shown("What is the press officer's phone number?").text).toContain('481 61 844');
    refuses(['Who is the spokesperson for Helse Midt-Norge?', 'Who is the spokesperson for the council?']);
  });

  it('reads a city manager, administrative head or top civil servant as the chief municipal executive', () => {
    expect(people('Who is the city manager of Kristiansund?')).toEqual(['Arne Ingebrigtsen']);
    expect(people('Who is the administrative head of Molde?')).toEqual(['Arne Sverre Dahl']);
    expect(people('Who is the top civil servant in Indre Fosen?')).toEqual(['Vigdis Bolås']);
    refuses(['Who is the city manager of Bergen?']);
  });

  it('reads presiding, spearheading and being accountable as chairing, leading and being responsible', () => {
    expect(people('Who presides over the cooperation council?')).toEqual(['Arne Ingebrigtsen']);
    expect(people('Who is accountable for the benefits realisation strategy?')).toEqual(['Øyvind Tanum']);
    expect(answerer.answer('Who is spearheading the technical work?').topicId).toBe('teknisk');
  });

  it('reads a direct line as a phone number, and a section or division as a unit', () => {
    expect(shown("What's Elise's direct line?").text).toContain('952 63 567');
    expect(people("What's Elise's direct line?")).toEqual(['Elise B. Vesterhus']);
    expect(shown("What's Ola's direct line?").answer.kind).toBe('fallback');
    expect(shown('Which section is Line Kristoffersen in?').text).toContain('Rådmannens fagstab');
    expect(shown('Which division is Anne Amdal Storsve in?').text).toContain('IT-tjenesten');
  });

  it('reads HR, wherever it stands, as the personnel service', () => {
    expect(people('Who on the team is from HR?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Who in HR leads training?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('Is the technical subproject led by someone from the HR department?').text).toMatch(
      /^No\./u,
    );
  });

  it('reads «am I right in thinking» as asking whether the rest is so', () => {
    expect(
      shown('Am I right in thinking the Kristiansund chief executive chairs the Samarbeidsråd?').text,
    ).toMatch(/^Yes\./u);
    expect(shown('Am I right in thinking the Molde chief executive chairs the Samarbeidsråd?').text).toMatch(
      /^No\./u,
    );
    expect(shown('Har eg forstått det rett at Teknisk blir leia av Anne Amdal Storsve?').text).toMatch(
      /^Ja\./u,
    );
    refuses(['Am I right in thinking the canteen opens at 8?']);
  });
});

describe('a title asked of a person by the last part of a title on the page', () => {
  it('answers whether someone is a doctor by whether their role is a kind of doctor (kommuneover-lege)', () => {
    for (const [q, yes] of [
      ['Is Ragnhild Holmberg Aunsmo a doctor?', true],
      ['Er Ragnhild Holmberg Aunsmo lege?', true],
      ["What's Ragnhild Holmberg Aunsmo's job title, is she a doctor?", true],
      ['Is Arne Sverre Dahl a doctor?', false],
      ['Er Ola Skorstad lege?', false],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(yes ? /^(Yes|Ja)\./u : /^(No|Nei)\./u)]);
    // No title on the page ends in «nurse», nor is marriage a title.
    refuses(['Is Ragnhild Holmberg Aunsmo a nurse?', 'Is Ragnhild Holmberg Aunsmo married?']);
  });
});

describe('where to follow the work', () => {
  it('reads following updates or news on Helseplattformen as following the work on it', () => {
    for (const q of [
      "Where can I follow Trondheim's own updates on Helseplattformen?",
      'Where can I follow news about Helseplattformen?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'nettsider']);
    refuses(['Where can I follow updates on the canteen menu?', 'Where can I follow news about Helse Vest?']);
  });
});

describe('still more English words for the project’s people', () => {
  it('reads PR as communications, the PMO as the project office and a chief exec as a chief executive', () => {
    expect(people('Who does the PR for the project?')).toEqual(['Tone Fagerholt']);
    expect(people('Who is the PR person?')).toEqual(['Tone Fagerholt']);
    expect(people('Who leads the PMO?')).toEqual(['Elise B. Vesterhus']);
    expect(people('Who is the chief exec of Steinkjer?')).toEqual(['Torunn Austheim']);
    refuses(['Who is the chief exec of Bergen?']);
  });

  it('gives the unit of a lead named by what they lead', () => {
    for (const [q, unit] of [
      ['Which unit does the training lead come from?', 'Personaltjenesten'],
      ['What department is the benefits lead in?', 'Rådmannens fagstab'],
      ['Kva eining høyrer leiaren for Teknisk til?', 'IT-tjenesten'],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.items[0]?.type, text]).toEqual([q, 'person', expect.stringContaining(unit)]);
    }
  });
});

describe('a person’s number, a chairwoman, and a team or strand doing part of the work', () => {
  it('reads «the number of» a person as their phone number, not a count', () => {
    expect(shown("What's the number of the comms lead?").text).toContain('481 61 844');
    expect(shown("What's the number of the woman heading the project office?").text).toContain('952 63 567');
    expect(shown("What's the number of the project lead?").answer.kind).toBe('fallback');
    expect(shown('What is the number of the members of the council?').text).toContain('9 members');
  });

  it('reads a chairwoman as the chair', () => {
    expect(people("Who is the council's chairwoman?")).toEqual(['Arne Ingebrigtsen']);
  });

  it('reads the team or the strand that does part of the work as its subproject', () => {
    expect(answerer.answer('Who leads the team that maps work processes?').topicId).toBe('funksjonalitet');
    expect(answerer.answer('Which strand deals with training?').topicId).toBe('opplaering');
    expect(people('Who is the person responsible for the technical strand?')).toEqual(['Anne Amdal Storsve']);
    refuses(['Who leads the team that cleans the office?', 'Er det en strand i nærheten av kontoret?']);
  });
});

describe('polite English requests for contact details', () => {
  it('reads «can I get» or «may I have» a detail as a request to give it', () => {
    expect(shown('Can I get the e-mail of the person running the project office?').text).toContain(
      'elise-b.vesterhus@trondheim.kommune.no',
    );
    expect(shown("May I have Tone's phone number?").text).toContain('481 61 844');
    expect(answerer.answer('Could I have a list of the subprojects?').topicId).toBe('delprosjekter');
    refuses(['Can I get training in the new system?', 'Can I get my own email address in Helseplattformen?']);
  });

  it('reads what the asker is doing, in a sentence before the question, as part of their introduction', () => {
    for (const q of [
      'Dear Sir or Madam, I am an EU-funded researcher studying regional EHR programmes in the Nordic countries. I would like to reach the communications officer of the Trondheim implementation project by telephone. Could you kindly provide the number?',
      "I am a researcher studying EHR programmes in Scandinavia. What's the comms lead's number?",
      "I'm a nurse needing the number of the comms lead.",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('481 61 844')]);
    refuses(['I am a student writing about EHR rollouts in Europe. Who is the mayor of Oslo?']);
  });
});

describe('English words for the staff, the key people and the parts of the work', () => {
  it('reads workers in a municipality as its employees', () => {
    expect(
      shown('How many workers in Trondheim kommune will get the new system? Is it many people?').text,
    ).toContain('7000');
    expect(shown('How many social workers in Trondheim kommune will get the new system?').answer.kind).toBe(
      'fallback',
    );
  });

  it('reads a work package, or a track or stream named by its subproject, as a workstream', () => {
    expect(people('Who leads the training track?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Who leads the technical stream?')).toEqual(['Anne Amdal Storsve']);
    expect(answerer.answer('Which work packages does the project have?').topicId).toBe('delprosjekter');
    refuses(['How do I track the benefits?', 'Who tracks the benefits?']);
  });

  it('reads the key people or key contacts as the contacts', () => {
    for (const q of [
      'Who are the key people in the Trondheim project?',
      'List the key contacts.',
      'Hvem er nøkkelpersonene i prosjektet?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'kontakter']);
    refuses(['What is the key to the office?', 'Who has the key?']);
  });

  it('reads what something is called as its name', () => {
    expect(answerer.answer("What are the project's workstreams called?").topicId).toBe('delprosjekter');
    expect(people('What is the head of the project office called?')).toEqual(['Elise B. Vesterhus']);
    refuses(['What is the canteen called?']);
  });
});
