import { refuses, shown } from '../support/question-answering';

// «Is that right?», «Stemmer det?»: words that ask whether what was said before is so say nothing of their own; alone
// they are refused, whatever one of their words matches ("right" of the technical subproject's "access rights").

describe('a question that only asks whether what was said is so', () => {
  it('is refused alone, and after a claim the page does not settle', () => {
    refuses([
      'Is that right?',
      'Is that correct?',
      'Stemmer det?',
      'Er det rett?',
      'The canteen closes early. Is that right?',
      'Kantina stenger tidleg. Er det rett?',
    ]);
  });

  it('still asks about the claim before it', () => {
    expect(shown('The project office is in Bispegata 9. Is that right?').text).toMatch(/^Yes/u);
    expect(shown('Prosjektkontoret ligger i andre etasje. Stemmer det?').text).toMatch(
      /^Nei.*tredje etasje/su,
    );
  });
});
