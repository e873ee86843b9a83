import { answerer, officeEmail, people, shown } from '../support/question-answering';

// An e-mail address or phone number asked of someone named by their title beside the project they hold it in is the
// person's; the project's own address is the project office's.

describe('a detail of someone named by their title in the project', () => {
  it("gives the project lead's e-mail address, not the project office's", () => {
    for (const q of [
      'Trenger å sende en mail til prosjektlederen for innføringen i Trondheim kommune, hva er epostadressen',
      'Kva er e-postadressa til prosjektleiaren for innføringsprosjektet?',
      "What's the e-mail of the project lead of the implementation project in Trondheim?",
    ]) {
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
      expect(shown(q).text).toContain('ola.skorstad@trondheim.kommune.no');
      expect(shown(q).text).not.toContain(officeEmail);
    }
  });

  it('gives the communications lead her own e-mail address', () => {
    expect(people('Hva er e-posten til kommunikasjonsansvarlig i innføringsprosjektet?')).toEqual([
      'Tone Fagerholt',
    ]);
  });

  it('says the page gives no phone number for the project lead, instead of giving the office', () => {
    const answer = answerer.answer('Kva er telefonnummeret til prosjektleiaren for innføringa?');
    expect(answer.missing).toEqual({ attribute: 'phone', subject: 'Ola Skorstad' });
  });

  it("still gives the project office for the project's own address", () => {
    for (const q of [
      'Hva er e-postadressen til innføringsprosjektet i Trondheim kommune?',
      'What is the e-mail address of the local implementation project?',
    ])
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'prosjektkontoret']);
  });
});
