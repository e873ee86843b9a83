import { answerer, people, refuses } from '../support/question-answering';

// Details the page does not give, asked with words that match something it does: who represents a group it names
// no one for, the supplier's people, an ownership share.

describe('details the page does not give', () => {
  it('refuses who represents something when what matches is a fact or decision that names no one', () => {
    refuses([
      'Who represents the GPs (fastleger) in the project organisation?',
      'Hvem representerer fastlegene?',
      'Who represents Bindal on the council?',
      'Hvem representerer Bindal kommune i Samarbeidsrådet?',
      'Kven representerer sjukehusa i prosjektet?',
    ]);
  });

  it('still answers who represents a municipality, an organisation or the option municipalities', () => {
    expect(people('Who represents Molde on the council?')).toEqual(['Arne Sverre Dahl']);
    expect(
      people('Hvem representerer Kommunenes Sentralforbund på gruppebildet av samarbeidsrådet?'),
    ).toEqual(['Ole Gunnar Kjøsnes']);
    expect(answerer.answer('Hvem representerer opsjonskommunene?').topicId).toBe('samarbeidsradet');
  });

  it("refuses the supplier's people, asked with the genitive", () => {
    refuses([
      'Hvem er leverandørens kontaktperson for Helseplattformen?',
      'Hva heter leverandørens prosjektleder?',
      "Who is the supplier's contact person?",
    ]);
  });

  it('refuses a share or percentage the decision does not hold', () => {
    refuses([
      'What ownership share will Trondheim kommune have in Helseplattformen AS?',
      'Hvor stor eierandel får Trondheim kommune i Helseplattformen AS?',
      'Kor stor eigarandel skal Trondheim ha i Helseplattformen AS?',
      'What percentage of Helseplattformen AS will the municipality own?',
    ]);
  });

  it('still answers when the share is to be decided, and whether the municipality becomes a co-owner', () => {
    for (const q of [
      'When does the city council vote on the ownership stake?',
      'Skal Trondheim bli deleier?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'deleierskap']);
  });

  it('refuses the address of something the page names but gives no address for', () => {
    refuses([
      'Hva er adressen til Trondheim kommunes egne nettsider om Helseplattformen?',
      "What is the web address of Trondheim municipality's Helseplattformen pages?",
      'Kva er adressa til nettsidene til Trondheim kommune?',
    ]);
    expect(answerer.answer('Har Trondheim kommune egne nettsider om Helseplattformen?').kind).toBe('answer');
    expect(answerer.answer('Kva fylke ligg Bindal i?').kind).toBe('answer');
    expect(answerer.answer('Hva er adressen til prosjektkontoret?').kind).toBe('answer');
  });

  it("says the page gives only work contact details when a person's own are asked for", () => {
    for (const q of [
      'Hva er Tone Fagerholts mobilnummer privat?',
      "What is Tone Fagerholt's home address?",
      'Hva er privatnummeret til Elise Vesterhus?',
      "What is Ola Skorstad's personal email?",
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'privateContact']);
    }
    expect(answerer.answer('Hva er telefonnummeret til Tone Fagerholt?').kind).toBe('answer');
    expect(people('Where does May Liz Bjørnevik Tho work?')).toEqual(['May Liz Bjørnevik Tho']);
  });

  it('says so too when asked where someone lives, named or by what they lead', () => {
    for (const q of [
      'Hvor bor Ola Skorstad?',
      'Kvar bur Elise B. Vesterhus?',
      'Where does Elise B. Vesterhus live?',
      'Hvor bor prosjektlederen?',
      'Where does the head of the project office live?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'privateContact']);
    }
  });

  it('still answers where someone works, and «Hvor bør …» (should), which folds like «bor»', () => {
    expect(people('Hvor jobber Ola Skorstad?')).toEqual(['Ola Skorstad']);
    expect(people('Kvar held Elise B. Vesterhus til?')).toEqual(['Elise B. Vesterhus']);
    expect(people('Hvor bør jeg henvende meg til Ola Skorstad?')).toEqual(['Ola Skorstad']);
    expect(answerer.answer('Where does the head of the project office work?').kind).toBe('answer');
  });
});

describe('what a lead earns or has', () => {
  it('refuses an everyday thing asked of a lead named by what they lead', () => {
    refuses([
      'What does the project lead earn?',
      'What does the head of the project office earn?',
      'Hva tjener prosjektlederen?',
      'Kva tener prosjektleiaren?',
      'What does Ola Skorstad earn?',
    ]);
  });

  it('still answers what the lead does', () => {
    expect(people('What does the project lead do?')).toEqual(['Ola Skorstad']);
    expect(people('What does the head of the project office do?')).toEqual(['Elise B. Vesterhus']);
    expect(people('Hva gjør prosjektlederen?')).toEqual(['Ola Skorstad']);
  });
});

describe('more or fewer of something', () => {
  it('refuses more or fewer of something the page never says goes either way', () => {
    refuses([
      'Får sykehjemmene flere ansatte?',
      'Vil helsestasjonane få fleire tilsette?',
      'Will the nursing homes get more staff?',
      'Får legevakten færre ansatte?',
      'Får hjemmetjenesten mer opplæring?',
      'Will home care get more training?',
    ]);
  });

  it('still answers a listed service, and more or fewer of what the page says goes that way', () => {
    const yes = (q: string) => answerer.answer(q).direct;
    expect(yes('Får sykehjemmene Helseplattformen?')).toEqual(expect.objectContaining({ type: 'yes' }));
    expect(yes('Blir det færre unødvendige innleggelser?')).toEqual(expect.objectContaining({ type: 'yes' }));
    expect(yes('Will there be fewer unnecessary admissions?')).toEqual(
      expect.objectContaining({ type: 'yes' }),
    );
    expect(yes('Blir det mer bruk av velferdsteknologi?')).toEqual(expect.objectContaining({ type: 'yes' }));
    expect(yes('Blir det flere unødvendige innleggelser?')).toEqual(
      expect.objectContaining({ type: 'claimChecked', yes: false }),
    );
  });
});

describe('who came after or before someone in a role', () => {
  it('refuses successors and predecessors, which the page does not name', () => {
    refuses([
      'Who took over as leader of the cooperation council after Arne Ingebrigtsen?',
      'Hvem tok over etter Ola Skorstad?',
      'Hvem var leder av samarbeidsrådet før Arne Ingebrigtsen?',
      'Kven er etterfølgaren til Elise B. Vesterhus?',
      'Who will succeed May Liz Bjørnevik Tho as training lead?',
      'Who replaced Arne Ingebrigtsen?',
      'Kven avløyste Tone Fagerholt?',
      'Hvem erstattet Ola Skorstad som prosjektleder?',
    ]);
  });

  it('still answers who holds the role now, and who the person is', () => {
    expect(people('Hvem leder samarbeidsrådet?')).toContain('Arne Ingebrigtsen');
    expect(answerer.answer('Who is Arne Ingebrigtsen?').topicId).toBe('arne-ingebrigtsen');
  });
});

describe('what a name means', () => {
  it('refuses the meaning of a place or a person’s name, which the page only uses', () => {
    refuses([
      'What does Kalvskinnet mean?',
      'Hva betyr Bispegata?',
      'Kva tyder namnet Kalvskinnet?',
      'What is the meaning of Kalvskinnet?',
    ]);
  });

  it('still answers what a word of the project means, and what it means for something', () => {
    expect(answerer.answer('Hva betyr gevinstrealisering?').kind).toBe('answer');
    expect(answerer.answer('Hva betyr Helseplattformen for velferdsteknologi?').kind).toBe('answer');
    expect(answerer.answer('Hvor ligger Kalvskinnet skole?').topicId).toBe('bispegata');
  });
});

describe('who owns the place', () => {
  it('refuses the owner of the building, which the page does not name', () => {
    refuses([
      'Hvem eier bygget i Bispegata?',
      'Who owns the building at Bispegata 9?',
      'Kven eig bygget der prosjektet held til?',
    ]);
  });

  it('still answers where the building is', () => {
    expect(answerer.answer('Hvor ligger bygget?').topicId).toBe('bispegata');
  });

  it('refuses what something costs, its price, budget or contract value: the page gives no sum of money', () => {
    refuses([
      'Hva kommer Helseplattformen til å koste for en kommune på Ørlands størrelse?',
      "For the council's budget item: what is the total contract value of the Helseplattformen procurement?",
      'What does Helseplattformen cost?',
      'Kva vil Helseplattformen kosta for Oppdal kommune?',
      'What is the budget of the implementation project?',
    ]);
    // The benefits in money are on the page.
    for (const q of [
      'Hva er de økonomiske gevinstene?',
      'What are the economic benefits for the municipalities?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'okonomi']);
  });
});

describe('a share of the company named only by the platform and a place', () => {
  it('refuses what share Trondheim would own, also with «as» in lower case, and still answers how big the platform is', () => {
    refuses([
      'what share of helseplattformen as would trondheim own?',
      'what percentage of helseplattformen as does trondheim get?',
      'Hvor stor andel av Helseplattformen får Trondheim?',
      'Kor stor del av helseplattformen skal trondheim eige?',
      'How large a stake in helseplattformen will trondheim have?',
      'Hvor stor er eierandelen til Trondheim i Helseplattformen?',
    ]);
    for (const q of ['How big is Helseplattformen?', 'Hvor stort er Helseplattformen?'])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });
});
