import { shown, refuses } from '../support/question-answering';

// "Kven er henta inn for å hjelpe prosjektet og leverandøren med å setje opp journalløysinga?": those brought in to help
// are those mobilised, the subject-matter experts from every field of municipal health care.

describe('who is brought in to help', () => {
  it('answers with the subject-matter experts mobilised to help set up the record system', () => {
    for (const q of [
      'Kven er henta inn for å hjelpe prosjektet og leverandøren med å setje opp journalløysinga?',
      'Hvem er hentet inn for å bistå med oppsettet av journalløsningen?',
      'Who has been brought in to help set up the record system?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/Fageksperter|Subject-matter experts/)]);
  });

  it('still refuses who is brought in for something the page does not speak of', () => {
    refuses([
      'Hvem er hentet inn som ny rådmann?',
      'Who was brought in to run the canteen?',
      'Er det hentet inn eksterne konsulenter?',
    ]);
  });
});
