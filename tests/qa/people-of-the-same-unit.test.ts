import { answerer, people, refuses, shown } from '../support/question-answering';

// The people of the unit someone else is from, that person named by name or by the role they hold.

describe('the people from the same unit as someone named', () => {
  it('answers the others of the unit of the person named after «som»/«as»', () => {
    for (const [q, names] of <[string, string[]][]>[
      [
        'Which two subproject leaders come from the same staff unit as the overall project leader?',
        ['Line Kristoffersen', 'Øyvind Tanum'],
      ],
      [
        'Hvilke delprosjektledere er fra samme avdeling som prosjektlederen?',
        ['Line Kristoffersen', 'Øyvind Tanum'],
      ],
      ['Hvem kommer fra samme enhet som prosjektlederen?', ['Line Kristoffersen', 'Øyvind Tanum']],
      ['Kven kjem frå same eining som Line Kristoffersen?', ['Ola Skorstad', 'Øyvind Tanum']],
    ]) {
      expect([q, people(q)]).toEqual([q, names]);
    }
  });

  it('counts them, asked how many', () => {
    expect(shown('Hvor mange kommer fra samme stab som Ola Skorstad?').answer.direct).toMatchObject({
      type: 'count',
      count: 2,
    });
  });

  it('says so of someone the page gives no unit for, or when no one else is from it', () => {
    const unitless = shown('Who works in the same department as Elise B. Vesterhus?').answer;
    expect(unitless).toMatchObject({ kind: 'fallback', missing: { attribute: 'unit' } });
    const alone = shown('Who is in the same unit as Anne Amdal Storsve?').answer;
    expect(alone).toMatchObject({ kind: 'fallback', missing: { attribute: 'noneBesides' } });
  });

  it('still refuses the unit of the asker or of someone the page does not name', () => {
    refuses([
      'Hvem er i samme avdeling som meg?',
      'Which subproject leaders come from the same unit as the mayor?',
    ]);
  });
});

describe('whether those named are from the same unit', () => {
  it('answers yes or no with the unit of each, in bokmål, nynorsk and English', () => {
    for (const [q, verdict] of <[string, RegExp][]>[
      ['stemmer det at funksjonalitet og gevinstrealisering ledes av folk fra samme enhet?', /^Ja\b/u],
      ['Kommer lederne av Funksjonalitet og Gevinstrealisering fra samme enhet?', /^Ja\b/u],
      ['Er funksjonalitet og teknisk leia av folk frå same eining?', /^Nei\b/u],
      ['Are Line Kristoffersen and Anne Amdal Storsve from the same unit?', /^No\b/u],
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type, text]).toEqual([q, 'sameUnit', expect.stringMatching(verdict)]);
      expect([q, text]).toEqual([q, expect.stringContaining('Rådmannens fagstab')]);
    }
  });

  it('gives no verdict when the page gives no unit for one of them, nor for the same building', () => {
    for (const q of [
      'Er Tone Fagerholt og Ola Skorstad fra samme enhet?',
      'Er Line Kristoffersen og Øyvind Tanum i samme bygg?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });
});
