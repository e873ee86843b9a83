import { answerer, people, shown, refuses } from '../support/question-answering';

// "Who does similar work?": asked who does something that a topic without a lead of its own tells of, in a sentence
// that opens with the organisation doing it, the topic answers it with that sentence.

describe('who does what a topic tells of', () => {
  it('answers who runs similar planning work with the plan, which names Helse Midt-Norge RHF', () => {
    for (const q of [
      'Hvem driver et lignende planarbeid som kommunene delvis skal gjøre sammen med?',
      'Kven driv eit liknande planarbeid?',
      'Who runs similar planning work?',
      'Kva organisasjon driv eit liknande planarbeid?',
      'Kven har sett i gang eit tilsvarande arbeid?',
      'Which organisation runs similar planning work?',
      'Jeg forbereder et saksframlegg om hvordan kommunene skal påvirke at plattformen passer kommunale arbeidsprosesser. Er det andre aktører som driver et lignende planarbeid som kommunene delvis skal samarbeide med?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'funksjonalitetsplan']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Helse Midt-Norge')]);
    }
  });

  it('still refuses who leads the plan, and similar work on what the page does not speak of', () => {
    refuses([
      'Hvem leder planarbeidet?',
      'Hvem driver et lignende arbeid med lønn?',
      'Hvem driver et lignende planarbeid i Helse Vest?',
    ]);
  });

  it('answers who is to develop what a subproject is to do with the subproject: its lead and where it is done', () => {
    for (const q of [
      'Hvem skal utvikle en strategi for gevinstrealisering med tiltaksplan?',
      'Kven skal utvikle ein strategi for gevinstrealisering med tiltaksplan?',
      'Who will develop the benefits realisation strategy with an action plan?',
      // (Made, «lages», as the page's developed: «behov for å utvikle en strategi».)
      'Hvem skal lage strategien for gevinstrealisering med tiltaksplan?',
      'Hvem skal gevinstrealiseringsstrategien med tiltaksplan lages for?',
      'Who will make the benefits realisation strategy with an action plan?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'gevinstrealisering']);
      for (const said of ['Tanum', 'Trondheim kommune', 'Helse Midt-Norge RHF'])
        expect([q, shown(q).text]).toEqual([q, expect.stringContaining(said)]);
    }
  });

  it('answers who drafts what a subproject is to develop, and who plans its work in the go-live period', () => {
    for (const q of [
      'Who is drafting the benefits realisation strategy?',
      'Who drafts the action plan for benefits realisation in Trondheim?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'gevinstrealisering']);
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Tanum')]);
    }
    const q = 'Who is planning how training resources are freed up in the go-live period?';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bjørnevik Tho')]);
  });

  it('still answers who leads a subproject with the lead alone, and refuses a contact person the page does not name', () => {
    expect(people('Hvem leder gevinstrealiseringen?')).toEqual(['Øyvind Tanum']);
    refuses(['Who is the contact person at Helse Midt-Norge RHF for the benefits realisation strategy?']);
  });

  it('refuses who does a task the page gives no one, rather than naming the lead of the part it matched', () => {
    refuses([
      'Hvem skal lage opplæringsvideoene?',
      'Kven skal lage opplæringsvideoane?',
      'Hvem lager opplæringsfilmene?',
      'Hvem skal drifte brukerstøtten etter innføringen?',
      'Kven skal drifte brukarstøtta etter innføringa?',
      'Who will run user support after go-live?',
      'Who will integrate the GP systems?',
      'Who writes the user manuals?',
    ]);
  });

  it('refuses who is responsible for something a subproject is only the first half of, and still who leads its part', () => {
    refuses([
      'Hvem har ansvar for opplæringsvideoene?',
      'Kven har ansvaret for opplæringsfilmane?',
      'Who is in charge of the training videos?',
    ]);
    for (const q of [
      'hvem leder opplæringsbiten?',
      'Hvem leder opplæringsarbeidet?',
      'Hvem har ansvar for opplæringsplanen?',
    ])
      expect([q, answerer.answer(q).kind, answerer.answer(q).topicId]).toEqual([q, 'answer', 'opplaering']);
  });

  it('still answers who does what a subproject is to do, and who leads or trains', () => {
    expect(people('Hvem leder delprosjektet Opplæring?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Hvem skal lære opp de ansatte?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Kven skal lære opp dei tilsette?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Hvem har ansvar for integrasjoner?')).toEqual(['Anne Amdal Storsve']);
    expect(people('Hvem integrerer systemene mot Helseplattformen?')).toEqual(['Anne Amdal Storsve']);
    expect(people('Who will map the integrations?')).toEqual(['Anne Amdal Storsve']);
    expect(answerer.answer('Kven skal kartleggje integrasjonane?').topicId).toBe('teknisk');
    expect(people('Hvem planlegger opplæringen av medarbeiderne?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('reads a nynorsk verb in «-ast» or «-ar» with its particle as the thing it does', () => {
    expect(people('Kven har ansvaret for at folk skal lærast opp?')).toEqual(['May Liz Bjørnevik Tho']);
    expect(people('Skal ha møte om korleis folk skal lærast opp. Kven styrer den delen?')).toEqual([
      'May Liz Bjørnevik Tho',
    ]);
    expect(answerer.answer('Kven koordinerar arbeidet mot dei andre kommunane?').topicId).toBe(
      'koordinering',
    );
    refuses(['Kven skal lærast opp i kaffemaskina?']);
  });
});

describe('who can do something, said in a sentence of several entries alike', () => {
  it('answers with the sentence that says who can', () => {
    for (const q of ['Who can connect to the chosen solution?', 'Who can connect to the solution?']) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'kommunene-med', expect.stringContaining('GPs')]);
    }
  });

  it('refuses what the page does not say anyone can do', () => {
    refuses(["Who can connect to the hospital's lab system?", 'Who can approve access to the solution?']);
  });
});
