import { people } from '../support/question-answering';

// «Eg skriv masteroppgåve om opplæringa. Kven leiar det delprosjektet i Trondheim?»: every subproject is Trondheim
// kommune's, so naming Trondheim does not say which one; «det delprosjektet» is the one the sentence before names.

describe('a subproject pointed back to, asked with the place all subprojects belong to', () => {
  it('answers with the lead of the subproject named before', () => {
    expect(people('Eg skriv masteroppgåve om opplæringa. Kven leiar det delprosjektet i Trondheim?')).toEqual(
      ['May Liz Bjørnevik Tho'],
    );
  });
});
