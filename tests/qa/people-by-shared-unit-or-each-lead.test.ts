import { people, refuses, shown } from '../support/question-answering';

describe('the people of the units a question names, several at once', () => {
  it('answers with the people of each unit named, by its own name or what it is called in other words', () => {
    for (const [q, names] of <[string, string[]][]>[
      [
        'Which two sub-project leaders come from the IT service and from the HR/personnel service?',
        ['Storsve', 'Bjørnevik Tho'],
      ],
      [
        'Hvilke delprosjektledere kommer fra IT-tjenesten og Personaltjenesten?',
        ['Storsve', 'Bjørnevik Tho'],
      ],
      ['Kven frå personalavdelinga er med i prosjektet?', ['Bjørnevik Tho']],
      ['Who from the HR department is in the project?', ['Bjørnevik Tho']],
    ]) {
      const text = shown(q).text;
      for (const name of names) expect([q, text]).toEqual([q, expect.stringContaining(name)]);
    }
  });

  it('answers who of a unit leads something in the project of the place they all work at', () => {
    for (const [q, names] of <[string, string[]][]>[
      [
        'Which people from the chief executive’s staff hold a lead role in the Trondheim project?',
        ['Skorstad', 'Kristoffersen', 'Tanum'],
      ],
      ['Kven frå rådmannens fagstab leiar noko i prosjektet i Trondheim kommune?', ['Skorstad', 'Tanum']],
      ['Who from Personaltjenesten leads anything in the Trondheim rollout?', ['Bjørnevik Tho']],
      // (Asked which, by a which of two words, or as having a role of leading.)
      [
        'Kva for nokon frå Rådmannens fagstab har ei leiarrolle i prosjektet?',
        ['Skorstad', 'Kristoffersen', 'Tanum'],
      ],
      ['Hvem fra IT-tjenesten har en lederstilling i prosjektet?', ['Storsve']],
    ]) {
      const found = people(q);
      for (const name of names) expect([q, found.join()]).toEqual([q, expect.stringContaining(name)]);
    }
  });

  it('answers only the subproject leads of a unit when asked for those, and only the project lead for the project', () => {
    for (const q of [
      'Which sub-project leads are from the chief executive’s professional staff?',
      'Hvilke delprosjektledere er fra Rådmannens fagstab?',
      'Kven av delprosjektleiarane kjem frå rådmannens fagstab?',
    ])
      expect([q, people(q)]).toEqual([q, ['Line Kristoffersen', 'Øyvind Tanum']]);
    for (const q of [
      'Who from Rådmannens fagstab heads the project?',
      'Kven frå rådmannens fagstab leiar prosjektet?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
    expect(people('Which project leaders come from Rådmannens fagstab?')).toHaveLength(3);
  });

  it('still refuses who leads the units, and how many two of them have', () => {
    refuses([
      'Who heads the IT service?',
      'Hvem leder IT-tjenesten og Personaltjenesten?',
      'Hvor mange kommer fra IT-tjenesten og Personaltjenesten?',
    ]);
  });
});

describe('who leads each of a kind of part the question names', () => {
  it('answers with the subprojects and their leads, not the project they are in', () => {
    for (const q of [
      "quick one: the four subprojects in Trondheim's rollout – who leads each?",
      'de fire delprosjektene i Trondheims innføringsprosjekt – hvem leder hvert av dem?',
      'De fire delprosjekta i innføringa i Trondheim, kven leiar kvart av dei?',
    ]) {
      const text = shown(q).text;
      for (const name of ['Kristoffersen', 'Storsve', 'Bjørnevik Tho', 'Tanum'])
        expect([q, text]).toEqual([q, expect.stringContaining(name)]);
    }
  });

  it('still answers who leads the project when no kind of part is named', () => {
    expect(shown('Hvem leder prosjektet hver dag?').text).toContain('Ola Skorstad');
  });
});

describe('the subprojects asked for as «the different» ones, and where their leads come from', () => {
  const leads = ['Kristoffersen', 'Storsve', 'Bjørnevik Tho', 'Tanum'];

  it('answers who leads the different subprojects with every subproject and its lead', () => {
    for (const q of [
      'Hvem leder de ulike delprosjektene?',
      'Hvem leder de forskjellige delprosjektene?',
      'Kven leiar dei ulike delprosjekta?',
      'Who leads the various subprojects?',
    ]) {
      const text = shown(q).text;
      for (const name of leads) expect([q, text]).toEqual([q, expect.stringContaining(name)]);
    }
  });

  it('answers which units the subproject leads come from with each lead and their unit', () => {
    for (const q of [
      'Hvilke enheter kommer delprosjektlederne fra?',
      'Kva einingar kjem delprosjektleiarane frå?',
      'Which units do the subproject leads come from?',
    ]) {
      const text = shown(q).text;
      for (const unit of ['Rådmannens fagstab', 'IT-tjenesten', 'Personaltjenesten'])
        expect([q, text]).toEqual([q, expect.stringContaining(unit)]);
    }
  });

  it('still refuses «the different» ones of what the page does not have, and keeps the units the subprojects map', () => {
    refuses(['Hvem leder de ulike avdelingene i kommunen?', 'Who leads the different hospitals?']);
    expect(shown('Hvilke enheter skal delprosjektene kartlegge?').text).not.toContain('Personaltjenesten');
  });
});

describe('the people of a unit who lead something', () => {
  it('lists and counts those of the unit whose role leads something, the unit named before the verb', () => {
    for (const q of [
      'Kor mange frå Rådmannens fagstab leiar noko i prosjektet, og kven er dei?',
      'Hvem fra Rådmannens fagstab leder noe?',
      'How many people from Rådmannens fagstab lead something in the project?',
    ])
      for (const name of ['Ola Skorstad', 'Line Kristoffersen', 'Øyvind Tanum'])
        expect([q, shown(q).text]).toEqual([q, expect.stringContaining(name)]);
    expect(shown('Kor mange frå Rådmannens fagstab leiar noko i prosjektet?').text).toMatch(/^Tal: 3\b/);
  });

  it('still refuses who leads the unit itself, and what the unit’s people do not lead', () => {
    refuses(['Hvem leder Rådmannens fagstab?', 'Hvem fra Rådmannens fagstab leder samarbeidsrådet?']);
  });
});
