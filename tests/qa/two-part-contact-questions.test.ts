import { answerer, people, shown, verdict } from '../support/question-answering';

// A message that asks who leads something and how to reach it, where something is and in what building, or what a
// body is and who leads it, gets both parts answered in one card, in bokmål, nynorsk and English.

const OFFICE = 'helseplattformen.helseogvelferd@trondheim.kommune.no';

describe('two questions in one message about people, contacts and places', () => {
  it('gives the head of the office and the office’s shared address when a later part asks for the shared one', () => {
    for (const q of [
      'Hvem leder prosjektkontoret, og hva er den felles e-postadressen dets?',
      'Kven er sjef for prosjektkontoret, og kva felles e-post har det?',
      'Who is in charge of the project office, and what is its shared mailbox?',
    ]) {
      const { text } = shown(q);
      expect([q, people(q)]).toEqual([q, ['Elise B. Vesterhus']]);
      expect([q, text.includes(OFFICE)]).toEqual([q, true]);
    }
  });

  it('keeps a later part asking for «her» number or e-mail on the person', () => {
    const q = 'Hvem er leder for prosjektkontoret, og hva er mobilnummeret hennes?';
    const { answer, text } = shown(q);
    expect(answer.items.map((i) => i.type)).toEqual(['person']);
    expect(text).toContain('952 63 567');
  });

  it('asks a later part that names nothing («og hvem er leder?») of what the first part answers', () => {
    for (const [q, lead] of <[string, string][]>[
      ['Hva gjør samarbeidsrådet, og hvem er leder?', 'Arne Ingebrigtsen'],
      ['Kva delprosjekt tek seg av opplæringa, og kven er leiar?', 'May Liz Bjørnevik Tho'],
      ['What does the cooperation council do, and who is the chair?', 'Arne Ingebrigtsen'],
    ]) {
      const { answer } = shown(q);
      expect([q, people(q)]).toEqual([q, [lead]]);
      expect([q, answer.items.some((i) => i.type === 'contactList')]).toEqual([q, false]);
    }
  });

  it('reads a wish to interview someone as a wish to reach them', () => {
    for (const q of [
      'I am a student journalist and want to interview whoever heads the project office. Who is that, and what is the email?',
      'Eg vil gjerne intervjua den som leiar prosjektet. Kven er det?',
    ])
      expect([q, people(q)[0]]).toEqual([q, q.startsWith('I') ? 'Elise B. Vesterhus' : 'Ola Skorstad']);
  });

  it('answers where the Trondheim team sits after a visit from a place outside the region', () => {
    for (const q of [
      'Visiting from Gothenburg in May to see the Trondheim team. What is the address of their offices, and which building?',
      'Where does the Trondheim team sit?',
    ]) {
      const { text } = shown(q);
      expect([q, text.includes('Bispegata 9')]).toEqual([q, true]);
      expect([q, text.includes('Kalvskinnet')]).toEqual([q, true]);
    }
  });

  it('gives someone’s own address, with no yes, when asked «Kan jeg få …» for it', () => {
    for (const q of [
      'Kan jeg få e-posten til hun som er leder for prosjektkontoret?',
      'Kan eg få mailadressa til ho som leiar prosjektkontoret?',
    ]) {
      expect([q, verdict(q)]).toEqual([q, undefined]);
      expect([q, shown(q).text.includes('elise-b.vesterhus@trondheim.kommune.no')]).toEqual([q, true]);
    }
    expect(answerer.answer('Kan jeg få mailadressen til prosjektkontoret?').direct).toBeUndefined();
  });

  it('gives the office’s e-mail address when input is to be sent to it, not its street address', () => {
    for (const q of [
      'Vi har samlet noen innspill på avdelingen som skal til prosjektkontoret. Hvor sender vi dem?',
      'Kvar sender eg innspel til prosjektkontoret?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.items.map((i) => i.type)]).toEqual([q, ['unit']]);
      expect([q, text.includes(OFFICE)]).toEqual([q, true]);
    }
  });

  it('names the communications lead for questions about information material or the project’s channels', () => {
    for (const q of [
      'Hvem kan jeg ringe om informasjonsmateriell til brukerne, og hva er nummeret?',
      'Kven har ansvar for informasjonsmaterialet i prosjektet?',
      'Hvem kontakter jeg for å få en sak om helsestasjonen i kanalene til prosjektet?',
    ])
      expect([q, people(q)]).toEqual([q, ['Tone Fagerholt']]);
  });

  it('asks a later part that points back of the decision the first part answers', () => {
    const q = 'Om gevinstrealiseringen: er det riktig at RHF og kommunen har hver sin dato, og hva er de?';
    const { answer, text } = shown(q);
    expect(answer.topicId).toBe('gevinststrategi');
    expect(text).toContain('01.10.2018');
  });
});
