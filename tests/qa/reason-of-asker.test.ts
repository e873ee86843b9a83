import { refuses, shown } from '../support/question-answering';

// «hvem leder delprosjektet Teknisk, og fra hvilken enhet kommer vedkommende, siden jeg skal delta på et møte om
// integrasjoner neste uke?»: why the asker asks, after a comma at the end, steers nothing; the question before it does.

describe('a question with why the asker asks after it', () => {
  it('answers the question before the reason', () => {
    for (const [q, lead] of [
      [
        'Jeg er ny som trainee og prøver å få oversikt: hvem leder delprosjektet Teknisk, og fra hvilken enhet i kommunen kommer vedkommende, siden jeg skal delta på et møte om integrasjoner neste uke?',
        'Anne Amdal Storsve',
      ],
      ['Who leads the training subproject, as I need to plan a course?', 'May Liz Bjørnevik Tho'],
      ['Hvem leder prosjektkontoret, fordi vi skal ha møte med dem?', 'Elise B. Vesterhus'],
      ['Kven leiar Opplæring, sidan eg skal planleggje kurs?', 'May Liz Bjørnevik Tho'],
    ])
      expect([q, shown(q!).text.includes(lead!)]).toEqual([q, true]);
  });

  it('still refuses when the reason names what is asked of', () => {
    refuses([
      'Hvem skal jeg kontakte, siden jeg vil ha lønnsslippen min?',
      'Who do I call, because I lost my badge?',
    ]);
  });
});

describe('a question with what the asker is spared after it («så jeg slipper …»)', () => {
  it('answers the question before it, in bokmål and nynorsk', () => {
    for (const [q, said] of [
      [
        'Finnes det en felles e-postadresse til prosjektkontoret, så jeg slipper å sende til enkeltpersoner?',
        'helseplattformen.helseogvelferd@trondheim.kommune.no',
      ],
      [
        'Finst det ei felles e-postadresse til prosjektkontoret, så eg slepp å sende til kvar enkelt?',
        'helseplattformen.helseogvelferd@trondheim.kommune.no',
      ],
      ['Hvem leder prosjektkontoret, så jeg vet hvem jeg skal ringe?', 'Elise B. Vesterhus'],
    ])
      expect([q, shown(q!).text.includes(said!)]).toEqual([q, true]);
  });

  it('still refuses what the question before it asks of something the page does not hold', () => {
    refuses(['Hvem kan jeg ringe om lønna mi, så jeg får svar?', 'Hvor er kantina, så jeg kan spise lunsj?']);
  });

  it('keeps a clause after «så» that asks itself («så eg lurer på: kven …»)', () => {
    const q =
      'Vi er jo ikkje Trondheim, så eg lurer på: kven er det som passar på interessene til kommunar som oss i dette prosjektet?';
    expect(shown(q).text).toContain('Samarbeidsråd');
  });
});
