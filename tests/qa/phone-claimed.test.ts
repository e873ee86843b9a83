import { answerer, shown } from '../support/question-answering';

// The page gives two phone numbers: Elise B. Vesterhus, who heads the project office (952 63 567), and Tone Fagerholt,
// the communications lead (481 61 844). A number said to be someone's, named by role as well as by name, is answered
// yes or no with the page's line that gives their number.

/** Each question opens with the verdict and gives the page's line with `number`. */
function answersWith(verdict: RegExp, number: string, questions: string[]): void {
  for (const q of questions) {
    const { answer, text } = shown(q);
    expect([q, answer.direct?.type, text]).toEqual([q, 'claimChecked', expect.stringMatching(verdict)]);
    expect([q, text]).toEqual([q, expect.stringContaining(`Telefon: ${number}`)]);
  }
}

describe('a phone number said to be someone’s', () => {
  it('answers no with the number the page gives the one named by role, in English, bokmål and nynorsk', () => {
    answersWith(/^(Nei|No)\b/u, '952 63 567', [
      'Is 481 61 844 the number for the head of the project office?',
      'Is the project office head reachable by phone at 952 63 576?',
      'Er 481 61 844 nummeret til lederen av prosjektkontoret?',
      'Kan leiaren for prosjektkontoret nåast på telefon 952 63 576?',
    ]);
  });

  it('answers yes when the number is theirs', () => {
    answersWith(/^(Ja|Yes)\b/u, '952 63 567', [
      'Kan lederen av prosjektkontoret nås på telefon 952 63 567?',
      'Er 952 63 567 nummeret til kontorlederen?',
    ]);
    answersWith(/^(Ja|Yes)\b/u, '481 61 844', [
      'Is 481 61 844 the number of the comms lead?',
      'Har kommunikasjonsansvarleg telefonnummer 481 61 844?',
    ]);
  });

  it('says no number is anyone’s whom the page gives none for, or who is not on the page', () => {
    for (const q of [
      'Is 952 63 567 the number of the project lead?',
      'Is 481 61 844 the number of the IT helpdesk?',
      "Is 952 63 567 Elise's fax?",
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});

describe('a number the page gives as one person’s, said to be that of someone it gives no number for', () => {
  it('answers no with the line of the one whose number it is, in bokmål and English', () => {
    answersWith(/^(Nei|No)\b/u, '952 63 567', [
      'Er 95263567 nummeret til Skorstad?',
      "Is 952 63 567 Ola Skorstad's number?",
      'Har May Liz Bjørnevik Tho telefonnummer 952 63 567?',
    ]);
  });

  it('still says nothing of a number the page does not give', () => {
    const q = 'Er 12345678 nummeret til Skorstad?';
    expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});

describe('a number said to be that of a unit the page gives no number for', () => {
  it('answers no with its lead’s line when the number is not the lead’s either', () => {
    answersWith(/^(Nei|No)\b/u, '952 63 567', [
      'Har prosjektkontoret telefonnummer 481 61 844?',
      "Is 481 61 844 the project office's phone number?",
      'Is the office head Elise B. Vesterhus reachable on 481 61 844?',
    ]);
  });

  it('gives no yes that the lead’s number is the unit’s own', () => {
    const q = 'Har prosjektkontoret telefonnummer 952 63 567?';
    expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});
