import { answerer, refuses } from '../support/question-answering';

// Questions about everyday things the page has nothing of, with a word it does have: an election in a municipality,
// training in something else typed as a search.

describe('everyday things beside a word of the page', () => {
  it('refuses an election or another compound of "kommune" with only places beside it', () => {
    refuses([
      'Hvem vant kommunevalget i Trondheim?',
      'Kven vann kommunevalet i Molde?',
      'Når er kommunevalget?',
      'Who won the municipal election in Trondheim?',
    ]);
  });

  it('refuses an election of a county, whose first part only says where', () => {
    refuses(['Hvem vant fylkestingsvalget i Trøndelag?', 'Når er fylkesvalet i Møre og Romsdal?']);
    expect(answerer.answer('Er alle kommunane i Møre og Romsdal med?').kind).toBe('answer');
  });

  it('still answers a compound whose first part is what the page is about', () => {
    expect(answerer.answer('Hvem sto sammen om innkjøpsprosessen?').topicId).toBe('anskaffelse');
    expect(answerer.answer('Hvilke gevinstområder er beskrevet for kommunene?').kind).toBe('answer');
  });

  it('refuses training in something else typed as a search, in lower case', () => {
    refuses(['opplæring brannvern for ledere', 'opplæring førstehjelp', 'opplæring brannvern']);
  });

  it('still answers the training subproject typed as a search or asked in a sentence', () => {
    for (const q of ['hvem leder opplæring', 'opplæring helseplattformen', 'Opplæring – hvem leder den?'])
      expect([q, answerer.answer(q).topicId]).toEqual([q, expect.stringMatching(/opplaering|may-liz/)]);
  });
});

describe('what the asker is to do about an everyday problem', () => {
  it('refuses "what do I do" however much of the page the problem names', () => {
    refuses([
      'Teams-møtet med prosjektkontoret har ikke lyd, hva gjør jeg?',
      'Eg får ikkje logga inn på Teams-møtet med prosjektkontoret, kva gjer eg?',
      'The microphone in the project office meeting room is dead, what should I do?',
      'Skjermen i Bispegata 9 er svart. Hva skal jeg gjøre?',
    ]);
  });

  it('refuses the best way to do an everyday thing, in a wordy message too', () => {
    refuses([
      "What's the best way to learn Norwegian as a new nurse in Trondheim?",
      'Hva er den beste måten å lære seg norsk på som ny sykepleier i Trondheim?',
    ]);
    expect(answerer.answer("What's the best way to learn Norwegian as a new nurse in Trondheim?").lang).toBe(
      'en',
    );
    expect(answerer.answer('What is the best way to contact the project?').topicId).toBe('prosjektkontoret');
  });

  it('still answers what a body of the page does, and where the project office is', () => {
    expect(answerer.answer('Hva gjør prosjektkontoret?').topicId).toBe('prosjektkontoret');
    expect(answerer.answer('hva gjør egentlig Samarbeidsrådet for opsjonskommuner').topicId).toBe(
      'samarbeidsradet',
    );
    expect(answerer.answer('Hvor ligger prosjektkontoret?').kind).toBe('answer');
  });
});

describe('an everyday thing in a place the page names', () => {
  it('refuses where or who of the thing, though the place is named by its own name', () => {
    refuses([
      'I hvilken etasje ligger kantina i Bispegata 9?',
      'Hvor ligger kantina i Bispegata 9?',
      'Where is the canteen at Bispegata 9?',
    ]);
  });

  it('still answers where the place and the offices in it are', () => {
    for (const q of ['Hvor ligger kontorene i Bispegata?', 'I hvilken etasje er Bispegata 9?'])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'bispegata']);
  });
});

describe('whom to contact about an everyday thing', () => {
  it('refuses, whatever place the thing is in', () => {
    refuses([
      'Who do I contact about a broken chair in the office?',
      'Hvem kontakter jeg angående en ødelagt skriver i Bispegata?',
      'Who should I contact about the coffee machine at the project office?',
    ]);
  });

  it('still answers whom to contact about the project or a part of it', () => {
    expect(answerer.answer('Who do I contact about Helseplattformen?').topicId).toBe('prosjektkontoret');
    expect(answerer.answer('Hvem kan jeg kontakte om opplæringen?').topicId).toBe('opplaering');
    expect(answerer.answer('Who should I contact about the training?').topicId).toBe('opplaering');
  });
});

describe('what a system is used for, said after whose it is', () => {
  it('refuses a platform for an everyday purpose the page has nothing of', () => {
    refuses([
      'Which platform does the municipality use for payroll?',
      'Which system does Trondheim kommune use for invoicing?',
    ]);
  });

  it('still answers the platform for the health record', () => {
    for (const q of [
      'Which platform will the municipality use for the shared health record?',
      'Which platform does the municipality use for patient records?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'om-helseplattformen']);
  });
});

describe('which of the listed things have or are something the page does not say', () => {
  it('refuses a property said of the things asked for, in bokmål, nynorsk and English', () => {
    refuses([
      'Hvilke kommuner i Møre og Romsdal har bomring?',
      'Kva kommune er minst i Trøndelag?',
      'Which municipalities have property tax?',
    ]);
  });

  it('still answers what the things asked for do, where they are and which of two', () => {
    expect(answerer.answer('Hvilke kommuner i Trøndelag har opsjonsavtale?').kind).toBe('answer');
    expect(answerer.answer('Hvilke delprosjekter er planlagt?').kind).toBe('answer');
    expect(answerer.answer('Hvilken etasje ligger kontoret i – tredje eller fjerde?').kind).toBe('answer');
  });
});
