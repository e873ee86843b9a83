import { people, refuses } from '../support/question-answering';

// «Is the chair of the council from Trondheim?»: the page names the chair (Arne Ingebrigtsen, rådmann in Kristiansund);
// his role and workplace answer whether it is so.

describe('a yes/no question about where the lead of something works, or what their title is', () => {
  it('answers with that lead', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Is the person chairing the cooperation council from Trondheim?', 'Arne Ingebrigtsen'],
      ['Is the chair of the council from Trondheim?', 'Arne Ingebrigtsen'],
      ['Er lederen av samarbeidsrådet fra Trondheim?', 'Arne Ingebrigtsen'],
      ['Er leiaren av samarbeidsrådet rådmann i Molde?', 'Arne Ingebrigtsen'],
      ['Er lederen av Teknisk fra Rådmannens fagstab?', 'Anne Amdal Storsve'],
      ['Is the head of the project office from Kristiansund?', 'Elise B. Vesterhus'],
    ])
      expect([q, people(q)]).toEqual([q, [lead]]);
  });

  it('still refuses what the page does not say of the lead, and answers a question about someone named', () => {
    refuses(['Is the chair of the council paid?', 'Er lederen av samarbeidsrådet fra Bergen?']);
    expect(people('Er Arne Sverre Dahl leder av samarbeidsrådet?')).toEqual(['Arne Sverre Dahl']);
  });
});
