import { shown, verdict } from '../support/question-answering';

// Yes/no questions that say what the page says in everyday words of their own get the verdict the page gives: an
// e-mail address for being reachable by e-mail, a tender for the procurement, a vote on something for the decision on
// it, «the City of Trondheim» for Trondheim kommune. What the page leaves open (whether a deadline was met) gets none.

/** Each question opens with the verdict, and the card shows what the page says (the value names the question). */
function says(cases: [string, string, string][]): void {
  for (const [q, yes, line] of cases)
    expect([q, verdict(q), shown(q).text]).toEqual([q, yes, expect.stringContaining(line)]);
}

describe('yes/no questions in everyday words of the page', () => {
  it('reads having an e-mail address as being reachable by e-mail, by the address of the one named', () => {
    says([
      ['Has the project office got an e-mail address of its own?', 'Yes', 'can be reached by e-mail'],
      ['Har prosjektkontoret ei e-postadresse?', 'Ja', 'kan nås på e-post'],
      ['Does Elise Vesterhus have an e-mail address?', 'Yes', 'elise-b.vesterhus@trondheim.kommune.no'],
      ['Can Tone Fagerholt be reached by e-mail?', 'Yes', 'tone.fagerholt@trondheim.kommune.no'],
    ]);
  });

  it('gives what the one asked is said to have, with no verdict', () => {
    for (const [q, line] of <[string, string][]>[
      ['Har dere e-postadressen til lederen av prosjektkontoret?', 'elise-b.vesterhus@trondheim.kommune.no'],
      ['Do you have the e-mail address of the person heading the project office?', 'elise-b.vesterhus@'],
      ['Har du nummeret til Tone Fagerholt?', '481 61 844'],
    ])
      expect([q, verdict(q), shown(q).text]).toEqual([q, undefined, expect.stringContaining(line)]);
  });
});
