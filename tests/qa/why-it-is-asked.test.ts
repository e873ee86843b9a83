import { answerer, refuses, shown } from '../support/question-answering';

describe('a message that says why the asker asks, before the question', () => {
  it('answers a detail asked of what the words before the question name («skal i møte hos …, hva er adressen?»)', () => {
    for (const q of [
      'skal i møte hos prosjektorganisasjonen til Trondheim kommune neste uke, hva er adressen?',
      'Skal på møte hos prosjektkontoret i morgen, hva er adressen?',
      'Eg skal på møte med prosjektorganisasjonen i Trondheim, kva er adressa?',
      'I have a meeting with the project office next week, what is the address?',
      'Skal på besøk til prosjektkontoret neste uke. Hvor ligger det?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bispegata 9')]);
  });

  it('still refuses where the page places nothing, and who helps with an errand', () => {
    refuses([
      'Vi skal ha møte med samarbeidsrådet neste uke, hva er adressen?',
      'Skal i møte med fagrådet neste uke, hva er adressen?',
      'Skal på kurs neste uke, hva er adressen?',
      'Hva er adressen til samarbeidsrådet?',
      'Heisen i bygget står fast, hvem ringer jeg?',
      'hva er adressen?',
    ]);
    expect(answerer.answer('Hva er adressen til prosjektorganisasjonen?').kind).toBe('answer');
  });
});
