import { refuses, shown } from '../support/question-answering';

// «Fagrådet har blant annet vært sentralt i utviklingen av e-meldinger»: to have played a role or a part in something
// is to have been involved in it, which being central in it is.

describe('whether a body has played a role or a part in something', () => {
  it('says yes with the sentence that the fagråd has been central in developing e-messages', () => {
    for (const [q, start] of <[string, string][]>[
      ['Has the regional council for digital collaboration played a role in electronic messaging?', 'Yes'],
      [
        'Has the regional council for digital samhandling (fagrådet) played a part in developing e-meldinger?',
        'Yes',
      ],
      ['Har fagrådet spilt en rolle i utviklingen av e-meldinger?', 'Ja'],
      ['Har fagrådet for digital samhandling spelt ei rolle i utviklinga av e-meldingar?', 'Ja'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(new RegExp(`^${start}\\..*e-me`))]);
  });

  it('says no of another body, and gives no yes for what the page does not say the fagråd did', () => {
    expect(shown('Has the cooperation council played a role in electronic messaging?').text).toMatch(/^No\./);
    expect(shown('Har fagrådet spilt en rolle i anskaffelsen?').text).not.toMatch(/^Ja/);
    refuses([
      'Has the regional council for digital collaboration played a role in the canteen?',
      'Has Helse Vest played a role in electronic messaging?',
      'Har fagrådet spilt en rolle i lønnsoppgjøret?',
    ]);
  });
});

describe('whether a body has played a central or key part in something', () => {
  it('reads it as having been central in it: the yes with the sentence, and no yes for what the page does not say', () => {
    for (const [q, start] of <[string, string][]>[
      ['Has the fagråd played a key role in developing e-messages?', 'Yes'],
      ['Has the regional council for digital collaboration played a central role in e-messaging?', 'Yes'],
      ['Har fagrådet hatt en sentral rolle i utviklingen av e-meldinger?', 'Ja'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(new RegExp(`^${start}\\..*e-me`))]);
    expect(shown('Har fagrådet spilt en sentral rolle i anskaffelsen?').text).not.toMatch(/^Ja/);
  });
});

describe('a short form with its dot in a message without capitals', () => {
  it('reads «dig.» as digital, not as the end of a sentence', () => {
    expect(shown('har regionalt fagråd for dig. samhandling jobba med e-meldinger?').text).toMatch(
      /^Ja\..*e-meldinger/,
    );
    expect(shown('hei. hvem er ansv. for opplæring? takk').text).toContain('May Liz Bjørnevik Tho');
  });
});
