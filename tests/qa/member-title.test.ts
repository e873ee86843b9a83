import { shown } from '../support/question-answering';

// «Er det rådmannen i Verdal som sit i samarbeidsrådet?»: the member from Verdal is the municipal chief medical officer;
// a title only others on the page have is no, with her role, even though Verdal is on the list of members.

describe('a member named by place and given another title', () => {
  it('says no with the member’s own role', () => {
    for (const q of [
      'Er det rådmannen i Verdal som sit i samarbeidsrådet?',
      'Er det rådmannen i Verdal som sitter i samarbeidsrådet?',
      'Is Verdal represented on the council by its chief executive?',
    ]) {
      const text = shown(q).text;
      expect([q, /^(Nei|No)\./.test(text), /Kommuneoverlege|chief medical officer/.test(text)]).toEqual([
        q,
        true,
        true,
      ]);
    }
  });

  it('still says yes of a title the member has, or of the place alone', () => {
    for (const q of [
      'Er det kommuneoverlegen i Verdal som sitter i samarbeidsrådet?',
      'Er det rådmannen i Molde som sitter i samarbeidsrådet?',
      'Er Verdal med i samarbeidsrådet?',
      'Sitter det en rådmann fra Steinkjer i samarbeidsrådet?',
      // (A word of what else a role says, «med på bildet», is no title.)
      'er malvik me i samarbeidsrådet? syns jeg så rådmannen vår på et bilde',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja/)]);
  });
});

describe('a member named by place and given a title only one other person has', () => {
  it('says no with the member’s role, and shows who has the title', () => {
    const text = shown(
      'Er det korrekt at Steinkjer kommune representeres i Samarbeidsrådet ved kommuneoverlegen?',
    ).text;
    expect(text).toMatch(/^Nei\. Rollen til Torunn Austheim/);
    expect(text).toContain('Ragnhild Holmberg Aunsmo har rollen «Kommuneoverlege');
  });
});
