import { refuses, shown } from '../support/question-answering';

// «Er Bindal med, sjøl om kommunen ligger i Nordland?»: a yes/no question that ends with a clause of concession asks
// the question before it; the clause is what the asker takes as given, which the page says too.

/** Whether each question's answer, as the user reads it, opens with the verdict. */
function opensWith(verdict: string, questions: string[]): void {
  for (const q of questions) expect([q, shown(q).text.split(':')[0]]).toEqual([q, verdict]);
}

describe('a yes/no question with a clause of what the asker takes as given', () => {
  it('answers yes with the list item, in bokmål, nynorsk, dialect and English', () => {
    opensWith('Ja', [
      'Er Bindal med, selv om kommunen ligger i Nordland?',
      'Er Bindal med sjølv om kommunen ligg i Nordland?',
      'e bindal med i dette selv om de ligger i nordland?',
      'Stemmer det at Bindal kommune er med i arbeidet, selv om den ligger utenfor Trøndelag?',
      'Er Bindal i Nordland med, selv om kommunen ligger utenfor Trøndelag og Møre og Romsdal?',
    ]);
    opensWith('Yes', [
      'Is Bindal included even though it is in Nordland?',
      'Is Bindal part of the work, although the municipality lies outside Trøndelag?',
    ]);
    // (Not in a place is outside it.)
    opensWith('Ja', ['Er Bindal med, sjøl om kommunen ikkje ligg i Trøndelag?']);
    opensWith('Yes', ['Is Bindal part of Helseplattformen even though it is not in Trøndelag?']);
    expect(shown('Er Bindal med, sjøl om kommunen ligger i Nordland?').text).toContain('opsjonsavtale');
  });

  it('answers it said as a statement and then asked whether it holds, after a dialect introduction too', () => {
    opensWith('Ja', [
      'Bindal er med i Helseplattformen selv om kommunen ligger i Nordland. Er det riktig?',
      'Bindal er med sjølv om kommunen ligg i Nordland. Er det rett?',
      'Eg e helsefagarbeidar i Volda. Er Bindal med, sjølv om kommunen ligg i Nordland?',
    ]);
    opensWith('Yes', ['Bindal takes part even though it lies in Nordland. Is that correct?']);
    refuses(['Bindal er med selv om kommunen ligger i Troms. Stemmer det?']);
  });

  it('gives no yes when the clause names a place the page does not give, or says what the page does not', () => {
    refuses([
      'Er Bindal med, selv om kommunen ligger i Troms?',
      'Is Bindal included even though it is in Finnmark?',
      'Er legevakten med selv om det er kveld?',
      'Er Bergen med, selv om kommunen ligger på Vestlandet?',
    ]);
    for (const q of [
      'Er Bindal med, selv om kommunen ligger i Møre og Romsdal?',
      'Er Bindal med, selv om kommunen ikke ligger i Nordland?',
      'Er Bindal med, selv om kommunen ligger utenfor Nordland?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^Ja/)]);
  });

  it('still refuses the reason asked for in spite of a fact', () => {
    refuses([
      'Kvifor er Bindal med i arbeidet når kommunen ligg i Nordland?',
      'Why is Bindal included even though it is in Nordland?',
      'Hvorfor er Bindal med selv om kommunen ligger i Nordland?',
    ]);
  });
});

describe('a municipality claimed to be from a county the page does not name', () => {
  it('says no with the list item that gives its county', () => {
    for (const q of ['stemmer det at bindal er med fra troms?', 'er bindal med i troms?'])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^Nei\. Siden sier: «Bindal kommune i Nordland/),
      ]);
  });

  it('still says yes of its own county, and refuses a list of one place asked of another', () => {
    expect(shown('Er bindal med i nordland?').text).toMatch(/^Ja/);
    refuses(['Er legevakt med i oslo?', 'Holder prosjektkontoret til i Bergen?']);
  });
});

describe('a yes/no question that ends with what it does not only ask («not just», «ikke bare»)', () => {
  it('answers the question without it, when the page says that too', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Does the Funksjonalitet subproject also write down ideas for changing how people work, not just map the current processes?',
        /^Yes\..*documents ideas/su,
      ],
      [
        'Skal Funksjonalitet også dokumentere ideer til endring av arbeidsprosesser, ikke bare kartlegge dem?',
        /^Ja\..*dokumenteres også ideer/su,
      ],
      [
        'Does Teknisk also review the technical infrastructure, not just map the integrations?',
        /^Yes\..*infrastructure/su,
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(line)]);
  });

  it('still refuses what the page does not say of it', () => {
    refuses([
      'Does the Funksjonalitet subproject also buy new computers, not just map the processes?',
      'Does the Funksjonalitet subproject also train the staff, not just map the current processes?',
    ]);
  });
});
