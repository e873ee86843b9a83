import { answerer, refuses, shown } from '../support/question-answering';

// «Where do the project staff sit?»: a where-question whose words best match something that is nowhere (the figure of
// staff affected) asks where the project named beside them is, when the page says where that is.

describe('where the project is, asked by its people', () => {
  it('answers the address when asked where the project people sit or are', () => {
    for (const q of [
      'Where do the project staff sit?',
      'Hvor sitter prosjektfolka?',
      'Kvar held prosjektteamet til?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'innforingsprosjektet']);
      expect([q, text.includes('Bispegata 9')]).toEqual([q, true]);
    }
  });

  it('answers the address when asked where those who work with the platform in the municipality sit', () => {
    for (const q of [
      'hvor sitter de som jobber med helseplattformen i kommunen, adressen?',
      'Hvor sitter de som jobber med HP i kommunen?',
      'Kvar sit dei som jobbar med Helseplattforma i kommunen?',
      'Where do the people working on Helseplattformen in the municipality sit?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text.includes('Bispegata 9')]).toEqual([q, 'innforingsprosjektet', true]);
    }
    // (Those who work with something else are not the project: "… med pasienter" asks of them.)
    expect(answerer.answer('Hvor sitter de som jobber med pasienter?').topicId).not.toBe(
      'innforingsprosjektet',
    );
    refuses(['Hvor sitter de som jobber med helseplattformen i Bergen?']);
  });

  it('still refuses where staff or services are that the page places nowhere', () => {
    // (Where the 40 000 and the 7000 staff work the page does say; see where-counted-people-work.test.ts.)
    refuses(['Where are the health stations in Trondheim?']);
    expect(answerer.answer('Where do the council members come from?').topicId).not.toBe(
      'innforingsprosjektet',
    );
  });
});

describe('where the project is, with what the asker believes of the building', () => {
  it('answers the old school when the asker says they think or have heard it is one', () => {
    for (const q of [
      'Kor sit innføringsprosjektet til Trondheim? Eg trur det var ein gamal skule?',
      'Held prosjektet til i ein gamal skule?',
      'Hvor holder innføringsprosjektet til? Jeg tror det var en gammel skole?',
      'Where is the local project based? I think it was an old school?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kalvskinnet')]);
  });

  it('still refuses what the asker has heard of that the page does not hold', () => {
    refuses([
      'Jeg har hørt at kommunen skal kjøpe nye PC-er. Stemmer det?',
      'Jeg har hørt at det er julebord i prosjektet. Når er det?',
      'Eg trur det er ein ny kantine i bygget. Kva heiter ho?',
    ]);
  });
});

describe('the building of the project, described by the project it houses', () => {
  it('answers with the old school when the building is asked and the project named in full', () => {
    for (const q of [
      'What did the building that houses the local project organisation used to be?',
      'What building is the local project organisation in?',
      'Hvilket bygg holder det lokale innføringsprosjektet til i?',
      'Kva slags bygg var lokala til innføringsprosjektet i Trondheim før?',
      'Is the local project organisation in an old school?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kalvskinnet')]);
  });

  it('still answers who leads the project there, and refuses what the page does not say of the building', () => {
    const q = 'Who leads the project organisation in the old school?';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Ola Skorstad')]);
    refuses([
      'How big is the building of the local project organisation?',
      'Hvor mange etasjer har bygget til det lokale innføringsprosjektet?',
    ]);
  });

  it('still answers the school health service as a service', () => {
    const q = 'Is the school health service part of it?';
    expect([q, shown(q).text]).toEqual([q, expect.stringContaining('skolehelsetjenesten')]);
  });
});

describe('what the building was before the project moved in', () => {
  it('reads «before the project moved in» as earlier, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Kva var bygget i Bispegata brukt til før prosjektet flytta inn?',
      'Hva var bygget i Bispegata før prosjektet flyttet inn?',
      'What was the building in Bispegata used for before the project moved in?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Kalvskinnet')]);
  });

  it('still refuses what the page does not say of the building then', () => {
    refuses([
      'Hvem eide bygget i Bispegata før prosjektet flyttet inn?',
      'Hva kostet bygget i Bispegata før de flyttet inn?',
    ]);
  });
});
