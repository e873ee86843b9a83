import { refuses, shown } from '../support/question-answering';

describe('where «their offices» are, of what the sentence before names', () => {
  it('answers with the address of the project the sentence before names', () => {
    for (const q of [
      "As a GP in Trondheim I'm invited to a meeting with the implementation project. What is the street address of their offices?",
      "I'm invited to a meeting with the implementation project. What is the street address of their offices?",
      'Skal i møte med innføringsprosjektet neste uke. Hvor ligger kontorene deres?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text]).toEqual([q, 'answer', expect.stringContaining('Bispegata 9')]);
    }
  });

  it('refuses where of what the page places nowhere, or of what it does not name', () => {
    refuses([
      'We are meeting Teknisk next week. Where are their offices?',
      "I'm invited to a meeting with the cooperation council. What is the street address of their offices?",
      'Skal i møte med Bergen kommune. Hva er adressen til kontoret deres?',
    ]);
  });

  it('refuses «kontoret deres» of a council, which has no office on the page, though «kontoret» alone is found', () => {
    refuses([
      'Skal i møte med samarbeidsrådet. Hvor ligger kontoret deres?',
      'Vi skal møte samarbeidsrådet. Kva er adressa til kontoret deira?',
      'We are meeting the cooperation council. Where is their office?',
      'Skal i møte med fagrådet. Hvor ligger kontoret deres?',
    ]);
    const q = 'Skal på besøk til prosjektkontoret neste uke. Hvor ligger kontoret deres?';
    expect(shown(q).text).toContain('Bispegata 9');
    expect(shown("bjørn buan – what's his role and where?").text).toContain('Orkland');
  });
});

describe('who leads what the sentence before names, asked with a word pointing back', () => {
  it('answers with its lead, however the asker says why they go there', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Jeg skal levere noen papirer til prosjektkontoret, hvem er sjefen der?', 'Elise B. Vesterhus'],
      ['Skal på besøk til prosjektkontoret neste uke. Hvem er sjefen der?', 'Elise B. Vesterhus'],
      ['Skal på besøk til Teknisk neste uke. Hvem leder det?', 'Anne Amdal Storsve'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(new RegExp(`^${lead}`, 'u'))]);
  });

  it('still refuses who leads a place the page does not name, and whom to call about an errand', () => {
    refuses([
      'Heisen i bygget står fast, hvem er sjefen der?',
      'Jeg skal på kino i kveld. Hvem er sjefen der?',
      'Heisen i bygget står fast, hvem ringer jeg?',
    ]);
  });
});

describe('the lead of the kind of thing the sentence before names, asked with «der»', () => {
  it('answers with the lead of the subproject the sentence before names, by its name or what it is about', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Skal ha møte om Teknisk. Hvem er delprosjektleder der?', 'Anne Amdal Storsve'],
      ['Eg skal ha eit møte om gevinstar. Kven er delprosjektleiar der?', 'Øyvind Tanum'],
      ['Skal ha møte om opplæringa. Kven er delprosjektleiar der?', 'May Liz Bjørnevik Tho'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(new RegExp(`^${lead}`, 'u'))]);
  });

  it('answers the lead of what the sentence before names by a verb and its particle («læres opp»)', () => {
    for (const q of [
      'Skal ha møte om hvordan folk skal læres opp. Hvem styrer den delen?',
      'Skal ha personalmøte neste uke om hvordan folk skal læres opp i det nye systemet. Hvem er det som styrer den delen?',
      'I have a meeting about how staff will be trained. Who is in charge of that part?',
    ])
      expect([q, shown(q).text.includes('May Liz Bjørnevik Tho')]).toEqual([q, true]);
    refuses(['Skal ha møte om hvordan folk skal lære å lage kaffe. Hvem styrer den delen?']);
  });

  it('answers both questions of one sentence when the second asks «der» of what the first names', () => {
    for (const q of [
      'Hvor ligger prosjektkontoret og hvem er sjefen der?',
      'kor sit prosjektkontoret og kven e sjefen der',
    ]) {
      const text = shown(q).text;
      expect([q, text.includes('Bispegata 9'), text.includes('Elise B. Vesterhus')]).toEqual([q, true, true]);
    }
  });

  it('still refuses a subproject lead of what has none', () => {
    refuses([
      'Skal ha møte om kantina. Hvem er delprosjektleder der?',
      'Skal ha møte om bystyret. Hvem er delprosjektleder der?',
      'Skal ha møte om samarbeidsrådet. Hvem er delprosjektleder der?',
      'Jeg jobber på legevakten. Hvem er leder der?',
    ]);
  });
});

describe('a dash after the asker’s own sentence', () => {
  it('reads it as the end of that sentence, and answers the question after it of what the sentence names', () => {
    for (const [q, said] of <[string, string][]>[
      ["I'm visiting the project office in Bispegata next week – which floor is it on?", '3. etasje'],
      ['Skal på besøk til prosjektkontoret neste uke – hvilken etasje er det i?', '3. etasje'],
      ['Eg skal på møte hos prosjektkontoret på torsdag – kva etasje er det i?', '3. etasje'],
      ['We have a meeting with Teknisk next week – who leads it?', 'Anne Amdal Storsve'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(said)]);
  });

  it('still reads what a dash sets first as the topic, and refuses what the page does not name', () => {
    refuses([
      "I'm visiting the Bergen project office next week – which floor is it on?",
      'Tannlegen – får de Helseplattformen?',
      'Apotekene – skal de også bruke Helseplattformen?',
    ]);
  });
});
