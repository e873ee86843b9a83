import { refuses, shown } from '../support/question-answering';

describe('two neighbouring letters swapped in a word', () => {
  it('reads the word as meant when the swap makes a word of the page or the language data', () => {
    expect(shown('Which municiaplity is Karl Audun Fagerli from?').text).toContain('Lierne');
    expect(shown('Hvem sitter i samarbedisrådet fra Orkland?').text).toContain('Bjørn Buan');
    const gps = shown('Kan fastlgeene koble seg på løsningen som velges?');
    expect(gps.text).toMatch(/^Ja/);
    expect(gps.text).toContain('fastleger');
  });

  it('reads a form of a word of the page as meant when it is the only word a swap makes', () => {
    for (const [q, expected] of <[string, string][]>[
      ['Hvilke av delprosjetklederne kommer fra Rådmannens fagstab?', 'Line Kristoffersen'],
      ['kan du gi meg epotsen til ola skorstad?', 'ola.skorstad@trondheim.kommune.no'],
      ['Who is leaidng the Funksjonalitet delprosjekt?', 'Line Kristoffersen'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
  });

  it('reads a long compound as meant when only one swap makes a compound of words', () => {
    for (const [q, expected] of <[string, string][]>[
      ['Ligg prosjekltokala i Bispegata 12?', 'Bispegata 9'],
      ['hvor sitter prosjekgtjengen', 'Bispegata 9'],
      ['hvem har ansvar for opplærignsbiten i innføringsprosjektet?', 'May Liz Bjørnevik Tho'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
    // (Not a shorter word, where some swap makes a compound too often: "reviewed" is no "reviweed".)
    expect(
      shown('Will the current technical infrastructure be reviewed to see if upgrades are needed?').text,
    ).toMatch(/^Yes/);
    refuses(['Hvor mye koster prosjekltokala i Bispegata?']);
  });

  it('leaves a name the bot does not know as written, and still refuses what the page does not say', () => {
    refuses(['Which health platform does Stavanegr use?', 'Hvem leder helseplattformprosjektet i Bregen?']);
  });

  it('leaves a misspelling to the word of the page it is closest to, not to another word a swap makes', () => {
    expect(shown('Er hjemmetenesta med?').text).toMatch(/^Ja/);
  });

  it('reads a long everyday word the page does not have as that word, so what the page does not say stays refused', () => {
    refuses([
      'Hvor mange ferieadger har ansatte i kommunen?',
      'Hvor mange egenmeldnigsdager har ansatte i Trondheim kommune per år?',
      'Hvem vant kommunvealget i Trondheim?',
    ]);
  });

  it('reads a seven-letter everyday word as that word when only one swap makes a word, so it stays refused', () => {
    refuses([
      'Hvem leder kanitna på rådhuset?',
      'Who takes care of the pritner on the third floor?',
      'How many staff have been tranied on Helseplattformen so far?',
      'Hvilke pariter sitter i Trondheim bystyre?',
    ]);
  });

  it('leaves shorter words and names as written, where a swap makes another word too often', () => {
    expect(shown('Står det at brukerne kan bli boende i eget hjem lenger?').text).toMatch(/^Ja/);
    expect(
      shown('Æ e fastlege på Hitra. Kan vi fastlegan òg kople oss på den løysinga som blir valt?').text,
    ).toContain('fastleger');
  });
});
