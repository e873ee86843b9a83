import { refuses, shown } from '../support/question-answering';

// A yes/no question that says who took the page's one credited photo is answered by the credit («… er tatt av Carl
// Erik Eriksson»): yes for the name it gives, no with the credit for anyone else, named by name or by title.

describe('a yes/no question that says who took the photo', () => {
  it('says no with the credit when it names someone else, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Was the Trondheim project photo taken by Carl-Jacob Midttun?',
      'Fotografen på sida er Helge Garåsen, ikkje sant?',
      'Is the photo on the page credited to the communications lead?',
      'Er fotografen Tone Fagerholt?',
      'Vart biletet teke av Ola Skorstad?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'fotograf', expect.stringMatching(/^(Nei|No)\b/u)]);
      expect(text).toContain('Carl Erik Eriksson');
    }
  });

  it('says yes when it names the one the credit gives', () => {
    for (const q of [
      'Was the photo taken by Carl Erik Eriksson?',
      'Er bildet tatt av Carl Erik Eriksson?',
      'Er biletet kreditert til Carl Erik Eriksson?',
      'Is Carl Erik Eriksson the photographer?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\b/u)]);
  });

  it('still says the page credits no one for the group photo, and takes no name in a photo for its photographer', () => {
    refuses(['Was the group photo of the council taken by Carl Erik Eriksson?']);
    const q = 'Er Helge Garåsen med på bildet tatt i 2019?';
    expect(shown(q).answer.topicId).not.toBe('fotograf');
  });
});
