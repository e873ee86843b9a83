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
