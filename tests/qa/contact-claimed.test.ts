import { answerer, refuses, shown } from '../support/question-answering';

// «Er det henne jeg skal ringe …?»: whether one person is the one to reach about something the page names a lead for.
// The answer says yes or no by who leads it, and shows the lead's card with the phone or e-mail the page gives.

describe('whether a person named is the one to reach about something', () => {
  it('says no with who leads it, when someone else does', () => {
    for (const q of [
      'Jeg har hørt at Tone Fagerholt leder prosjektkontoret. Er det henne jeg skal ringe hvis jeg har spørsmål til kontoret?',
      'Er det Tone Fagerholt jeg skal ringe hvis jeg har spørsmål til prosjektkontoret?',
      'Eg har høyrt at Tone Fagerholt leiar prosjektkontoret. Er det ho eg skal ringje om kontoret?',
      'Is it Ola Skorstad I should call about the project office?',
    ]) {
      const text = shown(q).text;
      expect([q, text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b/)]);
      expect([q, text]).toEqual([q, expect.stringContaining('Elise B. Vesterhus')]);
      expect([q, text]).toEqual([q, expect.stringContaining('952 63 567')]);
    }
    expect(shown('Er det Ola Skorstad eg skal kontakte om det tekniske delprosjektet?').text).toMatch(
      /^Nei.*Anne Amdal Storsve/,
    );
  });

  it('says yes when the person named leads it', () => {
    expect(shown('Er det Elise B. Vesterhus jeg skal ringe om prosjektkontoret?').text).toMatch(/^Ja/);
    expect(shown('Is it Anne Amdal Storsve I should contact about the technical subproject?').text).toMatch(
      /^Yes/,
    );
  });

  it('still refuses a number the page does not give, and what is led elsewhere or not at all', () => {
    const phone = answerer.answer(
      'Har du mobilnummeret til Line Kristoffersen i delprosjekt Funksjonalitet?',
    );
    expect(phone.kind).toBe('fallback');
    refuses([
      'Er det Tone Fagerholt jeg skal ringe om lønn?',
      'Er det Tone Fagerholt jeg skal ringe om prosjektkontoret i Molde?',
    ]);
  });
});
