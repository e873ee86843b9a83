import { answerer, refuses, shown, verdict } from '../support/question-answering';

// The page's two photos: who is credited for the one in the Trondheim section, and who else is in the group photo
// of the council (its two guests, what they are and whom they represent).

describe('the photos of the page', () => {
  it('reads being credited for a photo as having taken it', () => {
    for (const q of [
      'Who is credited for the photo shown next to the figure of about 7000 employees?',
      'Kven er kreditert som fotograf på sida?',
      'Who is credited for the photo in the section about Trondheim’s local implementation project?',
      'Hvem er kreditert for bildet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Carl Erik Eriksson')]);
  });

  it('still says the page credits no one with the group photo', () => {
    for (const q of [
      'Who is credited for the photo of the council?',
      'Hvem er kreditert for gruppebildet?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'photographer']);
    }
  });

  it('answers who else is in the group photo, and what they are, with the guests the page names', () => {
    for (const q of [
      'Hvem andre enn rådsmedlemmene er med på bildet?',
      'Jeg er journalist og har gruppebildet av Samarbeidsrådet. Hvem andre enn rådsmedlemmene er med på bildet?',
      'Hvilken organisasjon representerer den ene av de to gjestene på gruppebildet av rådet?',
      'Who are the guests in the photo?',
      'Kven andre enn medlemene er med på biletet av rådet?',
      'Apart from the council members themselves, who else appears in the group photograph of the option municipalities?',
      'Who else is in the photograph of the council?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'gruppebilde']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/Garåsen.*Kjøsnes/s)]);
    }
  });

  it('answers a guest described by how senior they are and by their title, and still refuses a senior role no one has', () => {
    for (const q of [
      'Which high-ranking Trondheim director for health and welfare is also in the council photo?',
      'Kven er den høgtståande kommunaldirektøren som òg er med på biletet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Garåsen')]);
    refuses(['Who is the senior adviser of the project?', 'Hvem er høytstående rådgiver i prosjektet?']);
  });

  it('answers the one guest the question describes by their title or workplace, not the whole photo', () => {
    for (const q of [
      'Hvilken direktør fra Trondheim kommune står på gruppebildet?',
      'Which Trondheim official is in the group photo as well?',
    ]) {
      const names = answerer.answer(q).items.flatMap((i) => (i.type === 'person' ? [i.person.name] : []));
      expect([q, names]).toEqual([q, ['Helge Garåsen']]);
    }
    expect(shown('Who from KS is also in the photo of the council?').text).toContain('Kjøsnes');
    // (What the one of them in Trondheim kommune is, is his role.)
    const q =
      'Hvilken stilling i Trondheim kommune har den ene av de to ikke-medlemmene som er med på bildet av rådet?';
    expect(shown(q).text).toContain('Kommunaldirektør for helse og velferd');
  });

  it('reads being pictured as being in the photo, and a guest of it by what they are', () => {
    expect(verdict('Was Helge Garåsen pictured with the cooperation council?')).toBe('Yes');
    expect(verdict('Er Ole Gunnar Kjøsnes avbildet med samarbeidsrådet?')).toBe('Ja');
    expect(verdict('Is Elise B. Vesterhus pictured with the council?')).toBe('No');
    for (const [q, name] of <[string, string][]>[
      ['Which person from the local authorities association is pictured with the council?', 'Kjøsnes'],
      ['Which guest in the council photo is a municipal director?', 'Garåsen'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(name)]);
  });

  it('still refuses a photo the page does not have and someone it does not name', () => {
    refuses([
      'Hvem er ordføreren på bildet?',
      'Hvem er med på bildet av fagrådet?',
      'Who is the mayor in the photograph?',
      'Who is the bishop in the group photograph?',
    ]);
  });
});

describe('a guest of the group photo asked by name, with the photo said in other words', () => {
  it('answers what the guest is, whatever the photo is said to be of', () => {
    for (const q of [
      'Kven er Ole Gunnar Kjøsnes, han som er med på bildet av opsjonskommunane?',
      'Hvem er Ole Gunnar Kjøsnes på bildet av opsjonskommunene?',
      'Hvem er Ole Gunnar Kjøsnes, som står på gruppebildet fra samarbeidsrådet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kommunenes Sentralforbund')]);
    const q = 'Who is Helge Garåsen, the man in the photo of the option municipalities?';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('health and welfare')]);
  });

  it('still refuses a guest said to be of a place they are not from', () => {
    refuses(['Kven er Helge Garåsen i Helse Midt-Norge?', 'Hvem er Arne Ingebrigtsen i Molde kommune?']);
  });
});
