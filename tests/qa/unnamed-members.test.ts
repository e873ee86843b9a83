import { shown, refuses } from '../support/question-answering';

// "The members" with a title and no body named: the members are those of the one body where some members have
// that title, and that body answers.

describe('members with a title, of no body named', () => {
  it('answers with the council whose members have the title', () => {
    for (const q of ['Who among the members are rådmenn?', 'Kven av medlemmane er rådmann?']) {
      expect(shown(q).text).toContain('Torunn Austheim');
      expect(shown(q).text).toContain('Karl Audun Fagerli');
    }
  });

  it('counts those members', () => {
    expect(shown('How many of the members are rådmenn?').text).toContain('6 of the members');
  });

  it('still refuses a title no member has', () => {
    refuses(['Which of the members is a bishop?']);
  });
});
