import { refuses, shown } from '../support/question-answering';

// «… de andre kommunene i Trøndelag og Møre og Romsdal, og Bindal i Nordland, er med i arbeidet gjennom
// opsjonsavtaler»: the page covers every municipality of the region without naming most of them. The asker's own
// municipality among them, said as where the asker is ("vi i Oppdal", "hos oss på Frøya", "our municipality in
// Namsos"), does not make the question one about another place.

describe("the asker's own municipality of the region", () => {
  it('answers the question as it would be answered without the place', () => {
    const cases: [string, RegExp][] = [
      [
        'Vi i Oppdal har jo opsjonsavtale – hvem er det som koordinerer arbeidet opp mot oss andre kommunene?',
        /Trondheim kommune koordinerer/,
      ],
      ['Her i Røros lurer vi på hvem som leder prosjektkontoret', /Vesterhus/],
      ['Kan fastlegane hos oss på Hitra kople seg på løysinga?', /Alle kommunar og fastlegar/],
      ['We in Stjørdal would like to know who leads the training subproject.', /Bjørnevik Tho/],
      [
        'Our municipality up in Namsos has an option agreement. Who coordinates the work?',
        /Trondheim kommune/,
      ],
      ['Eg jobbar i ein kommune på Nordmøre. Kven leiar samarbeidsrådet?', /Ingebrigtsen/],
      [
        'Eg jobbar i ein kommune på Sunnmøre og lurer på korleis vi er knytt til Helseplattformen?',
        /opsjonsavtal/,
      ],
      ['Vi fra Volda vil vite hvem som leder Teknisk', /Amdal Storsve/],
      [
        'Vi på Frøya vil ringe prosjektkontoret – hvem leder det, og hvilket telefonnummer har hun?',
        /952 63 567/,
      ],
    ];
    for (const [q, expected] of cases)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(expected)]);
  });

  it('still refuses what the page does not say of the place or of the asker’s own', () => {
    refuses([
      'Hvem er kommuneoverlege i Oppdal?',
      'Når tar Frøya i bruk Helseplattformen?',
      'Har Namsos signert opsjonsavtalen?',
      'Hvem er kommuneoverlege hos oss i Oppdal?',
      'Hvem er kommuneoverlege her i Oppdal?',
      'Vi i Oppdal lurer på hvem som er kommuneoverlege hos oss',
      'Kven leier innføringsprosjektet hos oss på Frøya?',
      'Får sykehjemmene hos oss på Frøya Helseplattformen?',
      'Who is the chief executive of our municipality up in Namsos?',
      'Hvor mange ansatte har Oppdal kommune?',
    ]);
  });

  it('keeps a place outside the region what the question is about', () => {
    refuses([
      'Vi i Bergen kommune lurer på hvem som leder prosjektet',
      'We in Stavanger wonder who leads Teknisk.',
    ]);
  });

  it("takes a place anywhere in the asker's introduction as where the asker is", () => {
    expect(
      shown(
        'Jeg jobber i en liten kommune på Nordmøre. Hvem er det som koordinerer arbeidet opp mot oss andre kommunene?',
      ).text,
    ).toContain('Trondheim kommune koordinerer');
    for (const q of [
      "I'm from Ukraine, working as a nurse in Vestnes, Møre og Romsdal. Does my municipality have an option agreement for Helseplattformen?",
      'Eg er frå Polen og jobbar på sjukeheim i Ålesund. Har kommunen min opsjonsavtale for Helseplattformen?',
    ])
      expect([q, shown(q).answer.topicId]).toEqual([q, 'opsjonsavtaler']);
    // («our municipality» is the one the introduction names, and the page says it of all of its county.)
    expect(
      shown(
        "I'm from Syria, working as an assistant nurse in Levanger, Trøndelag. Does our municipality have an option agreement?",
      ).text,
    ).toContain('Yes. Levanger is in Trøndelag');
  });
});

describe('a district of Trondheim the asker works in', () => {
  it('reads it as where the asker is, in dialect, bokmål and English', () => {
    for (const q of [
      'Hei. Æ jobbe på sjukeheim på Byåsen. Ka tid ska bystyret bestæmm om kommunen ska bli medeier i Helseplattformen AS? Mvh Kåre',
      'I work at a nursing home in Byåsen. When will the city council decide on co-ownership?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('29. august')]);
    expect(shown('Jeg jobber i hjemmetjenesten på Heimdal. Hvem leder prosjektkontoret?').text).toContain(
      'Elise B. Vesterhus',
    );
  });

  it('still refuses what the page does not say of the district itself', () => {
    refuses([
      'Hvilke tjenester på Byåsen er med?',
      'Hvem leder hjemmetjenesten på Heimdal?',
      'Jeg jobber på Heimdal. Hvem er vår kontaktperson?',
    ]);
  });
});
