import { refuses, shown } from '../support/question-answering';

// «Hvilke konsekvenser skal gevinstrealiseringen skape forståelse for?»: a which-question for a word no entry is named
// by is answered when one sentence of the topic has that word with the question's other telling words («skape
// forståelse for både positive og negative konsekvenser»); otherwise the word is a thing the page does not have.

describe('a which-question for a word that stands in one sentence with the rest of the question', () => {
  it('answers with the topic that has the sentence', () => {
    for (const q of [
      'Hvilke konsekvenser skal gevinstrealiseringen skape forståelse for?',
      'Hva slags konsekvenser skal gevinstrealiseringsarbeidet skape forståelse for?',
      'Kva konsekvensar skal gevinstarbeidet skape forståing for?',
      'Which consequences should the benefits work create understanding of?',
    ])
      expect([q, /positive (og|and) negative/.test(shown(q).text)]).toEqual([q, true]);
  });

  it('still refuses a thing no sentence has with the rest', () => {
    refuses([
      'Hvilken leverandør ble valgt?',
      'Hvilke konsekvenser får Helseplattformen for lønna mi?',
      'Which consequences will the vote have for the budget?',
    ]);
  });
});
