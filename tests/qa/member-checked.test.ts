import { shown } from '../support/question-answering';

describe('whether someone named is a member of a body the page lists the members of', () => {
  it('says no, with their role, of people in the photo or elsewhere on the page who are not members', () => {
    const garasen = shown('Er Helge Garåsen ett av medlemmene i samarbeidsrådet?').text;
    expect(garasen).toMatch(/^Nei\./);
    expect(garasen).toContain('med på bildet av Samarbeidsrådet');
    expect(shown('Is Ole Gunnar Kjøsnes a member of the cooperation council?').text).toMatch(/^No\./);
    expect(shown('Er Ola Skorstad medlem av samarbeidsrådet?').text).toMatch(/^Nei\./);
    expect(shown('Sitter Helge Garåsen i samarbeidsrådet?').text).toMatch(/^Nei\./);
    expect(shown('Is Ole Gunnar Kjøsnes on the cooperation council?').text).toMatch(/^No\./);
  });

  it('says no of one named by a title only they have, such as their organisation, who is not a member', () => {
    for (const q of [
      'Er KS med i samarbeidsrådet?',
      'Is KS on the council?',
      'Er KS Trøndelag medlem av samarbeidsrådet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\./u)]);
    expect(shown('Er KS med på bildet av samarbeidsrådet?').text).toMatch(/^Ja\./u);
    expect(shown('Er kommuneoverlegen med i samarbeidsrådet?').text).toMatch(/^Ja\./u);
  });

  it('says yes of the members', () => {
    expect(shown('Er Torunn Austheim medlem av samarbeidsrådet?').text).toMatch(/^Ja\./);
    expect(shown('Is Vigdis Bolås a member of the council?').text).toMatch(/^Yes\./);
    expect(shown('Er Arne Ingebrigtsen medlem av samarbeidsrådet?').text).toMatch(/^Ja\./);
    expect(shown('Sitter Arne Ingebrigtsen i samarbeidsrådet?').text).toMatch(/^Ja\./);
  });

  it('reads a title of their own before the name as saying who is meant', () => {
    for (const [q, start] of <[string, string][]>[
      ['Kommunaldirektør Helge Garåsen er medlem av samarbeidsrådet?', 'Nei.'],
      ['Sit kommunaldirektør Helge Garåsen i samarbeidsrådet?', 'Nei.'],
      ['Is municipal director Helge Garåsen a member of the cooperation council?', 'No.'],
      ['Er rådmann Arne Sverre Dahl medlem av samarbeidsrådet?', 'Ja.'],
    ])
      expect([q, shown(q).text.startsWith(start)]).toEqual([q, true]);
    expect(shown('Kommunaldirektør Helge Garåsen er medlem av samarbeidsrådet?').text).toContain('bildet');
    // (A title that is not theirs is a claim of its own: it is answered «Nei» with the role the page gives, never «Ja».)
    const titled = shown('Er rådmann Helge Garåsen medlem av samarbeidsrådet?').text;
    expect([titled.startsWith('Nei'), titled.includes('Kommunaldirektør')]).toEqual([true, true]);
  });
});

describe('whether someone is in the photo of the council, named by its whole name', () => {
  it('says yes of the two the page names in the photo, however the council and the photo are called', () => {
    for (const q of [
      'Er Helge Garåsen med på gruppebiletet av opsjonskommunane?',
      'Er Helge Garåsen med på bildet av samarbeidsrådet for opsjonskommuner?',
      'Is Helge Garåsen in the photo of the option municipalities?',
      'Is Ole Gunnar Kjøsnes in the group picture of the option municipalities?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\./)]);
  });

  it('says yes of the council’s members too, since the page names the two others as «also» in the photo', () => {
    for (const q of [
      'Er Arne Ingebrigtsen med på bildet?',
      'Er Vigdis Bolås med på gruppebildet?',
      'Er Bjørn Buan med på gruppebiletet?',
      'Was Karl Audun Fagerli in the group photo?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\./)]);
    for (const q of ['Er Elise Vesterhus med på gruppebildet?', 'Is Line Kristoffersen in the photo?'])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\./)]);
  });

  it('still says no of membership, and of someone not in the photo', () => {
    for (const q of [
      'Is Helge Garåsen a member of the council for option municipalities?',
      'Does Helge Garåsen sit on the council for option municipalities?',
      'Er Helge Garåsen medlem av samarbeidsrådet for opsjonskommuner?',
      'Is Tone Fagerholt in the photo of the option municipalities?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\./)]);
  });
});
