import { answerer, refuses, shown } from '../support/question-answering';

// «Kor mange av kommunane i Møre og Romsdal og Trøndelag har opsjonsavtale?»: the page gives no number of them, but
// says that all of them have one; how many of that group have it is all of them.

describe('how many of a group, where the page says all of it', () => {
  it('answers «Alle» with the sentence, in nynorsk, bokmål and English', () => {
    for (const [q, said] of [
      [
        'Kor mange av kommunane i Møre og Romsdal og Trøndelag har opsjonsavtale?',
        'Alle. Sida seier: «Alle kommunene i Møre og Romsdal og Trøndelag har opsjonsavtale',
      ],
      [
        'Hvor mange av kommunene i Trøndelag har opsjonsavtale?',
        'Alle. Siden sier: «Alle kommunene i Møre og Romsdal og Trøndelag har opsjonsavtale',
      ],
      [
        'How many of the municipalities in Møre og Romsdal have an option agreement?',
        'All of them. The page says: “All municipalities in Møre og Romsdal and Trøndelag have an option agreement',
      ],
    ]) {
      const { answer, text } = shown(q!);
      expect([q, answer.kind, text]).toEqual([q, 'answer', expect.stringContaining(said!)]);
    }
  });

  it('still refuses a number of them, of all municipalities, of another county, or of those without one', () => {
    refuses([
      'Hvor mange kommuner i Trøndelag har opsjonsavtale?',
      'How many municipalities in Møre og Romsdal have signed option agreements?',
      'Hvor mange av kommunene har opsjonsavtale?',
      'Hvor mange av kommunene i Nordland har opsjonsavtale?',
      'Kor mange av kommunane i Trøndelag har ikkje opsjonsavtale?',
      'Hvor mange av kommunene i Trøndelag har signert opsjonsavtalen?',
    ]);
    const q = 'Hvor mange av kommunene i Trøndelag har fått ny kantine?';
    expect([q, answerer.answer(q).direct?.type]).not.toEqual([q, 'allSaid']);
  });
});
