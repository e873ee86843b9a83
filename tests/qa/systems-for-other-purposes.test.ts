import { answerer, refuses } from '../support/question-answering';

// Which system, platform or tool someone uses for something the page has no word of: another system than the shared
// patient record (src/qa/system-purpose.ts).

describe('a system used for another purpose', () => {
  it('refuses which system the municipality uses for payroll, invoices, rotas or archiving', () => {
    refuses([
      'Hvilket system bruker kommunen for lønn og timelister for ansatte?',
      'Hvilket system bruker kommunen til fakturabehandling?',
      'Kva system nyttar kommunen til timeregistrering for dei tilsette?',
      'Kva for eit system brukar kommunen til vaktplanlegging i heimetenesta?',
      'Hvilket program brukes til regnskap i kommunen?',
      'Which IT system does the municipality use for archiving documents?',
      'Which platform will the municipality use for school enrolment?',
      'What software does Trondheim municipality use for payroll?',
    ]);
  });

  it('still answers the system used for patient records, or with no purpose named', () => {
    for (const q of [
      'Hvilket system skal kommunen bruke til pasientjournal?',
      'Which system will the municipality use for patient records?',
      'Which system will be used for e-messages?',
      'Hva skal Helseplattformen brukes til?',
      'Hvilket system skal brukes for ansatte i hjemmetjenesten?',
      'Kva system skal helsestasjonane bruke?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });
});
