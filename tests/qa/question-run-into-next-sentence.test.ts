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

  it('ends at any common word written with a capital, or a lone «I», that opens a sentence of its own', () => {
    for (const [q, expected] of <[string, string][]>[
      [
        'Kan du liste opp medlemmene i samarbeidsrådet for opsjonskommunene Trenger det til et saksframlegg.',
        'Arne Sverre Dahl',
      ],
      ['Hva er oppgavene til det tekniske delprosjektet Tenker utover integrasjoner.', 'integrasjoner'],
      ['Kva gjer delprosjektet for opplæring Spør for leiaren min.', 'opplæringsbehov'],
      ['What is the street address of the project office I have a meeting there', 'Bispegata 9'],
      ['Hvorfor skal vi ha ett felles journalsystem Hva er gevinstene for kommunene', 'Effektivitet'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
  });

  it('keeps a capitalised word the question goes on with, and refuses what the page does not say', () => {
    for (const [q, expected] of <[string, string][]>[
      [
        'Who should I contact about integrations between our systems and Helseplattformen',
        'Anne Amdal Storsve',
      ],
      ['Hvem er medlem av Samarbeidsrådet for opsjonskommuner fra Molde', 'Arne Sverre Dahl'],
      // (A lone «I» before a modal goes on the noun before it.)
      ['Is there a number I could ring for the head of the project office?', '952 63 567'],
      [
        'Which e-mail address should I use if there is nobody I can name at the project office?',
        'helseplattformen.helseogvelferd@',
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(expected)]);
    refuses([
      'who leads Direktoratet for e-helse',
      "How do I reset my password for the municipality's Teams and e-mail system",
      'Who won the Premier League last season',
      'Hva koster helseplattformen for kommunen Trenger tallet til budsjettet.',
      'Hvordan registrerer jeg egenmelding når ungen er syk Jobber i hjemmetjenesten',
    ]);
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
