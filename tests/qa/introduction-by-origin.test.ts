import { people, refuses, shown, verdict } from '../support/question-answering';

// «Visiting nurse from Iceland: …»: a few words of role and where the asker comes from, a place the page does not
// know, said before the question (here before a colon), introduce the asker as "Jeg er …" does; so does the seat the
// asker has ("I sit on the union board and …"). The question after them is answered alone.

describe('who the asker is and where they come from, before the question', () => {
  it('answers after a role and a place outside the region before a colon', () => {
    expect(shown('Guest lecturer from Iceland: who chairs the cooperation council?').text).toContain(
      'Arne Ingebrigtsen',
    );
    expect(
      verdict('Exchange student from the United States: is the project office on the fifth floor?'),
    ).toBe('No');
    expect(people('Lege frå Bergen: kven leiar delprosjektet Opplæring?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('still refuses what the page does not hold after such a role', () => {
    refuses(['Guest lecturer from Iceland: where can I rent a car?']);
  });

  it('answers after a seat the asker has («I sit on …»)', () => {
    expect(
      shown('I sit on the union board and need the e-mail address of the lead of the implementation project.')
        .text,
    ).toContain('ola.skorstad@trondheim.kommune.no');
  });
});
