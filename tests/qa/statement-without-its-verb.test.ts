import { refuses, shown, verdict } from '../support/question-answering';

// Chat leaves out «is»/«are»: "around 3000 Trondheim staff affected?", "project office led by Elise?". A statement
// that ends with a past participle asks whether it is so, as it would with the verb.

describe('a statement ending with a past participle, asked with a question mark', () => {
  it('says yes or no with the figure the page gives', () => {
    for (const [q, start] of [
      ['around 3000 Trondheim staff affected?', 'No'],
      ['around 7000 Trondheim staff affected?', 'Yes'],
    ] as const) {
      const { text } = shown(q);
      expect([q, text.startsWith(start), text.includes('7000')]).toEqual([q, true, true]);
    }
  });

  it('gives no verdict on what the page does not count', () => {
    expect(verdict('Trondheim patients affected?')).toBeUndefined();
    refuses(['Trondheim staff dismissed?']);
  });

  it('leaves a fragment with no participle as what it asks for', () => {
    expect(shown('Tone Fagerholt telefon?').text).toContain('481 61 844');
  });

  it('reads «sitt» after a name as whose, not as a verb, and gives no «Ja»', () => {
    for (const [q, said] of [
      ['elise sitt nummer?', '952 63 567'],
      ['Tone sitt telefonnummer?', '481 61 844'],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type, text]).toEqual([q, undefined, expect.stringContaining(said)]);
    }
  });
});
