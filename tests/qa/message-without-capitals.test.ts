import { refuses, shown } from '../support/question-answering';

describe('a message typed without a single capital letter', () => {
  it("reads the page's people and places in it as the names they are", () => {
    const claim = shown('er det sant at arne sverre dahl er rådmann i ålesund?').text;
    expect(claim).toMatch(/^Nei/);
    expect(claim).toContain('Molde');
    expect(shown('kven er torunn austheim').text).toContain('Steinkjer');
    expect(shown('is carl-jacob midttun the chief executive of melhus?').text).toMatch(/^No/);
    expect(
      shown('in the minutes from a regional meeting the name arne ingebrigtsen comes up. who is he?').text,
    ).toContain('Kristiansund');
  });

  it("reads the page's names of several words as written there, an everyday word in them too", () => {
    for (const [q, expected] of <[string, string][]>[
      ['which body decides whether trondheim becomes a part-owner of helseplattformen as', '29. august'],
      ['stemmer det at bystyret avgjør deleierskapet i helseplattformen as 1. oktober', 'Nei'],
      ['kva skjer med deleigarskapet i helseplattformen as', 'bystyre'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
    refuses(['what does helseplattformen as cost the municipality']);
    // (Not the English «as» when the sentence goes on after it.)
    const staff = 'how many trondheim staff will get helseplattformen as a new work tool';
    expect([staff, shown(staff).text]).toEqual([staff, expect.stringContaining('7000')]);
  });

  it("reads the page's short forms as written there", () => {
    refuses(['hva står sio for?', 'hva står ssikt for', 'kva står rhf for?']);
  });

  it('refuses places and organisations the page does not know, as when typed with capitals', () => {
    refuses([
      'kva skjer med byggeprosjektet for nytt helsehus på nidarvoll?',
      'is there anyone from namsos among the council members, and if so, who?',
      'hvem representerer bindal kommune i samarbeidsrådet?',
    ]);
  });

  it('reads a letter of several sentences in lower case as one typed with capitals', () => {
    expect(
      shown(
        'hei! eg er controller i kommunen. kven leiar delprosjektet for gevinstrealisering? helsing vegard',
      ).text,
    ).toContain('Øyvind Tanum');
    expect(
      shown('hei. eg vil sende ein e-post til tone fagerholt. kva er adressa hennar? helsing kristin').text,
    ).toContain('tone.fagerholt@trondheim.kommune.no');
  });
});

describe('a sentence about where the asker works, before a question that opens «Hvem er det som …»', () => {
  it('is who asks, not what is asked: «det som» points forward', () => {
    for (const q of [
      'Fysio i Vestnes. Hvem er det som bistår med oppsettet av journalløsningen faglig?',
      'fysio i vestnes. hvem er det som bistår med oppsettet av journalløsningen faglig?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('fagområder')]);
    expect(shown('Sykepleier i Aukra. Hvem er det som leder opplæringen?').text).toContain(
      'May Liz Bjørnevik Tho',
    );
  });
});

describe('a search that opens with a name of the page that is also a common word', () => {
  it('takes the capital of its first word for the capital of a sentence, not of a name', () => {
    refuses(['Opplæring brannvern for ledere', 'opplæring brannvern for ledere']);
    expect(shown('Hvem leder Opplæring for sykepleiere?').text).toContain('May Liz Bjørnevik Tho');
  });
});
