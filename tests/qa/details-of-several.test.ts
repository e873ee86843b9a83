import { answerer, people, refuses, shown } from '../support/question-answering';

// One phone number or e-mail address asked of several people or offices at once: each of them answered.

describe('a contact detail asked of several at once', () => {
  it('answers each person named by role, in bokmål, nynorsk and English', () => {
    for (const [q, names] of [
      [
        'Kan du gi meg e-postadressene til både prosjektlederen og lederen for prosjektkontoret?',
        ['Ola Skorstad', 'Elise B. Vesterhus'],
      ],
      [
        'Kva er telefonnummera til leiaren av prosjektkontoret og kommunikasjonsansvarleg?',
        ['Elise B. Vesterhus', 'Tone Fagerholt'],
      ],
      [
        'What are the email addresses of the project lead and the communications lead?',
        ['Ola Skorstad', 'Tone Fagerholt'],
      ],
    ] as const)
      expect([q, people(q)]).toEqual([q, names]);
    const { text } = shown(
      'Kan du gi meg e-postadressene til både prosjektlederen og lederen for prosjektkontoret?',
    );
    expect(text).toContain('ola.skorstad@trondheim.kommune.no');
    expect(text).toContain('elise-b.vesterhus@trondheim.kommune.no');
  });

  it('says which of them the page gives no such detail for', () => {
    const { answer, text } = shown('Hva er telefonnummeret til Ola Skorstad og Tone Fagerholt?');
    expect(answer.kind).toBe('answer');
    expect(text).toContain('481 61 844');
    expect(text).toContain('Jeg har ikke noe telefonnummer til Ola Skorstad.');
  });

  it('gives the lead’s own detail when the lead of an office or project is asked for', () => {
    expect(shown('Hva er e-postadressen til lederen for prosjektkontoret?').text).toContain(
      'Elise B. Vesterhus: Leder prosjektkontoret (elise-b.vesterhus@trondheim.kommune.no)',
    );
    refuses(['Hva er telefonnummeret til lederen for innføringsprosjektet?']);
  });

  it('keeps a name set off by a comma, and a place named with «og», as one', () => {
    expect(people('Can I have a phone number for the project leader, Ola Skorstad?')).toEqual([
      'Ola Skorstad',
    ]);
    refuses([
      'Hva er e-postadressen til representanten fra Møre og Romsdal?',
      'What are the phone numbers of the hospital and the GP office?',
    ]);
  });

  it('still answers the details of two people named', () => {
    expect(answerer.answer('Hva er telefonnummeret til Elise og Tone?').items).toHaveLength(2);
  });
});
