import { answerer, people, refuses, shown } from '../support/question-answering';

// Which or how many phone numbers and e-mail addresses the project has: the people who have one, and the office.

describe('the contact details the project has', () => {
  it('names the people of the project who have an e-mail address', () => {
    for (const q of [
      'which people on the project have their email addresses listed?',
      'Hvilke personer i prosjektet har oppgitt e-postadresse?',
      'Kven i prosjektet har e-postadresse oppgitt?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad', 'Elise B. Vesterhus', 'Tone Fagerholt']]);
  });

  it('reads personal addresses, and people of the project organisation, as the people of the project', () => {
    for (const q of [
      'Which people in the project organisation have personal e-mail addresses listed?',
      'Hvilke personer har personlig e-postadresse oppgitt på siden?',
      'Which people in the Trondheim organisation have email addresses given?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad', 'Elise B. Vesterhus', 'Tone Fagerholt']]);
    expect(answerer.answer('Can I write personal information in the feedback?').topicId).toBe(
      'tilbakemeldinger',
    );
  });

  it('counts the phone numbers given for people', () => {
    for (const q of [
      'How many phone numbers are given for people in the Trondheim project?',
      'Kor mange telefonnummer er oppgitt for folk i prosjektet?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.direct?.type === 'count' && answer.direct.count]).toEqual([q, 2]);
      expect(text).toContain('952 63 567');
      expect(text).toContain('481 61 844');
    }
  });

  it('counts the office’s address with the people’s when people are not asked for', () => {
    const { answer, text } = shown('Hvor mange e-postadresser kan jeg bruke for å nå prosjektet?');
    expect(answer.direct).toMatchObject({ type: 'count', count: 4 });
    expect(text).toContain('Siden oppgir 4 e-postadresser.');
    expect(text).toContain('helseplattformen.helseogvelferd@trondheim.kommune.no');
    expect(people('Which e-mail addresses are listed for the project?')).toHaveLength(3);
  });

  it('answers the details listed on the page, "page" naming no one', () => {
    for (const q of [
      'Which phone numbers are listed on the page, and who do they belong to?',
      'What phone numbers does the page give, and whose are they?',
    ])
      expect([q, people(q)]).toEqual([q, ['Elise B. Vesterhus', 'Tone Fagerholt']]);
    refuses([
      'Which phone numbers does the hospital list on its page?',
      'How many phone numbers does the feedback page have?',
    ]);
  });

  it('answers the project’s details when nothing else is named', () => {
    expect(people('Who has a phone number listed?')).toEqual(['Elise B. Vesterhus', 'Tone Fagerholt']);
    expect(shown('Hvor mange telefonnumre står det på siden?').answer.direct).toMatchObject({ count: 2 });
  });

  it('still answers one address to write to with the project office', () => {
    expect(answerer.answer('Who I write to if I have question about the project?').topicId).toBe(
      'prosjektkontoret',
    );
    expect(answerer.answer('Hva er e-postadressen til prosjektet?').topicId).toBe('prosjektkontoret');
  });

  it('still refuses the details of a council or an organisation, and of the asker’s own mailbox', () => {
    refuses([
      'Hvor mange telefonnumre har samarbeidsrådet?',
      'Which people in the Cooperation Council have e-mail addresses listed?',
      'How many e-mail addresses does Helse Midt-Norge RHF have?',
      'My Outlook mailbox is full, how do I archive old journal emails?',
      'Which phone numbers should I call in an emergency?',
    ]);
  });
});

describe('the people the page gives contact details for', () => {
  it('names the people with a phone number or an e-mail address, asked for either', () => {
    for (const q of [
      'Kven er dei tre personane i prosjektorganisasjonen som det står kontaktinformasjon for?',
      'Hvem i prosjektet har kontaktinformasjon på siden?',
      'Which people in the project have contact details listed?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad', 'Elise B. Vesterhus', 'Tone Fagerholt']]);
  });

  it('names those with both a phone number and an e-mail address, asked for both', () => {
    for (const q of [
      'Which project people have both a phone number and an e-mail listed?',
      'Hvem i prosjektet har både telefonnummer og e-post oppgitt?',
      'Kven i prosjektet har både telefonnummer og e-postadresse på sida?',
    ]) {
      expect([q, people(q)]).toEqual([q, ['Elise B. Vesterhus', 'Tone Fagerholt']]);
    }
    expect(shown('How many people have both phone and email listed?').answer.direct).toMatchObject({
      type: 'count',
      count: 2,
    });
    expect(people('Which people in the project have a phone number or an e-mail address listed?')).toEqual([
      'Ola Skorstad',
      'Elise B. Vesterhus',
      'Tone Fagerholt',
    ]);
    refuses(['Hvem i samarbeidsrådet har både telefon og e-post oppgitt?']);
  });

  it('counts them, with nothing else named', () => {
    const { answer, text } = shown('Hvor mange personer har kontaktinformasjon oppgitt?');
    expect(answer.direct).toMatchObject({ type: 'count', count: 3 });
    expect(text).toContain('Siden oppgir kontaktinformasjon til 3.');
  });

  it('still gives the list of contacts to a bare question for someone to contact', () => {
    expect(answerer.answer('Hvem kan jeg kontakte?').topicId).toBe('kontakter');
  });

  it('still refuses the contact details of a council or an organisation', () => {
    refuses([
      'Hvem i samarbeidsrådet har telefonnummer på siden?',
      'Who at the hospital has contact details on the page?',
    ]);
  });
});
