import { shown } from '../support/question-answering';

// A statement with one word at its end that asks whether it is so ("… sant?", "… right?") is a yes/no question.

describe('a statement that ends by asking whether it is so', () => {
  it('says no to a wrong phone number, with the right one', () => {
    for (const q of [
      'nummeret til tone fagerholt er 952 63 567 sant?',
      'Tone Fagerholt har telefon 952 63 567 sant?',
      'Tone Fagerholt sitt nummer er 952 63 567 right?',
    ]) {
      const { text } = shown(q);
      expect([q, text.startsWith('Nei') || text.startsWith('No'), text.includes('481 61 844')]).toEqual([
        q,
        true,
        true,
      ]);
    }
  });

  it('says yes to the right one', () => {
    expect(shown('telefonen til Elise Vesterhus er 952 63 567 sant?').text).toMatch(/^Ja/);
  });

  it('keeps a tag of two words whole', () => {
    expect(shown('prosjektkontoret ligger i bispegata 9 ikke sant?').text).toMatch(/^Ja/);
  });
});
