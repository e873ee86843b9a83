import { people, shown } from '../support/question-answering';

// «Eg er journalist i lokalavisa. Kven kan eg snakke med om prosjektet?»: the press talks to the project's press
// contact; a question from the press that names no one and nothing but the project asks for that one.

describe('an asker from the press asking whom to talk to', () => {
  it('gets the communications lead, in nynorsk and English', () => {
    expect(people('Eg er journalist i lokalavisa. Kven kan eg snakke med om prosjektet?')).toEqual([
      'Tone Fagerholt',
    ]);
    expect(shown("I'm an editor at a newspaper. Who should I call about the project?").text).toContain(
      '481 61 844',
    );
  });

  it('still gets whom the question names, and others the project office', () => {
    expect(people('Eg er journalist i lokalavisa. Kven leiar prosjektet?')).toEqual(['Ola Skorstad']);
    expect(people('Eg er sjukepleiar i Malvik. Kven kan eg snakke med om prosjektet?')).not.toContain(
      'Tone Fagerholt',
    );
  });
});

describe('whom journalists contact, asked by someone else', () => {
  it('gets the communications lead, as «the press» does', () => {
    for (const q of [
      'Who do journalists contact?',
      'Kven skal journalistar ringe?',
      'Who should reporters talk to?',
    ])
      expect([q, people(q)]).toEqual([q, ['Tone Fagerholt']]);
  });
});
