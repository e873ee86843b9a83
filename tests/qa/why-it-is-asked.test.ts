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

describe('a message that says after the question what the asker will do with the answer', () => {
  it('answers the question as if the sentence were not there («… kva står det? skal leggje fram på personalmøte»)', () => {
    expect(shown('effektivitetsgevinstar – kva står det? skal leggje fram på personalmøte').text).toContain(
      'medisinlister',
    );
    expect(shown('Hvem leder prosjektkontoret? Jeg skal ha møte med dem i morgen.').text).toContain(
      'Vesterhus',
    );
    expect(shown('Who chairs the council? Going to present it to my team.').text).toContain('Ingebrigtsen');
    // A sentence that asks for something is part of the question.
    expect(shown('Hvem er kommunikasjonsansvarlig? Skal ha telefonnummeret.').text).toContain('481 61 844');
  });

  it('answers where the team is when the asker has a meeting there, and asks again for the address', () => {
    for (const q of [
      'Where is the local project team physically located? I have a meeting there on Thursday and need the street address.',
      'Where is the project office? I have a meeting there on Thursday.',
      'Hvor holder prosjektkontoret til? Jeg har møte der på torsdag og trenger adressen.',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bispegata 9')]);
  });

  it('still refuses what the question asks that the page does not hold', () => {
    refuses([
      'Where is the canteen? I have a meeting there on Thursday and need the street address.',
      'Hvor mange feriedager har jeg? Jeg har ferie i juli.',
      'Kva blir vêret i Trondheim i morgon? skal køyre inn på møte',
      'Hvor mange feriedager har jeg? Skal planlegge sommeren.',
      'Hvem er leverandøren? Skal skrive en rapport.',
    ]);
  });
});
