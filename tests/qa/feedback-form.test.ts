import { refuses, shown } from '../support/question-answering';

// The page's feedback form says feedback is not answered and asks for no personal details (e-mail, phone number,
// national identity number). Whether one gets a reply, or may write such a detail in it, is answered by that; a
// phone number or e-mail address of the form itself the page does not give.

describe('the feedback form', () => {
  it('answers whether feedback sent through the page gets a reply', () => {
    for (const q of [
      'Vil jeg få svar hvis jeg sender tilbakemelding via siden?',
      'Will I get a reply if I send feedback?',
      'Får eg svar på tilbakemeldinga mi?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'tilbakemeldinger']);
      expect([q, /besvart|svart på|not answered/.test(text)]).toEqual([q, true]);
    }
  });

  it('says no to getting a reply, with the sentence that says so', () => {
    for (const [q, line] of [
      [
        'Får jeg svar hvis jeg sender tilbakemelding på siden?',
        'Nei. Siden sier: «Tilbakemeldingen vil ikke bli besvart.»',
      ],
      ['Blir tilbakemeldingen besvart?', 'Nei. Siden sier'],
      ['Will my feedback be answered?', 'No. The page says: “Feedback is not answered.”'],
      ['Will I get an answer if I send feedback on the page?', 'No. The page says'],
    ]) {
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(line!)]);
    }
    // (A question that only names the form claims nothing: no yes or no.)
    expect(shown('Kan jeg gi tilbakemelding på siden?').text).not.toMatch(/^(Ja|Nei)\b/);
  });

  it('answers whether a phone number, e-mail or identity number may be written in it', () => {
    for (const q of [
      'Kan eg skrive personnummer i tilbakemeldinga på sida?',
      'can I write my phone number in the feedback field?',
      'Kan jeg skrive e-postadressen min i tilbakemeldingen?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'tilbakemeldinger']);
      expect([q, /personnummer|personal information/.test(text)]).toEqual([q, true]);
    }
  });

  it('quotes the question the form asks as the page writes it, in every language', () => {
    for (const q of [
      'Kva spørsmål stiller tilbakemeldingsskjemaet nedst på sida?',
      'What does the feedback form at the bottom of the page ask?',
      'Hva spør tilbakemeldingsskjemaet om?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'tilbakemeldinger']);
      expect([q, text.includes('«Fant du det du lette etter?»')]).toEqual([q, true]);
    }
  });

  it('still refuses contact details of the form, and getting answers about what the page does not hold', () => {
    refuses([
      'Hva er telefonnummeret til tilbakemeldingsskjemaet?',
      'What is the e-mail address of the feedback form?',
      'Kan jeg få svar på spørsmål om lønn?',
      'Skjermen i 4. etasje er svart',
    ]);
  });
});

describe('the feedback field called a box or a comment field', () => {
  it('answers what the page asks there', () => {
    for (const q of [
      'What question does the feedback box at the bottom of the page ask?',
      'What does the comment box on the page ask?',
      'Hva spør kommentarfeltet nederst på siden om?',
    ])
      expect([q, shown(q).text.includes('Fant du det du lette etter')]).toEqual([q, true]);
  });
});

describe('whether one gets a reply, on a condition of what the asker does', () => {
  it('says no with the page’s sentence, whatever the asker does to send it', () => {
    const cases: [string, string][] = [
      ['får jeg svar hvis jeg skriver i tilbakemeldingsfeltet?', 'Nei'],
      ['Får eg svar viss eg skriv i tilbakemeldingsfeltet?', 'Nei'],
      ['får ein svar om ein sender tilbakemelding nedst på sida?', 'Nei'],
      ['Will I get an answer if I write in the feedback field?', 'No'],
      ['Will you get an answer if you write in the feedback field?', 'No'],
      ['Får man svar hvis man skriver i tilbakemeldingsfeltet?', 'Nei'],
    ];
    for (const [q, verdict] of cases)
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${verdict}\\..*(besvart|svart på|not answered)`)),
      ]);
  });

  it('claims what the condition names, and still refuses what the page does not say', () => {
    expect(shown('Får jeg svar hvis jeg ringer prosjektkontoret?').text).not.toMatch(/^(Ja|Nei)/);
    refuses([
      'Får jeg lønn hvis jeg skriver i tilbakemeldingsfeltet?',
      'Will I get training if I work in home care?',
    ]);
  });
});
