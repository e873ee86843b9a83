import { answerer, refuses, shown, verdict } from '../support/question-answering';

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

  it('reads a tender as the procurement, and does not know who won it', () => {
    says([
      [
        'Was the tender carried out by Trondheim together with Helse Midt-Norge?',
        'Yes',
        'procurement project',
      ],
      ['Gjennomførte Trondheim anbudet sammen med Molde kommune?', 'Nei', 'Helse Midt-Norge RHF'],
    ]);
    refuses(['Who won the tender?', 'Which supplier won the procurement?']);
  });

  it('reads the liaison or partnership council as the cooperation council', () => {
    says([
      ['Does Arne Sverre Dahl sit on the liaison council?', 'Yes', 'Arne Sverre Dahl'],
      ['Is Helge Garåsen a member of the partnership council?', 'No', 'Helge Garåsen'],
    ]);
  });

  it('reads the right contact as the contact', () => {
    says([
      ['Is Ola Skorstad the correct press contact?', 'No', 'Tone Fagerholt'],
      ['Er Tone Fagerholt rett kontaktperson for media?', 'Ja', 'Kommunikasjonsansvarlig'],
      ['Is the communications person Elise Vesterhus?', 'No', 'Tone Fagerholt'],
      ['The comms person is Tone Fagerholt, right?', 'Yes', 'Communications lead'],
    ]);
  });

  it('reads a vote on something as the decision on it, of which only the date is said', () => {
    says([
      ['Is the vote on buying into the company going to be on 29 August?', 'Yes', 'On August 29'],
      ['Is the council vote on becoming part-owner on 12 September?', 'No', 'On August 29'],
      ['Er avstemningen om å kjøpe seg inn i Helseplattformen AS 29. aug.?', 'Ja', '29. august avgjør'],
    ]);
    // (Whether the municipality becomes a co-owner, the page leaves open.)
    expect(verdict('Will Trondheim buy into Helseplattformen AS on 29 August?')).not.toBe('Yes');
  });

  it('reads a short month as the month, and does not say a deadline was met', () => {
    says([
      ['Must the RHF present the benefits strategy by 1 Oct. 2018?', 'Yes', '01.10.2018'],
      ['Does the RHF have to present its strategy by 1 Sept 2018?', 'No', '01.10.2018'],
      ['Did the RHF have a deadline of 1 October 2018 for the strategy?', 'Yes', '01.10.2018'],
    ]);
    for (const q of [
      'Did the RHF get its benefits strategy presented before the 2018 deadline?',
      'Did Helse Midt-Norge deliver the strategy by the deadline in October 2018?',
    ])
      expect([q, verdict(q)]).toEqual([q, undefined]);
  });

  it('reads «the City of Trondheim» as Trondheim kommune', () => {
    says([
      ['Does the City of Trondheim coordinate the work with the other municipalities?', 'Yes', 'coordinates'],
      [
        'Is it the municipality of Molde that coordinates the work with the other municipalities?',
        'No',
        'Trondheim kommune',
      ],
    ]);
  });

  it('checks what someone said against the page when the asker asks whether the page says it', () => {
    says([
      ['Someone said the offices are on the third floor. Is that what the page says?', 'Yes', 'third floor'],
      [
        'A colleague said 800,000 inhabitants are affected. Is that what it says on the page?',
        'No',
        '720 000',
      ],
      ['Ein kollega sa at kontora ligg i andre etasje. Er det det sida seier?', 'Nei', 'tredje etasje'],
    ]);
    expect(answerer.answer('Is that what the page says?').kind).toBe('fallback');
  });
});
