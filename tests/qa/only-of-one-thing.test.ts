import { shown } from '../support/question-answering';

// «Er det bare …», «berre», «only»: a yes/no question that says something is so of one thing only, where the page says
// it of that thing and more («både … og», «alle», «hele», another place joined by «og», or other items of the same
// list), is answered no, with the sentence or the list that says the more. A question that asks which of two, or where
// «bare» says «just», gets no such no.

describe('a yes/no question that says something is so only of one thing', () => {
  it('says no with the sentence that says it of more', () => {
    for (const [q, line] of <[string, string][]>[
      ['Er oppfølgingen bare i programperioden?', 'Nei. Siden sier: «Tilrettelegge for oppfølging både'],
      [
        'Skal oppfølginga berre skje i programperioden?',
        'Nei. Sida seier: «Tilrettelegge for oppfølging både',
      ],
      [
        'Is the follow up only during the program period?',
        'No. The page says: “Make follow-up possible both',
      ],
      [
        'Does the strategy only look at the positive consequences?',
        'Create understanding of both positive and negative consequences',
      ],
      ['Kommer representantene i samarbeidsrådet bare fra Trondheim-området?', 'fra hele regionen'],
      ['Kjem representantane i samarbeidsrådet berre frå Trondheim-området?', 'fra hele regionen'],
      ['Kan bare fastlegene koble seg på?', 'Nei. Siden sier: «Alle kommuner og fastleger'],
      [
        'Var det bare Trondheim kommune som gjennomførte anskaffelsen?',
        'Nei. Siden sier: «Trondheim kommune og',
      ],
      ['Is the strategy only for Trondheim kommune?', 'No. The page says'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('says no with the sentence that says others of the same kind than the one place', () => {
    for (const q of [
      'Er det bare folk fra Trondheim i prosjektorganisasjonen til Helseplattformen, eller er andre kommuner også med?',
      'Er det bare ansatte fra Trondheim i Helseplattformens prosjektorganisasjon?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringContaining('Nei. Siden sier: «Andre kommuner i Midt-Norge'),
      ]);
    // (The line that names the place itself says of it, not of others: no such no.)
    expect(shown('Er det bare Trondheim som koordinerer arbeidet?').text).not.toContain('Nei');
  });

  it('says no when the sentence has every word but says it of both, in any of its languages', () => {
    for (const [q, start] of <[string, string][]>[
      ['Skal gevinstene bare følges opp i programperioden?', 'Nei. Siden sier: «Formålet'],
      ['Skal oppfølginga av gevinstane berre skje i programperioden?', 'Nei.'],
      ['Kan bare fastlegene koble seg på?', 'Nei. Siden sier: «Alle kommuner og fastleger'],
      ['Will benefits be followed up only after the programme period?', 'No'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(new RegExp(`^${start}`))]);
    expect(shown('Does the strategy only look at the positive consequences?').text).toMatch(/^No/);
    // («bare» of how, not of whom: they can just connect.)
    expect(shown('Kan fastlegene bare koble seg på?').text).toMatch(/^Ja\. Siden sier: «Alle/);
  });

  it('says no with the list that names others too', () => {
    for (const [q, line] of <[string, string][]>[
      ['Er det bare legevakten som får Helseplattformen?', 'Nei: «legevakt» står i listen'],
      ['Is only the out-of-hours clinic included?', 'along with 12 others'],
      ['Er det bare Molde som er med i samarbeidsrådet?', 'Nei: «Arne Sverre Dahl (Molde kommune)»'],
      ['Gjelder opsjonsavtalene bare kommunene i Trøndelag?', 'Nei'],
      [
        'er det berre kommunar i Trøndelag og Møre og Romsdal som er med, eller òg nokon andre?',
        'saman med 2',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
  });

  it('gives no such no where «bare» is in the second of two alternatives, or true of what the page says', () => {
    for (const [q, line] of <[string, string][]>[
      [
        'Kan fastlegene også koble seg på den nye løsningen, eller er den bare for kommunene?',
        'Ja. Siden sier',
      ],
      ['Skal oppfølgingen skje både i programperioden og etter?', 'Ja: «Tilrettelegge'],
      ['Kommer representantene i samarbeidsrådet fra hele regionen?', 'Ja. Siden sier'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(line)]);
    // ("… Møre og Romsdal too, or only from Trøndelag?" asks which: the council does have members from Møre og Romsdal.)
    const q = 'Does the cooperation council have members from Møre og Romsdal too, or only from Trøndelag?';
    expect(shown(q).text).not.toMatch(/^No\b/);
    // (Not of the list of services: the question is of who is trained.)
    expect(shown('Skal bare de ansatte på sykehjem få opplæring?').text).not.toContain('sammen med 12 andre');
    expect(
      shown('Er det berre Trondheim kommune som skal bidra i planen, utan opsjonskommunane?').text,
    ).not.toMatch(/^Nei: «Trondheim kommune» står/);
  });
});

describe('holding an agreement, said as having it', () => {
  it('reads "holds an option agreement" as "has an option agreement"', () => {
    expect(shown('Is it correct that only Trondheim kommune holds an option agreement?').text).toMatch(
      /^No.*option agreements/su,
    );
    expect(shown('Does Molde hold an option agreement?').text).toMatch(/^Yes.*Møre og Romsdal/su);
  });

  it('still refuses what the page does not say', () => {
    for (const q of ['Does Bergen hold an option agreement?', 'Does Ola Skorstad hold a meeting every week?'])
      expect([q, shown(q).answer.kind]).toEqual([q, 'fallback']);
  });
});
