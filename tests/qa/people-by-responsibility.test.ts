import { answerer, people, refuses, shown } from '../support/question-answering';

describe('people asked for by what they are responsible for', () => {
  it('reads «hovedansvaret» as the responsibility and «lede» as leading', () => {
    for (const q of [
      'Hvem har hovedansvaret for å lede Trondheim kommunes lokale innføringsprosjekt?',
      'Hvem skal lede prosjektet?',
      'Kven har hovudansvaret for å leie prosjektet?',
      'Who has the main responsibility for leading the project?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
    expect(people('Hvem skal lede opplæringen?')).toEqual(['May Liz Bjørnevik Tho']);
    refuses(['Hvem har hovedansvaret for kantina?', 'Hvem skal lede julebordet?']);
  });

  it('answers who is responsible for a part of the project named right after the lead word, beside whose project it is', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Hvem har ansvaret for gevinstrealiseringen i Trondheim sitt prosjekt?', 'Øyvind Tanum'],
      ['Kven har ansvaret for opplæringa i prosjektet til Trondheim kommune?', 'May Liz Bjørnevik Tho'],
      ['Who is in charge of training in the Trondheim project?', 'May Liz Bjørnevik Tho'],
      ['Hvem har ansvaret for det tekniske i Trondheims prosjekt?', 'Anne Amdal Storsve'],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
    expect(people('Hvem har ansvaret for prosjektet i Trondheim?')).toEqual(['Ola Skorstad']);
    refuses([
      'Hvem har ansvaret for kantina i Trondheim sitt prosjekt?',
      'Hvem har ansvaret for IT-tjenesten i Trondheim sitt prosjekt?',
      'Who is in charge of fire safety training in the project?',
    ]);
  });

  it('answers what a named person is responsible for «i prosjektet», and refuses it of another place', () => {
    for (const [q, name, role] of <[string, string, string][]>[
      ['Hva har Øyvind Tanum ansvar for i prosjektet?', 'Øyvind Tanum', 'Gevinstrealisering'],
      ['Kva har Anne Amdal Storsve ansvar for i prosjektet?', 'Anne Amdal Storsve', 'Teknisk'],
      ['What is Øyvind Tanum responsible for in the project?', 'Øyvind Tanum', 'Benefits realisation'],
    ]) {
      expect([q, people(q)]).toEqual([q, [name]]);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(role)]);
    }
    refuses([
      'Hva har Øyvind Tanum ansvar for i Molde kommune?',
      'Hva har Øyvind Tanum ansvar for i IT-tjenesten?',
    ]);
  });

  it('reads «the woman»/«dama» before the role as who is asked for, not as a role or a thing', () => {
    for (const [q, name] of <[string, string][]>[
      [
        'Who is the woman responsible for communication in the Trondheim implementation project?',
        'Tone Fagerholt',
      ],
      ['Hvem er dama som har ansvaret for kommunikasjon?', 'Tone Fagerholt'],
      ['Kven er kvinna som leiar prosjektkontoret?', 'Elise B. Vesterhus'],
      ['Hvem er mannen som leder Teknisk?', 'Anne Amdal Storsve'],
      ['What is the telephone number of the lady who leads the project office?', 'Elise B. Vesterhus'],
      ['Hva er telefonnummeret til dama som leder prosjektkontoret?', 'Elise B. Vesterhus'],
    ])
      expect([q, people(q)]).toEqual([q, [name]]);
    expect(shown('What is the telephone number of the lady who leads the project office?').text).toContain(
      '952 63 567',
    );
    refuses([
      'Who is the man responsible for the canteen?',
      'Hvem er dama i resepsjonen på prosjektkontoret?',
      'Er Tone en kvinne?',
      'How many ladies work in the project office?',
      'Hvor mange damer jobber på prosjektkontoret?',
    ]);
  });

  it('refuses to say whether someone is a man or a woman (the page never says), and still answers the person', () => {
    refuses([
      'Is Ola Skorstad a woman?',
      'Is Tone Fagerholt female?',
      'Er Ola Skorstad en mann?',
      'Er det ei dame som leier prosjektkontoret?',
      'Er leiaren av samarbeidsrådet ei kvinne?',
    ]);
    expect(people('Men er Tone Fagerholt kommunikasjonsansvarlig?')).toEqual(['Tone Fagerholt']);
    expect(people('Who is the woman responsible for communication?')).toEqual(['Tone Fagerholt']);
  });

  it('never says what it does not know by a piece of the question cut off in the middle', () => {
    for (const [q, subject] of <[string, string][]>[
      [
        'Who is the deputy chair responsible for communication in the Trondheim implementation project?',
        'deputy chair responsible for communication',
      ],
      ['Who is the head of nursing in the Trondheim municipality health services?', 'nursing'],
      [
        'Who is the receptionist at the project office in the old school?',
        'receptionist at the project office',
      ],
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.subject]).toEqual([q, 'fallback', subject]);
    }
  });
});

describe('how something is done, asked as how it is carried out', () => {
  it('answers who plans how the training is done with the lead of the training, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Who defines the training needs and plans how staff training is done?',
      'Hvem planlegger hvordan opplæringen skal gjøres?',
      'Kven planlegg korleis opplæringa skal gjerast?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('May Liz Bjørnevik Tho')]);
  });

  it('still refuses how something the page does not hold is done, and when a plan is done', () => {
    refuses(['How is the cleaning done?', 'When will the plan be done?', 'Hvordan gjøres rengjøringen?']);
  });
});

describe('the training of a group of staff, which is part of training all staff', () => {
  it('answers who to turn to about the training of nurses or other staff with the lead of the training', () => {
    for (const q of [
      'Hvem bør jeg kontakte om hvordan opplæringen av sykepleierne skal planlegges?',
      'Kven kan eg vende meg til om opplæringsbehovet for helsesjukepleiarane?',
      'Hvem planlegger opplæringen av helsefagarbeiderne?',
      'Who plans the training of the nurses?',
      'Kven kan eg vende meg til om opplæringa?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('May Liz Bjørnevik Tho')]);
  });

  it('still refuses what the page does not say of the group: how many they are, when they are trained, who leads them', () => {
    refuses([
      'Hvor mange sykepleiere berøres?',
      'Hvor mange sykepleiere skal få opplæring?',
      'Når får sykepleierne opplæring?',
      'Hvem har ansvaret for sykepleierne?',
    ]);
  });
});
