import { answerer, refuses, shown } from '../support/question-answering';

// «Does the Trondheim project have a separate subproject for staff training?»: whether the project has a subproject of
// a kind is yes when one of the page's subprojects is that one, with that subproject.

describe('whether the project has a subproject of a kind', () => {
  it('says yes with the subproject, in bokmål, nynorsk and English', () => {
    for (const [q, name] of <[string, string][]>[
      ['Does the Trondheim project have a separate subproject for staff training?', 'Opplæring'],
      ['Har prosjektet et eget delprosjekt for opplæring?', 'Opplæring'],
      ['Finst det eit eige delprosjekt for opplæring?', 'Opplæring'],
      ['Is there a technical subproject?', 'Teknisk'],
      ['Har prosjektet et eget delprosjekt for gevinstar?', 'Gevinstrealisering'],
    ]) {
      const { text } = shown(q);
      expect([q, /^(Ja|Yes)\b/u.test(text), text.split('\n')[0]!.includes(name)]).toEqual([q, true, true]);
    }
  });

  it('still refuses one the page does not have, or something else asked of one it has', () => {
    refuses([
      'Har prosjektet et delprosjekt for kommunikasjon?',
      'Does the training subproject have its own budget?',
    ]);
    expect(answerer.answer('Har delprosjektet Opplæring en egen nettside?').direct).toBeUndefined();
    // (Nor is what the subproject is said to be whether there is one.)
    expect(shown('Is the training subproject important?').text).not.toMatch(/^(Ja|Yes)\b/u);
    expect(shown('Er delprosjektet for opplæring viktig?').text).not.toMatch(/^(Ja|Yes)\b/u);
  });
});
