import { answerer, shown, people, refuses } from '../support/question-answering';

// Questions typed fast on a phone: the common abbreviations of health and municipal staff («hp», «trd», «ifht»,
// «tlf») and words cut short («delprosj», «hjemmetj»). Each is read as what it stands for; an abbreviation does not
// make a question about something the page does not hold answerable.

describe('abbreviations staff write in a hurry', () => {
  it('reads «hp» as Helseplattformen and «trd», «tr.heim» as Trondheim', () => {
    expect(shown('er legevakta i trd med i hp').text).toContain('legevakt');
    expect(shown('har tr.heim kommune egne sider på nett om hp').answer.kind).toBe('answer');
    expect(answerer.answer('hvem tok bildet i delen om trd kommune').kind).toBe('answer');
  });

  it('reads «HMN» as Helse Midt-Norge, and a claim with it gets the verdict the full name gets', () => {
    expect(shown('trondheim kommune og HMN gjorde anskaffelsen sammen, ikke sant').text).toMatch(/^Ja/u);
    expect(shown('Gjennomførte Trondheim kommune anskaffelsen sammen med HMN?').text).toMatch(/^Ja/u);
    expect(
      shown('Gjorde Trondheim anskaffelsen sammen med St. Olavs hospital i stedet for HMN?').text,
    ).not.toMatch(/^Ja/u);
  });

  it('reads «TK» as Trondheim kommune, for its services and staff, and refuses what the page does not say of it', () => {
    for (const q of [
      'hvilke tjenester i TK skal over på det nye felles pasientjournalsystemet',
      'Kva tenester i TK tek i bruk Helseplattformen?',
      'Which services in TK will use the new record system?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('fengselshelsetjeneste')]);
    expect(shown('Kor mange tilsette i TK får nytt arbeidsverktøy?').text).toContain('7000');
    refuses(['Hvem er ordfører i TK?', 'Hvor mange sykehjemsplasser har TK?']);
  });

  it('reads «ifht», «el», «tekn» and «fysio» as the words they shorten', () => {
    expect(people('hvem er ansv for opplæring ifht hp i kommunen')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('kven er ansv for opplæringa ifht hp')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('hvem er ansv for tekn delprosj')).toEqual(['Anne Amdal Storsve']);
    expect(shown('hvor mange innb i midt-norge berøres').text).toContain('720 000');
    expect(people('hvem er pl for hp i trd')).toEqual(['Ola Skorstad']);
    expect(people('hvem er dpl for opplæring')).toEqual(['May Liz Bjørnevik Tho']);
    expect(shown('er fysio med i hp i tr.heim el bare sykehjem osv').text).toContain('fysioterapi');
  });
});

describe('the dot after an abbreviation', () => {
  it('ends no sentence when a lower-case word follows', () => {
    expect(people('hvem er ansv. for opplæring')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('hvem er ansv. for tekn.')).toEqual(['Anne Amdal Storsve']);
    expect(people('hvem er delprosj. leder for gevinstreal.')).toEqual(['Øyvind Tanum']);
  });

  it('keeps the question as asked in the answer', () => {
    expect(answerer.answer('hvem er ansv. for opplæring').question).toBe('hvem er ansv. for opplæring');
  });

  it('still refuses what the page does not hold', () => {
    refuses(['hvem er ansv. for kantina', 'hvem er ansv. for lønn i trd']);
  });
});

describe('a message typed without a question mark', () => {
  it('asks with the sentence a question word opens', () => {
    expect(people('jeg jobber på sykehjem. hvem leder prosjektet')).toEqual(['Ola Skorstad']);
    expect(people('jeg er sykepleier i hjemmetj. hvem er ansv for opplæring')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    expect(shown('skal på møte der i morgen. hvor sitter prosjektkontoret').text).toContain('Bispegata 9');
  });

  it('still refuses what the page does not hold', () => {
    refuses(['jeg jobber på sykehjem. hvem leder kantina', 'skal på møte i morgen. hvor kan jeg parkere']);
  });
});

describe('words cut short', () => {
  it('reads a word cut short as the one word of the page it starts', () => {
    expect(shown('hvilke delprosj er innføringa i trd delt i').text).toContain('Gevinstrealisering');
    expect(people('hvem leder delprosj gevinstreal')).toEqual(['Øyvind Tanum']);
    expect(people('hvem er leder for prosjektkont.')).toEqual(['Elise B. Vesterhus']);
    expect(shown('kommer helsehuset og hjemmetj inn under dette').text).toContain('hjemmetjeneste');
    expect(shown('fikk helsestasjon og skolehelsetj også nytt system').text).toContain('skolehelsetjenesten');
  });

  it('reads the everyday «gjeng» as a team', () => {
    expect(shown('hvor sitter prosjektgjengen adresse').text).toContain('Bispegata 9');
    expect(shown('hvor holder prosjektgjengen til').text).toContain('Bispegata 9');
  });

  it('leaves a word of the language as it is, even when it starts a word of the page', () => {
    refuses(['Når går toget til Oslo?']);
  });
});

describe('an abbreviation of several words, written with dots between them', () => {
  it('reads «komm.dir.» as kommunaldirektør', () => {
    for (const q of [
      'Hvem er komm.dir. for helse og velferd i Trondheim?',
      'Hvem er komm.dir for helse og velferd?',
      'kven er kommdir for helse og velferd',
    ])
      expect([q, people(q)]).toEqual([q, ['Helge Garåsen']]);
    refuses(['Hvem er komm.dir. for kultur i Trondheim?']);
  });
});

describe('what the page does not hold, asked in short forms', () => {
  it('still refuses it', () => {
    refuses([
      'hvem er ansv for kantina ifht hp',
      'hvem er ansv for parkeringa i trd',
      'hvem er ansv for lønn ifht hp',
      'blir lønnssyst byttet ut',
      'tlf til line kristoffersen',
      'Do we use HP printers in the office?',
    ]);
  });
});

describe('a compound whose last part is cut short', () => {
  it('reads it as the word before and the word its last part starts', () => {
    for (const q of [
      'hvem leder opplæringsdelprosj i trondheim? trenger navn asap',
      'kven leiar opplæringsdelprosj.?',
    ])
      expect([q, people(q)]).toEqual([q, ['May Liz Bjørnevik Tho']]);
    expect(shown('hvilke tjen. i trondheim blir med i den nye journalen?').text).toContain(
      'skolehelsetjenesten',
    );
  });

  it('leaves whole compounds as they are', () => {
    expect(shown('er sykehjemsplassene med?').text).toMatch(/^Ja/);
    refuses(['hvem leder lønnsdelprosj?']);
  });
});
