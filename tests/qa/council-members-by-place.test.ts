import { answerer, people, shown, refuses } from '../support/question-answering';

// "Vi i Møre og Romsdal lurer: kva kommunar derifrå er representerte i samarbeidsrådet?": «derifrå» points back to the
// place named, as «der» does; "reps" are representatives.

describe('the council asked of by a place named before, and of its reps', () => {
  it('answers which municipalities «derfra» sit in the council with its members', () => {
    for (const q of [
      'Vi i Møre og Romsdal lurer: kva kommunar derifrå er representerte i samarbeidsrådet?',
      'Eg jobbar i Møre og Romsdal. Kva kommunar derifrå er representerte i samarbeidsrådet?',
      'Jeg jobber i Trøndelag. Hvilke kommuner derfra sitter i samarbeidsrådet?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'samarbeidsradet']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kristiansund')]);
    }
  });

  it('reads reps as representatives', () => {
    const q = 'Is the cooperation council only Trøndelag people, or does it have reps from the whole region?';
    expect(shown(q).text).toMatch(/^No\..*whole region/);
    expect(shown('Who is the rep from Molde?').text).toContain('Arne Sverre Dahl');
  });

  it('still refuses a place the page does not know, and reps the page does not name', () => {
    refuses([
      'Vi i Bergen lurer: kven derifrå er i samarbeidsrådet?',
      'Is there a rep from Bergen on the council?',
      'Who is the sales rep for the vendor?',
    ]);
  });
});

describe('the council members from a county', () => {
  it('answers the members whose municipalities lie in the county, in bokmål, nynorsk and English', () => {
    expect(people('In the Samarbeidsråd, which people come from kommuner in Møre og Romsdal?')).toEqual([
      'Arne Ingebrigtsen',
      'Arne Sverre Dahl',
      'Evelyn Haram Larsen',
    ]);
    expect(people('Hvilke medlemmer i samarbeidsrådet kommer fra Møre og Romsdal?')).toHaveLength(3);
    expect(people('I samarbeidsrådet, kven kjem frå Trøndelag?')).toEqual([
      'Karl Audun Fagerli',
      'Ragnhild Holmberg Aunsmo',
      'Bjørn Buan',
      'Carl-Jacob Midttun',
      'Torunn Austheim',
      'Vigdis Bolås',
    ]);
    expect(people('Which rådmenn in the council come from Møre og Romsdal?')).toEqual([
      'Arne Ingebrigtsen',
      'Arne Sverre Dahl',
    ]);
  });

  it('counts them, saying the county as the question does', () => {
    expect(shown('Hvor mange i samarbeidsrådet kommer fra Trøndelag?').text).toContain(
      '6 av medlemmene i Samarbeidsrådet for opsjonskommuner er fra Trøndelag.',
    );
    expect(shown('How many council members are from Møre og Romsdal?').text).toMatch(
      /^3 of the members .* are from Møre og Romsdal\./u,
    );
  });

  it('answers the members of the other county when the question leaves one out, and counts them without it', () => {
    const more = ['Arne Ingebrigtsen', 'Arne Sverre Dahl', 'Evelyn Haram Larsen'];
    expect(people('Which people on the council are not from Trøndelag?')).toEqual(more);
    expect(people('Kven i samarbeidsrådet er ikkje frå Trøndelag?')).toEqual(more);
    expect(people('Which council members come from outside Trøndelag?')).toEqual(more);
    expect(people('Hvem i samarbeidsrådet er ikke fra Møre og Romsdal?')).toHaveLength(6);
    const counted = shown('How many council members are not from Møre og Romsdal?').text;
    expect(counted).toContain('6');
    expect(counted).not.toContain('are from Møre og Romsdal');
  });

  it('still refuses a county or district the members do not come from, or the page does not know', () => {
    refuses([
      'Hvem i samarbeidsrådet kommer fra Nordland?',
      'Hvem i samarbeidsrådet kommer fra Sunnmøre?',
      'Hvilke medlemmer i samarbeidsrådet kommer fra Vestland?',
    ]);
  });
});

describe('whether a municipality sits in the council', () => {
  it('says yes by the member from there, and gives no yes from the list of municipalities taking part', () => {
    expect(shown('Er Orkland med i samarbeidsrådet?').text).toMatch(/^Ja: «Bjørn Buan \(Orkland kommune\)»/);
    expect(shown('Er Steinkjer med i samarbeidsrådet?').text).toMatch(/^Ja: «Torunn Austheim/);
    for (const q of [
      'Er Bindal med i samarbeidsrådet?',
      'Er Bindal kommune representert i rådet?',
      'Is Bindal on the council?',
      'Is Bindal a member of the cooperation council?',
      'Er Bindal med i samarbeidsrådet, selv om kommunen ligger i Nordland?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Yes)/)]);
    // (Whether it takes part at all, the list of municipalities says.)
    expect(shown('Er Bindal med?').text).toMatch(/^Ja: «Bindal kommune i Nordland/);
  });
});

describe('what a member from a place is said to be, in a word the page does not have', () => {
  it('gives no yes from the list of members, and still says yes to the member of that place', () => {
    for (const q of ['Is the council member from Verdal a dentist?', 'Er rådsmedlemmet fra Verdal tannlege?'])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Yes)\b/u)]);
    expect(shown('Er det noen fra Verdal i samarbeidsrådet?').text).toMatch(/^Ja/u);
  });
});

describe('a municipality’s representative on the council, asked what they are', () => {
  it('reads the representative as the member for it, and says yes or no with the member’s role', () => {
    for (const q of [
      'Is the Molde representative the chief executive there?',
      'Is the Hareid representative leading SSIKT there?',
      'Er Hareid-representanten prosjektleiar for SSIKT?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Yes|Ja)\b/u)]);
    for (const q of ['Is the Molde representative a dentist?', 'Er Hareid-representanten rådmann?'])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Yes)\b/u)]);
  });
});

describe('who sits for a municipality on the council, asked in nynorsk with «som sit»', () => {
  it('says yes of its member and no of another, with the roles', () => {
    expect(shown('Er det Evelyn Haram Larsen som sit i rådet for Hareid?').text).toMatch(/^Ja\b.*Hareid/su);
    expect(shown('Er det Arne Sverre Dahl som sit for Hareid i rådet?').text).toMatch(
      /^Nei\b.*Evelyn Haram Larsen/su,
    );
    expect(shown('Er det Ola Skorstad som sit i samarbeidsrådet?').text).toMatch(/^Nei\b/u);
  });
});

describe('whether a municipality is represented on the council by one in a role', () => {
  it('answers yes or no with the role of its member', () => {
    for (const [q, verdict] of [
      ['Is Molde represented on the council by its chief municipal executive?', /^Yes\b.*Arne Sverre Dahl/su],
      ['Is Verdal represented in the cooperation council by its chief medical officer?', /^Yes\b.*Aunsmo/su],
      ['Is Verdal represented on the council by its chief municipal executive?', /^No\b.*Aunsmo/su],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(verdict)]);
  });
});
