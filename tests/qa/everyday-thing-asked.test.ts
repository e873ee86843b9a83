import { refuses, shown } from '../support/question-answering';

describe('an everyday thing asked for, beside a unit the page has', () => {
  it('refuses «which <thing>» the knowledge base has nothing of, whoever else the question names', () => {
    refuses([
      'Which laptop does the IT department give new staff?',
      'Which laptop model does the IT department issue to new consultants?',
      'Hvilken PC får nye ansatte fra IT-tjenesten?',
    ]);
  });

  it('still answers «which» of a kind the knowledge base names in a compound', () => {
    expect(
      shown('Hvilket råd vil Samarbeidsrådet ha tett koblet til utviklingen av Helseplattformen?').text,
    ).toContain('fagråd');
  });
});
