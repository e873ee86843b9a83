import { refuses, shown } from '../support/question-answering';

// The page credits one photo: «Foto: Carl Erik Eriksson.» in the section on Trondheim's local project. Who is credited
// for it, or listed as its photographer, is who took it; the group photo of the council is credited to no one.

describe('the photographer asked for as the one credited', () => {
  it('answers with the photo credit in any language', () => {
    for (const q of [
      'Kven er kreditert som fotograf på sida?',
      "Who is credited for the photo in the section about Trondheim's local implementation project?",
      'Hvem står oppført som fotograf på siden?',
      'Who is credited for the picture?',
      // («pic»: a picture, in everyday English.)
      'who took that pic in the section on the local project?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'fotograf']);
      expect(text).toContain('Carl Erik Eriksson');
    }
  });

  it('still says the page credits no one for the group photo', () => {
    refuses([
      'Hvem er kreditert for bildet av Samarbeidsrådet?',
      'Who is credited for the group photo of the council?',
    ]);
  });
});

describe('the photographer asked for as the one who made the photo', () => {
  it('answers with the photo credit in bokmål, nynorsk and English', () => {
    for (const q of [
      'Who make the photo on this page?',
      'Who shot the picture on the page?',
      'Hvem har laget bildet?',
      'Kven laga biletet på sida?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'fotograf']);
      expect(text).toContain('Carl Erik Eriksson');
    }
  });

  it('still says the page credits no one for the group photo, and names no maker of the plan', () => {
    refuses(['Who made the group photo of the council?', 'Hvem laget bildet av Samarbeidsrådet?']);
    expect(shown('Hvem laget planen?').text).not.toContain('Eriksson');
  });
});
