import { refuses, shown } from '../support/question-answering';

// «Er det rett at prosjektkontoret kan nåast på …@…?»: an e-mail address claimed of one person or unit is checked
// against the one the page gives them.

const OFFICE = 'helseplattformen.helseogvelferd@trondheim.kommune.no';

describe('an e-mail address claimed of someone the page gives one for', () => {
  it('says yes when it is theirs, in bokmål, nynorsk and English', () => {
    for (const q of [
      `Er det rett at prosjektkontoret kan nåast på ${OFFICE}?`,
      `Kan prosjektkontoret nås på ${OFFICE}?`,
      `Can the project office be reached at ${OFFICE}?`,
      'Kan eg nå Elise B. Vesterhus på elise-b.vesterhus@trondheim.kommune.no?',
      "Is Tone Fagerholt's e-mail tone.fagerholt@trondheim.kommune.no?",
    ])
      expect([q, /^(Ja|Yes)\. /u.test(shown(q).text)]).toEqual([q, true]);
  });

  it('says no with the right address when it is not', () => {
    for (const q of [
      'Er e-posten til prosjektkontoret ola.skorstad@trondheim.kommune.no?',
      'Can the project office be reached at ola.skorstad@trondheim.kommune.no?',
    ]) {
      const { text } = shown(q);
      expect([q, /^(Nei|No)\. /u.test(text), text.includes(OFFICE)]).toEqual([q, true, true]);
    }
    expect(shown('Can the project office be reached at ola.skorstad@trondheim.kommune.no?').text).toMatch(
      /^No\. The e-mail address of the project office is /u,
    );
  });

  it('still refuses an address of someone the page gives none for, or of another place', () => {
    refuses([
      'Er e-posten til Line Kristoffersen line.kristoffersen@trondheim.kommune.no?',
      'Kan prosjektkontoret i Bergen nås på post@bergen.kommune.no?',
    ]);
  });

  it('gives no verdict when the question says more of them than the address', () => {
    const q = `Kan prosjektkontoret svare på spørsmål om lønn på ${OFFICE}?`;
    expect(shown(q).answer.direct?.type).not.toBe('emailOf');
  });
});
