import { answerer, refuses, shown } from '../support/question-answering';

// The page gives its lists in an order the knowledge base keeps: the members of the cooperation council, the services
// of Trondheim kommune, the subprojects. Asked who or which stands first or last in one of them, the bot answers
// with that item; asked what the page does not say (who was first to lead, who joined last), it does not.

describe('the first or the last item of a list', () => {
  it('answers with the item in the page’s order, in bokmål, nynorsk and English', () => {
    const cases: [string, RegExp][] = [
      ['Hvem står sist på medlemslista i Samarbeidsrådet?', /^Sist i listen «Samarbeidsrådet.*Vigdis Bolås/],
      ['Hvem står først på medlemslista i Samarbeidsrådet?', /Arne Ingebrigtsen/],
      ['Kven står sist på lista over medlemmar i samarbeidsrådet?', /^Sist i lista .*Vigdis Bolås/],
      ['Who is listed last among the members of the council?', /^Last in the list .*Vigdis Bolås/],
      ['Who is mentioned first in the list of council members?', /Arne Ingebrigtsen/],
      [
        'Hvilket team nevnes sist i lista over tjenester som blir med i Trondheim',
        /helse- og overdoseteamet/,
      ],
      ['Kva teneste står sist i lista over tenester i Trondheim?', /helse- og overdoseteamet/],
      ['Hvilken tjeneste står først i lista over tjenester i Trondheim?', /«hjemmetjeneste»/],
      ['Hvilket delprosjekt nevnes først i lista over delprosjekter?', /«Funksjonalitet»/],
    ];
    for (const [q, expected] of cases)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(expected)]);
  });

  it('reads «medlemslista» as the list of members', () => {
    expect(shown('Hvem står på medlemslista til samarbeidsrådet?').text).toMatch(/Torunn Austheim/);
  });

  it('answers the item at a place counted from the top, by a number or an ordinal, and reads no phone number in it', () => {
    for (const [q, start] of <[string, RegExp][]>[
      ['Hvem er nummer to på medlemslista til samarbeidsrådet?', /^Nummer 2 i listen .* «Arne Sverre Dahl»/u],
      [
        'Kven står som nummer tre i lista over medlemene i samarbeidsrådet?',
        /^Nummer 3 i lista .* «Evelyn Haram Larsen»/u,
      ],
      ['Who is third on the list of council members?', /^Number 3 in the list .* “Evelyn Haram Larsen”/u],
      ['Hvilket delprosjekt står som nummer to i lista?', /^Nummer 2 i listen .* «Teknisk»/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(start)]);
    // (A place the list does not have: the council has nine members.)
    expect(shown('Hvem er nummer ti på medlemslista til samarbeidsrådet?').text).not.toMatch(/^Nummer/u);
    expect(shown('Hva er telefonnummeret til Tone?').text).toContain('481 61 844');
  });

  it('says nothing of first or last that the page does not give', () => {
    expect(shown('Hvem var den første lederen av samarbeidsrådet?').text).not.toMatch(/^Først i list/);
    expect(shown('Hvem ble med sist i samarbeidsrådet?').text).not.toMatch(/^Sist i list/);
    expect(
      answerer.answer('Står Vigdis Bolås sist på lista over medlemmer i samarbeidsrådet?').direct?.type,
    ).not.toBe('position');
    refuses([
      'Hvem står sist på lista over medlemmer i fagrådet?',
      'Hvem står sist på medlemslista til ledergruppen?',
      'Når ble siden sist oppdatert?',
      'Hvem var sist i møte med prosjektkontoret?',
    ]);
  });
});

describe('which comes first, of what the page gives no order', () => {
  it('refuses who or which goes first or last, in English, bokmål and nynorsk', () => {
    refuses([
      'Which municipality in Møre og Romsdal will go live first?',
      'Hvilken kommune i Møre og Romsdal tar i bruk Helseplattformen først?',
      'Kva kommune i Trøndelag startar fyrst?',
      'Which service in Trondheim gets the system first?',
    ]);
  });

  it('refuses it also with what it comes after or before said after it', () => {
    refuses([
      'Kva kommune skal ta i bruk Helseplattformen først etter Trondheim?',
      'Hvilken kommune tar i bruk Helseplattformen først etter Trondheim?',
      'Which municipality will use Helseplattformen first after Trondheim?',
      'Hvilken tjeneste får systemet sist før sommeren?',
    ]);
  });

  it('still answers the first or last of a list, and what the page says comes first', () => {
    for (const [q, said] of [
      ['Who is listed first among the members of the council?', 'Arne Ingebrigtsen'],
      ['Hvem står sist på medlemslista i Samarbeidsrådet?', 'Vigdis Bolås'],
      ['Kva skal gevinstarbeidet konsentrere seg om først?', 'metode'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(said!)]);
  });
});
