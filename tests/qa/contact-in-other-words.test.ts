import { answerer, people, refuses, shown } from '../support/question-answering';

// Where to write, asked in other words: the office's shared inbox, a question said first and sent after, and the
// address of someone named by a role in the sentence before the question.

const OFFICE = 'helseplattformen.helseogvelferd@trondheim.kommune.no';

describe('reaching the project in other words', () => {
  it('answers a shared inbox with the office’s address', () => {
    for (const q of [
      'Is there a shared inbox for the project office?',
      'Har prosjektkontoret ein felles innboks?',
      'Is there a shared inbox I can write to about the project?',
    ])
      expect([q, shown(q).text.includes(OFFICE)]).toEqual([q, true]);
  });

  it('answers where to send a question said before the verb that sends it', () => {
    for (const q of [
      'Jeg har et generelt spørsmål om innføringen – hvor sender jeg det?',
      'I have a general question about Helseplattformen. Where do I send it?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'prosjektkontoret']);
  });

  it('answers the address of someone named by a role before the question', () => {
    const head =
      'Hei, jeg skal sende en henvendelse direkte til lederen av prosjektkontoret. Hvilken epostadresse bruker jeg?';
    expect(shown(head).text).toContain('elise-b.vesterhus@trondheim.kommune.no');
    expect(people('I need to contact the project leader, what is his email?')).toEqual(['Ola Skorstad']);
    expect(
      people('Eg skal sende ein førespurnad direkte til prosjektleiaren. Kva e-postadresse bruker eg?'),
    ).toEqual(['Ola Skorstad']);
  });

  it('answers a first name with a role, «for» being no «før»', () => {
    expect(shown('What’s the number for Tone, the comms person?').text).toContain('481 61 844');
    refuses(['Who came before Tone as comms lead?', 'Hvem tok over etter Elise?']);
  });

  it('answers a surname half remembered after the first name', () => {
    const elise = 'Hva er nummeret til Elise Vester-et-eller-annet på prosjektkontoret?';
    expect(people(elise)).toEqual(['Elise B. Vesterhus']);
    expect(shown(elise).text).toContain('952 63 567');
    expect(people('Hva er e-posten til Ola Skor?')).toEqual(['Ola Skorstad']);
    refuses(['Hvem er Line Kristiansen?', 'Hvem er Ola Skorpen?']);
  });

  it('reads «annet» as no word of its own', () => {
    const q = 'Hvilket annet delprosjekt samarbeider det tekniske delprosjektet tett med?';
    expect(answerer.answer(q).kind).toBe('answer');
  });

  it('still refuses setting up a mailbox, a council’s inbox and an address the page does not give', () => {
    refuses([
      'How do I set up a shared mailbox for my team?',
      'Har samarbeidsrådet en felles innboks?',
      'Jeg skal sende en henvendelse direkte til lederen av Teknisk. Hvilken epostadresse bruker jeg?',
    ]);
  });
});
