import { refuses, shown } from '../support/question-answering';

describe('a member or leader of a body asked for by one word made of its name', () => {
  it('reads «rådsmedlem», «rådsleiar» as a member or the leader of the council', () => {
    for (const [q, name] of <[string, string][]>[
      ['Hvilket rådsmedlem leder SiO, og hvilken kommune kommer han fra?', 'Bjørn Buan'],
      ['Hvilket rådsmedlem er rådmann i Molde?', 'Arne Sverre Dahl'],
      ['Kva rådsmedlem kjem frå Hareid?', 'Evelyn Haram Larsen'],
      ['Hvem er rådsleder?', 'Arne Ingebrigtsen'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(name)]);
  });

  it('still refuses a body the page does not have, or what is not its people', () => {
    refuses(['Hvilket styremedlem er kommuneoverlege?', 'Når er neste rådsmøte?']);
  });
});

describe('the kommuneoverlege asked for by what the role is', () => {
  it('reads the municipality’s medical adviser, the medically responsible doctor, as the kommuneoverlege', () => {
    for (const q of [
      'Hvilket rådsmedlem er kommunens øverste medisinskfaglige rådgiver, og hvor jobber hun?',
      'Sitter det noen medisinsk ansvarlig lege i samarbeidsrådet? Hvem er det, og hvilken kommune representerer hun?',
      'Kven i rådet er medisinskfagleg rådgjevar for kommunen sin?',
      'Who on the council is her municipality’s chief medical adviser?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Holmberg Aunsmo')]);
  });

  it('still refuses the one of a municipality the page names none of', () => {
    refuses([
      'Hvem er medisinsk ansvarlig lege i Trondheim kommune?',
      'Who is the chief medical adviser of Trondheim kommune?',
    ]);
  });
});

describe('a member asked for in English by a title of several words after «which»', () => {
  it('reads the last word as what is asked for, the words before it as what it is like', () => {
    for (const [q, name] of <[string, string][]>[
      ['Which municipal chief executive chairs the council for option municipalities?', 'Arne Ingebrigtsen'],
      ['Which chief executive chairs the Cooperation Council?', 'Arne Ingebrigtsen'],
      [
        'Which municipal chief medical officer sits on the council for option municipalities?',
        'Holmberg Aunsmo',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(name)]);
  });

  it('still refuses the chair of a body the page names no chair of', () => {
    refuses(['Which municipal chief executive chairs the professional council for digital collaboration?']);
  });
});
