import { answerer, refuses } from '../support/question-answering';

describe('everyday errands of the asker that name words of the page', () => {
  it('refuses how the asker does something, also when asked of someone', () => {
    refuses([
      'Kan du forklare korleis eg set opp ein ny skrivar på kontoret?',
      'Can you explain how I set up a printer in the office?',
      'Korleis legg eg inn ein ny pasient på lista til fastlegen i journalsystemet me har på kontoret no?',
    ]);
    // How to reach or contact someone is answered, however it is asked.
    for (const q of [
      'Kan du fortelle meg hvordan jeg når prosjektkontoret?',
      'Can you tell me how I reach the project office?',
      'Kan du fortelle meg hvordan jeg kontakter prosjektkontoret?',
      'Hvordan får jeg en liste over kontaktene?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });

  it('reads a noun in -ar or -er after an article as a thing, not as the verb of a question word', () => {
    // «ein ny skrivar» is a printer: nothing about writing to anyone.
    expect(answerer.answer('Kven fiksar ein ny skrivar på kontoret?').kind).toBe('fallback');
  });

  it('refuses a request that someone from the project do something for the asker', () => {
    refuses([
      'Kan noen fra prosjektet hjelpe meg å sette opp e-posten på mobilen?',
      'Kan du hjelpe meg å legge inn telefonnummeret til Tone på mobilen?',
      'Kan noen fra prosjektkontoret ringe meg?',
    ]);
    // Finding something out is asking the page.
    expect(answerer.answer('Kan noen hjelpe meg å finne e-posten til Tone?').kind).toBe('answer');
    expect(answerer.answer('Kan noen hjelpe meg å finne ut hvem som leder opplæringen?').kind).toBe('answer');
  });

  it("refuses a fault with the asker's device, app or account, however the question in it names IT", () => {
    refuses([
      'Printeren på kontoret vårt i Molde virker ikke, hvem ringer jeg i IT?',
      'Outlook-kalenderen min synker ikke på jobbmobilen, hvem i IT-tjenesten kontakter jeg',
      'my Outlook keeps crashing, help?',
      'Jeg har glemt passordet mitt til jobb-PC-en. Hvem i IT kan hjelpe meg?',
      "My laptop won't start, who in the IT service do I call?",
      'PC-en min henger seg heile tida, kven i IT-tenesta kan hjelpe?',
    ]);
    // Who in the IT service leads the technical subproject is on the page.
    for (const q of [
      'Hvem i IT-tjenesten leder delprosjektet Teknisk?',
      'Who in the IT service leads the technical subproject?',
      'Kven frå IT-tenesta er delprosjektleiar?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });

  it('refuses a recommendation asked for, whatever place of the page it names', () => {
    refuses([
      'Can you recommend a hotel near Trondheim Central Station for a project visit?',
      'Kan du anbefale en lunsjrestaurant i nærheten av Bispegata 9?',
      'Kan du tilrå eit kurs i prosjektleiing for tilsette i kommunen?',
    ]);
    expect(answerer.answer('Where is the project office?').kind).toBe('answer');
  });
});
