import { answerer, people, refuses, shown } from '../support/question-answering';

// The council and its members asked of in the words of Trøndelag and Møre og Romsdal and in everyday speech: «fleire
// kommunar enn …», «ka for en kar», «kva eining leiar …», «e det rætt?», «passe på at kommunane blir høyrde».

describe('the council asked of in dialect and everyday words', () => {
  it('lists the members other than those of the municipalities held out after «fleire … enn»', () => {
    for (const q of [
      'Kva fleire kommunar enn Kristiansund og Molde er med i samarbeidsrådet? Rams opp nokre.',
      'Hvilke flere kommuner enn Kristiansund og Molde sitter i samarbeidsrådet?',
      'Which more municipalities than Kristiansund and Molde are on the council?',
    ]) {
      const named = people(q);
      expect([q, named]).toEqual([q, expect.arrayContaining(['Carl-Jacob Midttun', 'Bjørn Buan'])]);
      expect([q, named]).toEqual([q, expect.not.arrayContaining(['Arne Sverre Dahl', 'Arne Ingebrigtsen'])]);
    }
  });

  it('holds out each municipality joined by «og» after «andre … enn», «utenom»', () => {
    const named = people('Hvilke kommuner utenom Molde og Verdal er med i samarbeidsrådet?');
    expect(named).toContain('Bjørn Buan');
    expect(named).not.toContain('Arne Sverre Dahl');
    expect(named).not.toContain('Ragnhild Holmberg Aunsmo');
  });

  it('reads a number after «flere … enn» as a count, not as something held out', () => {
    expect(shown('Har samarbeidsrådet flere enn 10 medlemmer?').text).toMatch(/^Nei/);
  });

  it('reads «en kar», «ein kar» and «which guy» as a person', () => {
    for (const q of [
      'Ka for en kar fra Orkland e med i samarbeidsrådet, og ka jobb har han?',
      'Kva for ein kar frå Orkland sit i samarbeidsrådet?',
      'Which guy from Orkland is on the council?',
    ])
      expect([q, people(q)]).toEqual([q, ['Bjørn Buan']]);
  });

  it('answers which unit someone leads with the role that says it', () => {
    for (const q of [
      'Kva for ei eining leiar Bjørn Buan, og i kva kommune?',
      'Hvilken avdeling leder Bjørn Buan?',
      'Which unit does Bjørn Buan head?',
    ]) {
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('SiO')]);
    }
  });

  it('reads «rætt» as «rett» in a tag asking whether a claim is so', () => {
    expect(shown('Torunn Austheim e rådmann i Levanger, e det rætt?').text).toMatch(/^Nei.*Steinkjer/);
    expect(shown('Torunn Austheim e rådmann i Steinkjer, e det rætt?').text).toMatch(/^Ja/);
  });

  it('reads that the municipalities are heard as their interests looked after', () => {
    for (const q of [
      'Hvem er sjef for den gruppa som skal passe på at kommunene utenfor Trondheim blir hørt?',
      'Kven leiar gruppa som skal sørgje for at kommunane utanfor Trondheim blir høyrde?',
    ])
      expect([q, people(q)]).toEqual([q, ['Arne Ingebrigtsen']]);
  });
});

describe('near misses of the council asked in dialect', () => {
  it('refuses what the page does not say, however it is asked', () => {
    refuses([
      'Kva fleire kommunar enn Kristiansund og Molde er med i styringsgruppa?',
      'Ka for en kar fra Bindal e med i samarbeidsrådet?',
      'Which guy from Oslo is on the council?',
      'Hvilken avdeling kommer Bjørn Buan fra?',
      'Hvilken avdeling leder Torunn Austheim?',
      'E det rætt at kantina stenger klokka tre?',
      'Hvem sørger for at barna blir hørt?',
    ]);
  });
});
