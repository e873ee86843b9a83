import { answerer, refuses } from '../support/question-answering';

// A phone number or e-mail address asked of whoever leads a subproject, in a question that opens with "what": the
// detail is the lead's, and the page gives none for any subproject lead; the answer says so and names the lead.

describe('a contact detail of a subproject lead', () => {
  it('refuses the phone number or e-mail of the lead of a subproject, naming the lead', () => {
    refuses([
      'What is the phone number of the person leading the training sub-project?',
      'What is the phone number of the person who leads the technical subproject?',
      'Hva er e-postadressen til lederen av delprosjektet for opplæring?',
      'Kva er telefonnummeret til leiaren for delprosjektet Funksjonalitet?',
      "What's the email of the head of the benefits realisation subproject?",
    ]);
    const answer = answerer.answer('Hva er telefonnummeret til den som leder Teknisk?');
    expect(answer.missing).toEqual({ attribute: 'phone', subject: 'Anne Amdal Storsve' });
  });

  it('still gives the detail of a lead the page gives it for', () => {
    for (const [q, detail] of [
      ['What is the phone number of the person who leads the project office?', '952 63 567'],
      ['Hva er e-postadressen til lederen av prosjektet?', 'ola.skorstad@trondheim.kommune.no'],
    ] as const)
      expect([q, JSON.stringify(answerer.answer(q).items)]).toEqual([q, expect.stringContaining(detail)]);
  });
});
