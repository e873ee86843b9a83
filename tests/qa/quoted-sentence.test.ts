import { refuses, shown } from '../support/question-answering';

// A sentence of the page quoted in a message ("Så dette i Teams: «…». Hvilket delprosjekt gjelder det?") is what the
// message asks about (src/qa/quoted-line.ts).

describe('a sentence of the page quoted, with a question about it', () => {
  it('answers with what says the sentence: the subproject and its lead, the case, the benefit category', () => {
    for (const [q, said] of <[string, RegExp][]>[
      [
        'Så dette i Teams: «Arbeidet vil i stor grad skje i samarbeid med sentralt innføringsprosjekt i Helseplattformen». Hvilket delprosjekt gjelder det, og hvem leder det?',
        /^Teknisk: Anne Amdal Storsve/,
      ],
      [
        'Sjefen limte inn dette: «det forventes at en tilsvarende sak vil følge bystyrebehandlingen av opsjonen». Hva slags sak er det snakk om?',
        /gevinstrealisering/,
      ],
      [
        'Noen skrev i Teams: «Drift og forvaltning av eksisterende journalsystemer fjernes». Hva betyr det – er det ment som en gevinst, og i så fall hvilken type?',
        /^Økonomi/,
      ],
      [
        'A colleague pasted "Det skal også kartlegge behov for migrering av data fra dagens løsninger" – which subproject is that?',
        /Teknisk/,
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(said)]);
  });

  it('still refuses what the sentence does not say: when, how many, or a sentence not of the page', () => {
    refuses([
      'Så dette: «Det lages nå utkast til en plan for hvordan opsjonskommunene og Trondheim kommune sammen bidrar». Når blir planen ferdig?',
      'Noen skrev: «Opplæring av alle medarbeidere vil bli en betydelig oppgave». Hvor mange timer tar kurset?',
      'Noen skrev: «Vi skal ha julebord i kantina på fredag etter jobb». Hva betyr det?',
    ]);
  });
});
