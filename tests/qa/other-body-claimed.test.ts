import { refuses, shown } from '../support/question-answering';

// «Er Evelyn Haram Larsen med i prosjektstyret?»: the page has no project board; the parts of the word stand in her role
// («Prosjektleder»), but whether she sits in such a body is not said.

describe('a yes/no question about a body the page does not have, named by a compound', () => {
  it('is refused, not answered yes from the parts of the word', () => {
    refuses([
      'Er Evelyn Haram Larsen med i prosjektstyret?',
      'Sit Ola Skorstad i prosjektgruppa?',
      'Er Arne Ingebrigtsen med i kommunestyret?',
      'Sitter Elise B. Vesterhus i arbeidsutvalget?',
    ]);
  });

  it('still answers membership of the bodies the page has', () => {
    expect(shown('Er Arne Ingebrigtsen med i samarbeidsrådet?').text).toMatch(/^Ja/u);
    expect(shown('Har Trondheim kommune vært med i ledergruppen?').text).toMatch(/^Ja/u);
    expect(shown('Is Evelyn Haram Larsen a member of the Samarbeidsråd?').text).toMatch(/^Yes/u);
  });
});
