import { shown } from '../support/question-answering';

describe('«det», «den», «de» as the article of an adjective and a noun', () => {
  it('answers the question after a sentence about the asker, not the whole message', () => {
    for (const q of [
      'Jeg er fastlege og har vakter på legevakta i Trondheim. Kommer legevakt til å bruke det nye pasientjournalsystemet?',
      'Eg er fastlege og har vakter på legevakta i Trondheim. Skal legevakta bruke det nye journalsystemet?',
      "I'm a GP and work shifts at the emergency clinic in Trondheim. Will legevakt use the new patient record system?",
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'tjenester', expect.stringMatching(/^(Ja|Yes)\b/)]);
    }
  });

  it('still reads «de» after a dash as pointing back to what the dash set first', () => {
    const q = 'Tannlegen – får de Helseplattformen?';
    expect(shown(q).answer.kind).toBe('fallback');
  });
});
