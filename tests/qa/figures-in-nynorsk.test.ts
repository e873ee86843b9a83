import { refuses, shown } from '../support/question-answering';

// «Kor mange tilsette i heile helsetenesta i Midt-Noreg blir råka av HP?»: nynorsk words for being affected (råka) and
// for the health service (helsetenesta) are read as the page's, so the figure they ask for is answered; a figure of
// something or somewhere the page does not count is still refused.

describe('figures asked in nynorsk words', () => {
  it('answers how many staff are affected, asked with råka and helsetenesta', () => {
    for (const q of [
      'Kor mange tilsette i heile helsetenesta i Midt-Noreg blir råka av HP?',
      'Kor mange innbyggjarar vert råka av den nye journalløysinga?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'omfang']);
      expect([q, /40 000|720 000/.test(text)]).toEqual([q, true]);
    }
  });

  it('still refuses a count the page does not give', () => {
    refuses(['Kor mange pasientar blir råka av HP?', 'Kor mange tilsette i Molde kommune blir råka av HP?']);
  });
});

describe('a number written together with «tusen» («sjutusen», «førtitusen»)', () => {
  it('reads it as the figure the page writes, in dialect, nynorsk and bokmål', () => {
    expect(
      shown(
        'Heisann! Æ jobbe på legevakta. Stemme det at rundt sjutusen ansatt i Trondheim kommune får nytt arbeidsverktøy? Hilsen Per',
      ).text,
    ).toMatch(/^Ja.*7000/su);
    expect(shown('Får om lag femtusen tilsette i Trondheim nytt arbeidsverktøy?').text).toMatch(
      /^Nei.*7000/su,
    );
    expect(shown('Berører journalsystemet over førtitusen ansatte?').text).toMatch(/^Ja/u);
  });

  it('says no «Ja» of a place the figure is not for, and refuses a figure the page does not give', () => {
    expect(shown('Får sjutusen ansatte i Molde kommune nytt arbeidsverktøy?').text).not.toMatch(/^Ja/u);
    refuses(['Hvor mange tusen ansatte har Helse Midt-Norge?']);
  });
});

describe('«rører ved» for «berører»', () => {
  it('checks the figure claimed against the page’s', () => {
    for (const [q, verdict] of [
      ['Stemmer det at Helseplattformen rører ved om lag 520 000 innbyggjarar?', 'Nei'],
      ['Stemmer det at Helseplattformen rører ved om lag 40 000 tilsette?', 'Ja'],
      ['Stemmer det at Helseplattformen rører ved om lag 720 000 innbyggjarar?', 'Ja'],
    ] as const) {
      const { text } = shown(q);
      expect([q, text.startsWith(verdict), /720 000/u.test(text)]).toEqual([q, true, true]);
    }
  });

  it('still refuses what is touched that the page does not name', () => {
    refuses(['Rører prosjektleiaren ved kaffien?']);
  });
});
