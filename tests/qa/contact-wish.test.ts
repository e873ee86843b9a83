import { answerer, people, refuses, shown } from '../support/question-answering';

// A letter often says why it asks before it asks: "Vi ønsker å ta kontakt med …". The question after it asks who that
// is, not how to reach them; the page names the person even when it gives no phone or e-mail for them.

describe('a wish to get in touch, said before a question of who', () => {
  it('answers with the person, though the page gives no way to reach them', () => {
    expect(
      people(
        'Vi ønsker å ta kontakt med rådmannen fra Lierne som sitter i samarbeidsrådet. Hva heter vedkommende?',
      ),
    ).toEqual(['Karl Audun Fagerli']);
    expect(
      people('Vi ønsker å ta kontakt med kommuneoverlegen i samarbeidsrådet. Hva heter vedkommende?'),
    ).toEqual(['Ragnhild Holmberg Aunsmo']);
    expect(people('Vi ønsker å ta kontakt med rådmannen fra Lierne. Hva heter han?')).toEqual([
      'Karl Audun Fagerli',
    ]);
    expect(
      people('Me ønskjer å ta kontakt med rådmannen frå Lierne i samarbeidsrådet. Kva heiter vedkommande?'),
    ).toEqual(['Karl Audun Fagerli']);
    expect(people('Vi ønsker å ta kontakt med rådmannen fra Lierne. Hvem er det?')).toEqual([
      'Karl Audun Fagerli',
    ]);
    expect(
      people(
        'Jeg skriver på vegne av kommunen. Vi ønsker å ta kontakt med rådmannen fra Lierne som sitter i samarbeidsrådet. Hva heter vedkommende?',
      ),
    ).toEqual(['Karl Audun Fagerli']);
  });

  it('still says what the page lacks when the question itself asks how to reach them', () => {
    const answer = answerer.answer(
      'Vi ønsker å ta kontakt med rådmannen fra Lierne som sitter i samarbeidsrådet. Hva er telefonnummeret hans?',
    );
    expect(answer.kind).toBe('fallback');
    expect(answer.missing?.attribute).toBe('phone');
    refuses([
      'Vi ønsker å ta kontakt med rådmannen i Oppdal. Hva heter vedkommende?',
      'Jeg vil ringe noen om lønnen min. Hvem er det?',
    ]);
  });
});

describe('a sentence saying whom the asker must reach, before a claim', () => {
  it('checks the claim, not the sentence before it', () => {
    for (const [q, start] of <[string, string][]>[
      [
        'I need to call the communications lead. Is it true that Tone Fagerholt can be reached on 481 61 844?',
        'Yes',
      ],
      [
        'I need to call the communications lead. Is it true that Tone Fagerholt can be reached on 952 63 567?',
        'No',
      ],
      ['I need to call the communications lead. Is Tone Fagerholt’s number 481 61 844?', 'Yes'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
    expect(shown('In the Samarbeidsråd, which people come from kommuner in Møre og Romsdal?').text).toMatch(
      /Arne Ingebrigtsen/u,
    );
  });
});
