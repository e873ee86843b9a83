import { people, refuses, shown } from '../support/question-answering';

// The members of a named body picked out by their role or municipality: the list, the count, or the one.

const RADMENN = [
  'Arne Ingebrigtsen',
  'Arne Sverre Dahl',
  'Karl Audun Fagerli',
  'Carl-Jacob Midttun',
  'Torunn Austheim',
  'Vigdis Bolås',
];

describe('members of a body picked out by role or place', () => {
  it('lists the members with a title, however the title is written', () => {
    for (const q of [
      'Which council members are chief municipal executives (rådmann)?',
      'Kven i samarbeidsrådet er rådmann?',
      'Hvilke av medlemmene i samarbeidsrådet er rådmenn?',
    ])
      expect([q, people(q)]).toEqual([q, RADMENN]);
  });

  it('counts them, a title in brackets beside the question', () => {
    expect(shown('How many of the council members are rådmann (chief municipal executive)?').text).toContain(
      '6 of the members',
    );
  });

  it('finds the one member of a municipality or with a role, asked in other words', () => {
    const asked: [string, string][] = [
      ['Who sits on the cooperation council on behalf of Lierne?', 'Karl Audun Fagerli'],
      ['Kven sit i samarbeidsrådet på vegner av Verdal?', 'Ragnhild Holmberg Aunsmo'],
      ['Which council member heads the administration of Malvik?', 'Carl-Jacob Midttun'],
      ['Hvem i rådet leder administrasjonen i Steinkjer?', 'Torunn Austheim'],
      [
        'The only public health doctor on the council comes from which municipality?',
        'Ragnhild Holmberg Aunsmo',
      ],
    ];
    for (const [q, name] of asked) expect([q, people(q)]).toEqual([q, [name]]);
  });

  it('lists the members who do not have a title, asked with a negation or «other than», and all members asked for all', () => {
    for (const q of [
      'Hvem i samarbeidsrådet er ikke rådmann?',
      'Kven i samarbeidsrådet er ikkje rådmann?',
      'Hvilke medlemmer av samarbeidsrådet har en annen tittel enn rådmann?',
      'Which members of the council have a title other than rådmann?',
      'Which of the council members are not chief executives (rådmenn)? Name them.',
      'Hvem er med i samarbeidsrådet utenom rådmennene?',
    ])
      expect([q, people(q)]).toEqual([q, ['Evelyn Haram Larsen', 'Ragnhild Holmberg Aunsmo', 'Bjørn Buan']]);
    expect(shown('Hvor mange i samarbeidsrådet er ikke rådmenn?').text).toContain('3');
    expect(shown('Kan du liste opp alle medlemane i samarbeidsrådet?').text).toContain('Evelyn Haram Larsen');
  });

  it('still refuses members who are not from a place no member is from', () => {
    refuses(['Hvem i samarbeidsrådet er ikke fra Trondheim?']);
  });

  it('lists all nine members, the chair too, when asked with nynorsk «medlemene»/«medlemer»', () => {
    for (const q of [
      'Eg er journalist i lokalavisa på Sunnmøre. Kven er medlemene i Samarbeidsrådet for opsjonskommunane?',
      'Kven er medlemene i samarbeidsrådet?',
      'Kven er medlemer i samarbeidsrådet?',
    ]) {
      const { text } = shown(q);
      expect([q, text]).toEqual([q, expect.stringContaining('Arne Ingebrigtsen')]);
      expect([q, text]).toEqual([q, expect.stringContaining('Vigdis Bolås')]);
    }
    expect(shown('Kor mange medlemer har samarbeidsrådet?').text).toContain('9');
  });

  it('still refuses a role no member has and an organisation only mentioned', () => {
    refuses(['Hvem er nestleder i samarbeidsrådet?', 'Who leads KS Trøndelag?']);
  });

  it('finds the member whose title ends with the word asked, and one picked out rather than another', () => {
    const asked: [string, string][] = [
      ['Who is the doctor in the council for option municipalities?', 'Ragnhild Holmberg Aunsmo'],
      ['Hvem er legen i samarbeidsrådet?', 'Ragnhild Holmberg Aunsmo'],
      ['Hvem i samarbeidsrådet er prosjektleder heller enn rådmann?', 'Evelyn Haram Larsen'],
    ];
    for (const [q, name] of asked) expect([q, people(q)]).toEqual([q, [name]]);
  });

  it('still refuses a title that ends no member title', () => {
    refuses(['Hvem er sekretær i samarbeidsrådet?', 'Who is the nurse on the council?']);
  });

  it('holds out every alternative joined by «or» after «rather than»', () => {
    const q = 'Hvem i samarbeidsrådet er prosjektleder heller enn rådmann eller kommuneoverlege?';
    expect(people(q)).toEqual(['Evelyn Haram Larsen']);
    const english = 'Which council member is a project manager rather than a chief executive or a doctor?';
    expect(shown(english).text).toContain('Evelyn Haram Larsen');
  });

  it('answers whether there is a member with a title by saying yes and who', () => {
    for (const q of [
      'Er det en lege i samarbeidsrådet?',
      'Is there a doctor on the council?',
      'Er det nokon kommuneoverlege med i samarbeidsrådet, og kva kommune er ho i so fall frå?',
    ]) {
      const text = shown(q).text;
      expect([q, /^(Ja|Yes)/.test(text) || text.includes('Verdal')]).toEqual([q, true]);
      expect([q, people(q)]).toEqual([q, ['Ragnhild Holmberg Aunsmo']]);
    }
    refuses(['Er det noen sykepleier i samarbeidsrådet?']);
  });

  it('counts the members of the council without those only on the photo, said after a comma', () => {
    for (const q of [
      'number of people in samarbeidsrådet, not counting the ones only on the photo',
      'hvor mange sitter i samarbeidsrådet, utenom de som bare er med på bildet?',
      'kor mange sit i samarbeidsrådet, ikkje medrekna dei som berre er med på biletet?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/\b9 (members|medlemmer|medlemer)/u)]);
  });
});

describe('the members of a body besides its leader', () => {
  it('leaves out only the body’s own leader, not a member who leads something else', () => {
    for (const q of [
      'Hvor mange er med i samarbeidsrådet, utenom lederen?',
      'Hvor mange medlemmer har samarbeidsrådet utenom lederen?',
      'Kor mange medlemer har rådet utanom leiaren?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Antall|Tal): 8 /)]);
    const text = shown('Hvem sitter i samarbeidsrådet utenom lederen?').text;
    expect(text).toContain('Bjørn Buan');
    expect(text).not.toContain('Arne Ingebrigtsen:');
  });
});
