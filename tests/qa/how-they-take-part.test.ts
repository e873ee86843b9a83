import { answerer, shown, refuses } from '../support/question-answering';

// "How are the other municipalities part of the work?": asked how those a list names take part, the answer is the list
// of who takes part, which says through what (option agreements), in bokmål, nynorsk and English.

describe('how the municipalities take part', () => {
  it('answers with the municipalities taking part and their option agreements', () => {
    for (const q of [
      'Hvordan er de andre kommunene med i arbeidet?',
      'Korleis er dei andre kommunane med i arbeidet med Helseplattformen?',
      'Hvordan er kommunene knyttet til Helseplattformen?',
      'Hvordan deltar kommunene i Møre og Romsdal?',
      'How are the municipalities connected to Helseplattformen?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'kommunene-med']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtal|option agreement/)]);
    }
  });

  it('answers so when the asker speaks as one of them ("vi andre kommunene")', () => {
    for (const q of [
      'Hvordan er vi andre kommunene i Trøndelag med i arbeidet med Helseplattformen?',
      'Korleis er me andre kommunane med i Helseplattformen?',
      'How are we other municipalities involved in the work?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtal|option agreement/)]);
  });

  it('still refuses how the asker does something ("Hvordan kan vi …")', () => {
    refuses(['Hvordan er jeg registrert i systemet?', 'Hvordan kan vi bestille nye PC-er?']);
  });

  it('answers how one of the listed municipalities takes part', () => {
    expect(shown('Korleis er Bindal med?').text).toContain('Nordland');
  });

  it('still refuses taking part in something the page does not speak of, or by others than those listed', () => {
    refuses([
      'Hvordan er kommunene med i lønnsforhandlingene?',
      'Hvordan er sykehusene med i arbeidet?',
      'Korleis er kommunane med på julebordet?',
    ]);
  });

  it('answers how they take part in the project organisation with the sentence that says how they are represented', () => {
    for (const q of [
      'Hvordan er de andre kommunene i Midt-Norge med i selve prosjektorganisasjonen?',
      'Korleis er dei andre kommunane med i prosjektorganisasjonen?',
      'How are other municipalities represented in the project?',
      'Hvordan er andre kommuner representert i prosjektorganisasjonen?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'koordinering']);
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/representert med ansatte|represented by staff/),
      ]);
    }
    for (const q of [
      'Hvordan har Trondheim kommune vært med i selve Helseplattform-prosjektet?',
      'Korleis har Trondheim kommune vore med i prosjektet?',
      'How has Trondheim kommune been involved in the project?',
      'Hvordan har Trondheim kommune vært representert i arbeidet med Helseplattformen?',
      // (A municipality named by its place alone is «kommunen» of the page's sentence.)
      'hvordan er Trondheim representert i prosjektet?',
      'Korleis er Trondheim representert i prosjektet?',
      'How is Trondheim represented in the project?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'anskaffelse']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/ledergruppen|management group/)]);
    }
  });

  it('answers one sentence asked for in two parts of a message with that sentence', () => {
    const q =
      'Hvem sto bak anskaffelsen av Helseplattformen, og hvordan har Trondheim kommune vært representert?';
    expect(shown(q).text).toContain('ledergruppen');
  });

  it('gives no sentence of how the municipality is represented for another organisation in it', () => {
    for (const q of [
      'Hvordan er Helse Midt-Norge med i prosjektorganisasjonen?',
      'Hvordan er Bindal med i prosjektet?',
      'Hvordan er Molde representert i prosjektet?',
      'Hvordan er Helse Midt-Norge representert i prosjektet?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.not.stringMatching(/tungt representert|representert med ansatte/),
      ]);
  });
});

describe('which municipalities take part', () => {
  it('answers with the list of the municipalities taking part, however short the question', () => {
    for (const q of [
      'Hvilke kommuner er med?',
      'Kva kommunar er med?',
      'Hvilke kommuner deltar?',
      'Kva for kommunar deltek?',
      'Hvilke kommuner er med i arbeidet?',
      'Hvilke andre kommuner enn Trondheim er med?',
      'Which municipalities take part?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/Bindal/)]);
  });

  it('still counts only what the page counts, and says what it does not know of a group it has no members for', () => {
    refuses(['Hvor mange kommuner er med?', 'Hvilke kommuner er med i ledergruppen?']);
  });
});

describe('other municipalities than one, said with the word asked about between «andre» and «enn»', () => {
  it('answers of the others, not of the one left out', () => {
    for (const q of [
      'Hvordan er andre kommuner enn Trondheim representert i prosjektorganisasjonen?',
      'Korleis er andre kommunar enn Trondheim representerte i prosjektorganisasjonen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('representert med ansatte')]);
  });
});

describe('where others are represented, asked with «hvor»', () => {
  it('answers with the sentence that says they are represented with staff in the project organisation', () => {
    for (const q of [
      'Hvor er de andre kommunene representert?',
      'Kvar er andre kommunar representerte med tilsette?',
      'Where are other municipalities represented with staff?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/representert med ansatte|represented by staff/),
      ]);
  });

  it('still answers where something is with its place, and refuses a place the page does not give', () => {
    expect(shown('Hvor er prosjektkontoret?').text).toContain('Bispegata 9');
    refuses(['Where are the other municipalities’ offices?']);
  });
});

describe('how the municipalities are tied in, and by what agreement', () => {
  it('answers with the municipalities taking part through option agreements', () => {
    for (const q of [
      'How are the other municipalities tied in contractually?',
      'Through what sort of arrangement are the other municipalities taking part in the work?',
      'How are the other municipalities tied in through agreements?',
      'How are the other municipalities tied in?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtal|option agreement/)]);
  });

  it('still refuses ties the page does not speak of, and arrangements of other things', () => {
    refuses([
      'How are the other municipalities tied in financially?',
      'How are the hospitals tied in contractually?',
      'What are the parking arrangements at the project office?',
      'What does the contract with the vendor cost?',
    ]);
  });
});
