import { refuses, shown } from '../support/question-answering';

describe('small talk around a question', () => {
  it('refuses what the page does not say, as the question alone is refused, after a greeting or an opener', () => {
    refuses([
      'Hi! Who is the chief executive of Helse Midt-Norge RHF?',
      'Quick question: How did the city council vote on co-ownership of Helseplattformen AS?',
      'Hei! Hva heter journalsystemene som skal erstattes av Helseplattformen i Trondheim?',
      'Lurer på ein ting: Kva vart vedteke då bystyret behandla opsjonen i årsskiftet 2018/2019?',
    ]);
  });

  it('answers the question after a greeting as it is answered alone', () => {
    expect(shown('Hei! Hvem leder prosjektkontoret?').text).toContain('Vesterhus');
    expect(shown('Quick question: who leads the technical subproject?').text).toContain('Storsve');
  });

  it('answers what follows an opener as it is answered alone, also a request or a fragment without a question mark', () => {
    expect(shown('Lurer på ein ting: List opp dei økonomiske gevinstane for kommunane.').text).toContain(
      'Færre unødvendige innleggelser',
    );
    expect(shown('Lurer på en ting: leder samarbeidsråd opsjonskommuner').text).toContain(
      'Arne Ingebrigtsen',
    );
    expect(
      shown(
        'Hei! Lurer på en ting: Jeg vil ringe den som styrer prosjektkontoret – hvilket nummer skal jeg slå?',
      ).text,
    ).toContain('952 63 567');
    expect(shown('Quick question: list the quality benefits for the municipalities').text).not.toMatch(
      /^(Yes|No)\b/u,
    );
    refuses(['Hei! Lurer på en ting: hvem er ordfører i Trondheim', 'Quick question: price of the licences']);
  });

  it('still lets words that name something decide, such as a fault reported before the question', () => {
    refuses([
      'Skrivaren på legekontoret har slutta å verke. Kem i kommunen ringjer eg for å få ein ny?',
      'Jeg får ikke logget inn i lønnssystemet, hvem kontakter jeg?',
    ]);
  });

  it('reads what the asker believed, said after the question, as why they ask, not as what they claim', () => {
    for (const [q, verdict, item] of [
      [
        'er bindal med i dette også?? trodde det bare var trøndelag og møre',
        /^Ja/u,
        'Bindal kommune i Nordland',
      ],
      ['Er legevakta med? Eg trudde det berre var sjukeheimane.', /^Ja/u, 'legevakt'],
      ['Is Bindal part of it? I thought it was only Trøndelag.', /^Yes/u, 'Bindal'],
    ] as const) {
      const text = shown(q).text;
      expect([q, verdict.test(text), text.includes(item)]).toEqual([q, true, true]);
    }
    // (Where the question names nothing, the belief is what it asks about.)
    expect(shown('Er det riktig? Jeg trodde Ola ledet prosjektet.').text).toContain('Ola Skorstad');
  });

  it('takes a greeting that ends its sentence for a greeting alone, not the words after it for whom it is to', () => {
    expect(shown('Hei! Anne Amdal Storsve, fra hvilken tjeneste?').text).toContain('IT-tjenesten');
    expect(shown('Hei! prosjektkontoret, felles epostadresse?').text).toContain(
      'helseplattformen.helseogvelferd@trondheim.kommune.no',
    );
    expect(shown('Hi! The Samarbeidsråd, what it does?').text).toContain('Cooperation Council');
  });
});

describe('a sentence about the languages the asker writes or reads', () => {
  it('answers the question as if it were not there, before or after it, in English, bokmål and nynorsk', () => {
    for (const q of [
      'Who leads Teknisk? My English is ok but the Norwegian text is hard.',
      'Who leads Teknisk? Sorry for my bad English.',
      'Sorry for my English. Who leads Teknisk?',
      'Hvem leder Teknisk? Beklager mitt dårlige norsk.',
      'Kven leiar Teknisk? Orsak dårleg nynorsk.',
      'Who leads Teknisk? Please answer in English.',
      'Please reply in English: who leads Teknisk?',
      'Who leads Teknisk? My Norwegian is poor, so please answer in English.',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Anne Amdal Storsve/u)]);
    // What the asker is reading about is what the question after it asks of.
    expect(
      shown(
        "I'm reading about the plan for developing municipal functionality. What two things does that work consist of? My English is ok but the Norwegian text is hard.",
      ).text,
    ).toMatch(/^Plan for developing municipal functionality/u);
  });

  it('still refuses what the page does not say, a language asked about among it', () => {
    refuses([
      'Who teaches the Norwegian course? My English is bad.',
      'Who leads the Swedish project? Sorry for my English.',
      'Is there a Polish version of the page? Sorry for my bad English.',
      'Who is reading the reports?',
      'Who leads the canteen? Please answer in English.',
      'Can the project office answer in English?',
      'Who answers questions in English?',
    ]);
  });
});
