import { refuses, shown } from '../support/question-answering';

describe('an everyday thing asked for, beside a unit the page has', () => {
  it('refuses «which <thing>» the knowledge base has nothing of, whoever else the question names', () => {
    refuses([
      'Which laptop does the IT department give new staff?',
      'Which laptop model does the IT department issue to new consultants?',
      'Hvilken PC får nye ansatte fra IT-tjenesten?',
    ]);
  });

  it('refuses «which weeks» or «how many hours» of something the page gives no time or figure for', () => {
    refuses([
      'Hvilke uker går opplæringen?',
      'Kva veker går opplæringa?',
      'Which weeks is the training held?',
      'hvor mange timer kurs skal hver sykepleier ha, og hvilke uker går opplæringen?',
      'Jeg er avdelingsleder i hjemmetjenesten og må legge turnus for høsten. Jeg skjønner at opplæringen blir en ' +
        'betydelig oppgave, men jeg trenger å vite konkret: hvor mange timer kurs skal hver sykepleier ha, og hvilke ' +
        'uker går opplæringen?',
      'Eg er leiar i heimetenesta og skal setje opp turnus. Eg skjønar at opplæringa blir ei stor oppgåve, men kor ' +
        'mange timar kurs skal kvar sjukepleiar ha, og kva veker går opplæringa?',
      "I'm a ward manager planning rotas for the autumn. I understand training will be a big task, but I need to " +
        'know specifically: how many hours of training does each nurse get, and which weeks does it run?',
    ]);
    // What is refused is said of what is counted, not of what the which-word asks.
    expect(
      shown('hvor mange timer kurs skal hver sykepleier ha, og hvilke uker går opplæringen?').text,
    ).toContain('hvor mange: timer');
  });

  it('still answers «which» of a kind the knowledge base names in a compound', () => {
    expect(
      shown('Hvilket råd vil Samarbeidsrådet ha tett koblet til utviklingen av Helseplattformen?').text,
    ).toContain('fagråd');
  });
});
