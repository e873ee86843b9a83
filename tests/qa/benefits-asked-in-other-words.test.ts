import { answerer, shown, refuses, verdict } from '../support/question-answering';

// "Kva skal ein mellom anna oppnå med gevinstrealiseringa?": what one wants to achieve with something is its purpose;
// "the gains strategy" is the strategy for realising the benefits; a «hovedgruppe» is a group.

describe('the benefits and their realisation asked in other words', () => {
  it('answers what benefits realisation is to achieve with its purposes', () => {
    for (const q of [
      'Kva skal ein mellom anna oppnå med gevinstrealiseringa?',
      'Hva vil man oppnå med gevinstrealiseringen?',
      'What do they want to achieve with benefits realisation?',
      "what's the purpose of the gains strategy?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('vedtatte strategier')]);
  });

  it('answers which benefits the asker will get, of a heading or from the new system, with that list', () => {
    for (const [q, said] of [
      ['Kva økonomigevinstar skal vi få?', /Økonomi.*Færre unødvendige/s],
      ['Hvilke effektivitetsgevinster kommer vi til å få?', /Effektivitet.*Mindre tid på å lete/s],
      ['Hvilke gevinster gir den nye journalløsningen?', /Kvalitet.*Effektivitet.*Økonomi/s],
      ['Hvilke gevinster kan vi få fra det nye systemet?', /Kvalitet.*Effektivitet.*Økonomi/s],
    ] as [string, RegExp][])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(said)]);
    refuses(['Kan jeg få en ny PC?', 'Where can we get a new office chair?']);
  });

  it('answers yes when asked whether something can be that a benefit says can be', () => {
    for (const q of [
      'Kan brukere bo lenger hjemme takket være Helseplattformen?',
      'Can the users live longer at home with the new system?',
    ]) {
      expect([q, verdict(q)]).toEqual([q, q.startsWith('Kan') ? 'Ja' : 'Yes']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/bo lengre hjemme|live at home longer/)]);
    }
    // (Staying at home for longer, of the service users, is living at home longer; staying home for a day is not.)
    for (const q of [
      'Will service users be able to stay home for longer?',
      'Kan tjenestemottakerne bo lenger hjemme?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/bo lengre hjemme|live at home longer/)]);
    refuses(['Do I have to stay at home during the training?']);
    // (The patients of the services are their users: a claim about them is not a claim about someone else.)
    const patients = 'Will patients be able to live at home longer?';
    expect([patients, verdict(patients)]).toEqual([patients, 'Yes']);
    // (Not by a benefit that only shares a word with it, when a sentence of the page says it can.)
    const q = 'Kan kommunene i Midt-Norge koble seg på løsningen?';
    expect([q, verdict(q), shown(q).text]).toEqual([q, 'Ja', expect.stringContaining('kan koble seg på')]);
  });

  it('answers the main groups of the benefits with the three categories', () => {
    for (const q of [
      'I hvilke tre hovedgrupper er de kommunale gevinstene delt inn?',
      'Kva for hovudgrupper er gevinstane delte i?',
      'What main groups are the benefits divided into?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'gevinster']);
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/Kvalitet.*Effektivitet.*Økonomi|Quality.*Efficiency.*Economy/),
      ]);
    }
  });

  it('answers what a benefit goes together with by the line of the list that has it', () => {
    for (const q of [
      'Hvorfor mener man at presset på institusjonene blir mindre? Hva henger det sammen med i gevinstlista?',
      'Kvifor blir presset på institusjonane mindre? Kva heng det saman med i gevinstlista?',
      'Hva henger mindre press på institusjon sammen med?',
      'Why will the pressure on institutions be lower? What does it go together with in the list of benefits?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/bo lengre hjemme|live at home longer/)]);
    refuses([
      'Hva henger lønnsoppgjøret sammen med?',
      'Hvorfor blir køene på legevakten kortere? Hva henger det sammen med?',
    ]);
  });

  it('still refuses what one wants to achieve with something the page does not speak of', () => {
    refuses(['Hva vil man oppnå med julebordet?', 'What do they want to achieve with the new canteen?']);
  });

  it('reads what the page lists as what it mentions, and hospital admissions as the admissions it names', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Does the page list fewer unnecessary hospital admissions as one of the expected municipal benefits?',
        /^Yes\..*Fewer unnecessary admissions/su,
      ],
      ['Færre sykehusinnleggelser, er det en av gevinstene?', /^Ja\b.*Færre unødvendige innleggelser/su],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(line)]);
    refuses([
      'Does the page list free parking as a benefit?',
      'How many hospital admissions are there per year?',
      'Will there be fewer hospital admissions in Bergen?',
    ]);
  });
});

describe('a benefit asked of the platform, with the people it is for', () => {
  it('answers with the kind of benefit the question names, not how many the people it is for are', () => {
    for (const q of [
      'Hvordan skal plattformen gjøre hverdagen mer effektiv for de ansatte? Nevn alle punktene.',
      'Hvordan skal plattformen gjøre hverdagen mer effektiv for de ansatte?',
      'Korleis skal plattforma gjere kvardagen meir effektiv for dei tilsette?',
      'How will the platform make the working day more efficient for staff?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'effektivitet',
        expect.stringMatching(/medisinlister|medication/),
      ]);
    }
    // (How many are affected is still what a count of them asks.)
    expect(answerer.answer('Hvor mange ansatte berøres av plattformen?').topicId).toBe('omfang');
  });

  it('still refuses a benefit for them the page does not give', () => {
    refuses([
      'Hvordan skal plattformen gjøre lønna bedre for de ansatte?',
      'Hvordan skal plattformen gjøre hverdagen tryggere for de ansatte?',
    ]);
  });
});

describe('a benefit claimed of the platform by name', () => {
  it('says no to the other direction of a benefit, with or without the platform named', () => {
    for (const [q, line] of <[string, RegExp][]>[
      ['Blir det meir tid på meldingar med Helseplattformen?', /^Nei\..*Mindre tidsbruk på meldinger/su],
      ['Blir det mer tid på meldinger?', /^Nei\..*Mindre tidsbruk på meldinger/su],
      ['Blir det flere innleggelser med Helseplattformen?', /^Nei\..*Færre unødvendige innleggelser/su],
      ['Blir det mindre tid på meldinger med Helseplattformen?', /^Ja\b.*Mindre tidsbruk på meldinger/su],
      // (One word and the word for which way are claim enough, in English too, where «more» is a small word.)
      ['Will there be more admissions?', /^No\..*Fewer unnecessary admissions/su],
      ['Will there be fewer admissions?', /^Yes\b.*Fewer unnecessary admissions/su],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(line)]);
  });

  it('says neither of a thing the page has no word for, beside the direction of another', () => {
    refuses([
      'Blir det mer tid til lunsj med Helseplattformen?',
      'Blir det mer tid til lunsj?',
      'Blir det høyere lønn med Helseplattformen?',
      'Will there be more meetings?',
      'Will there be more staff?',
    ]);
  });
});
