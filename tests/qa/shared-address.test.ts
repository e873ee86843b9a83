import { answerer, refuses, shown } from '../support/question-answering';

// Whether there is a shared (common, generic) e-mail address: a unit's address is one, a person's is their own.

const OFFICE = 'helseplattformen.helseogvelferd@trondheim.kommune.no';

/** The summary line the user reads first. */
const first = (q: string) => shown(q).text.split('\n')[0]!;

describe('a shared e-mail address asked of', () => {
  it('the project office: yes, with its address, in bokmål, nynorsk and English', () => {
    for (const [q, verdict] of <[string, string][]>[
      ['Har prosjektkontoret en felles epostadresse?', 'Ja.'],
      [
        'Finnes det en felles e-postadresse til prosjektkontoret, eller må jeg sende til enkeltpersoner?',
        'Ja.',
      ],
      ['Finnes det en felles e-postadresse til prosjektkontoret, ikke til en enkeltperson?', 'Ja.'],
      ['Har prosjektkontoret en delt e-postadresse?', 'Ja.'],
      ['Har prosjektkontoret ein fellespostkasse?', 'Ja.'],
      [
        'Finst det ei felles e-postadresse til prosjektkontoret, eller må eg sende til einskildpersonar?',
        'Ja.',
      ],
      ['Er det sant at prosjektkontoret kan nåast på ei felles e-postadresse?', 'Ja.'],
      ['Does the project office have a common e-mail address?', 'Yes.'],
      ['Is there a generic email for the project office?', 'Yes.'],
      ['Does the project office have a general mailbox?', 'Yes.'],
      [
        'Is there a shared email address for the project office, or do I have to write to individuals?',
        'Yes.',
      ],
    ])
      expect([q, first(q).startsWith(verdict), first(q).includes(OFFICE)]).toEqual([q, true, true]);
  });

  it('the project office rather than one person: yes, with its address, in English, bokmål and nynorsk', () => {
    for (const [q, verdict] of <[string, string][]>[
      ['Is there a shared mailbox for the project office rather than an individual person?', 'Yes.'],
      ['Is there a shared mailbox for the project office rather than writing to a single person?', 'Yes.'],
      ['Har prosjektkontoret en felles e-postadresse i stedet for en personlig?', 'Ja.'],
      ['Finnes det en felles e-postadresse til prosjektkontoret heller enn å skrive til én person?', 'Ja.'],
      ['Har prosjektkontoret ei felles e-postadresse i staden for ei personleg?', 'Ja.'],
    ])
      expect([q, first(q).startsWith(verdict), first(q).includes(OFFICE)]).toEqual([q, true, true]);
    for (const q of [
      'Har Tone Fagerholt en felles e-postadresse i stedet for en personlig?',
      'Does the project office have a shared phone number rather than an individual one?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
    refuses(['Is Elise the head of the project office rather than of the canteen?']);
  });

  it('a person: their own address, with no yes', () => {
    for (const [q, email] of <[string, string][]>[
      ['Har Tone Fagerholt en felles e-postadresse?', 'tone.fagerholt@trondheim.kommune.no'],
      ['Har Elise B. Vesterhus ei felles e-postadresse?', 'elise-b.vesterhus@trondheim.kommune.no'],
      ['Does Tone Fagerholt have a shared mailbox?', 'tone.fagerholt@trondheim.kommune.no'],
    ]) {
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(email)]);
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
    }
  });

  it('a shared phone number of the office, which the page does not give: no yes', () => {
    for (const q of [
      'Har prosjektkontoret et felles telefonnummer?',
      'Does the project office have a shared phone number?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });

  it('what the page has no address for, or another office: no yes', () => {
    refuses([
      'Har kantina en felles e-postadresse?',
      'Har samarbeidsrådet en felles e-postadresse?',
      'Har prosjektkontoret en felles e-postadresse til Bergen?',
      'Is there a shared mailbox for the canteen rather than writing to the chef?',
    ]);
    expect(answerer.answer('Har prosjektkontoret i Molde en felles e-postadresse?').direct).toBeUndefined();
  });
});
