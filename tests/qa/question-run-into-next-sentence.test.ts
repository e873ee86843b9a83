import { refuses, shown } from '../support/question-answering';

// Chat that leaves the question mark out runs the question into the next sentence; the capital of the next
// sentence's first word shows where the question ends.

describe('a question run into the sentence after it without a question mark', () => {
  it('is answered as the question, in bokmål, nynorsk and English', () => {
    for (const [q, expected] of <[string, string][]>[
      ['Hvor ligger kontoret til innføringsprosjektet Jeg skal dit på et møte.', 'Bispegata 9'],
      ['Kor ligg prosjektlokala Nokon sa det var i ein gammal skule', 'Bispegata 9'],
      [
        'Hva er e-postadressen til prosjektkontoret Skal sende noen spørsmål.',
        'helseplattformen.helseogvelferd@',
      ],
      [
        "Who's the contact from Hareid on the cooperation council I'm doing integration work for a client.",
        'Evelyn Haram Larsen',
      ],
      ['Where exactly is the Trondheim project team located Need to drop off some laptops.', 'Bispegata 9'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
  });

  it('keeps a name with a capital inside the question', () => {
    for (const [q, expected] of <[string, string][]>[
      ['Hvem er May Liz Bjørnevik Tho', 'Delprosjektleder for Opplæring'],
      ['Hvem er rådmann i Kristiansund', 'Arne Ingebrigtsen'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
  });
});

describe('a question in lower case run on into what the asker will do with the answer', () => {
  it('is answered as the question', () => {
    for (const [q, expected] of <[string, string][]>[
      ['hvor ligger prosjektkontoret hen skal på møte der', 'Bispegata 9'],
      ['hvem er kommunikasjonsansvarlig i prosjektet vil tipse lokalavisa om en sak', 'Tone Fagerholt'],
      ['kor held prosjektorganisasjonen i trondheim til skal på møte der neste veke', 'Bispegata 9'],
      ['who leads the training subproject need to ask about courses for my team', 'May Liz Bjørnevik Tho'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
  });

  it('still refuses what the page does not say, and a sentence that goes on', () => {
    refuses([
      'how much is HP going to cost trondheim kommune in total',
      'hva koster helseplattformen for kommunen skal lage budsjett',
      'what is the budget of the project need it for a report',
      'hvem leder kantina på rådhuset skal bestille mat',
      'Kva gamle journalsystem skal bytast ut hos oss, er Gerica med',
    ]);
  });
});
