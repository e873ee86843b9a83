import { refuses, shown } from '../support/question-answering';

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
