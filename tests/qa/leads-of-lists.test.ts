import { people, refuses, shown } from '../support/question-answering';

// The leads of a list of parts, the people of a unit asked by what they are, and the lead of the project asked at
// the municipality in English.

describe('leads and people asked as a list', () => {
  it('lists the subprojects with their leads when asked to name the leads', () => {
    for (const q of [
      'Nevn lederne for delprosjektene i Trondheim kommunes innføringsprosjekt.',
      'Nemn leiarane for delprosjekta.',
    ]) {
      const text = shown(q).text;
      for (const name of [
        'Line Kristoffersen',
        'Anne Amdal Storsve',
        'May Liz Bjørnevik Tho',
        'Øyvind Tanum',
      ])
        expect([q, text.includes(name)]).toEqual([q, true]);
    }
  });

  it('answers which leaders come from a unit with the people from it', () => {
    for (const q of [
      'Which three project leaders come from Rådmannens fagstab?',
      'Hvilke ledere kommer fra Rådmannens fagstab?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad', 'Line Kristoffersen', 'Øyvind Tanum']]);
  });

  it('answers the lead of the project asked at the municipality by its English name', () => {
    for (const q of [
      'Who is the overall lead for the local rollout at Trondheim municipality?',
      'Who leads the project at Trondheim municipality?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
  });

  it('still refuses the lead of a unit or organisation the page only names', () => {
    refuses([
      'Hvem leder Rådmannens fagstab?',
      'Who leads KS Trøndelag?',
      'Who is the contact at Bergen municipality?',
    ]);
  });

  it('answers who plans how something is done by the part that does it', () => {
    for (const q of [
      'Who is responsible for planning how all employees will be trained on the new system?',
      'Hvem har ansvar for å planlegge hvordan alle ansatte skal få opplæring?',
      'Who is responsible for training all employees?',
    ])
      expect([q, people(q)]).toEqual([q, ['May Liz Bjørnevik Tho']]);
  });

  it('still refuses the head of something only named in passing, and plans the page has none of', () => {
    refuses([
      'Who is the head of nursing in Trondheim kommune?',
      'Who is responsible for planning how the budget will be spent?',
    ]);
  });

  it('answers who makes sure of something by the part responsible for it', () => {
    const asked: [string, string][] = [
      ['Hvem skal sørge for at Trondheim faktisk henter ut gevinstene?', 'Øyvind Tanum'],
      ['Kven skal syte for at opplæringa blir planlagd?', 'May Liz Bjørnevik Tho'],
    ];
    for (const [q, name] of asked) expect([q, people(q)]).toEqual([q, [name]]);
    refuses(['Hvem sørger for at kantina er åpen?']);
  });

  it('answers which areas take part with the counties, and leaves other areas alone', () => {
    expect(shown('Which areas take part in the work through option agreements?').text).toContain('Bindal');
    refuses(['Which areas will see benefits?']);
  });

  it('answers who moves data between systems with the part that migrates it', () => {
    for (const q of [
      "Who should I ask about moving data from today's systems into the new platform?",
      'Hvem har ansvar for å flytte data fra dagens løsninger til Helseplattformen?',
    ])
      expect([q, shown(q).text.includes('Anne Amdal Storsve')]).toEqual([q, true]);
    refuses(['Who helps me move data to my new phone?']);
  });
});
