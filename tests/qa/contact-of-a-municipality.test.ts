import { refuses, shown } from '../support/question-answering';

// The page names no contact person of each municipality; the project office is the contact of the project only.

describe('a contact person of a municipality', () => {
  it('is refused for a municipality other than the one the project is named for', () => {
    refuses([
      'Hvem er Molde kommunes kontaktperson i Helseplattformens prosjektorganisasjon?',
      "Who is Steinkjer's contact person in the project organisation?",
      'Kven er kontaktpersonen for Malvik i prosjektorganisasjonen?',
    ]);
  });

  it('is still the project office for Trondheim kommune and for the project', () => {
    for (const q of [
      'Hvem er kontaktperson i Trondheim kommune for Helseplattformen?',
      'Hvem er Trondheim kommunes kontaktperson for Helseplattformen?',
      'Hvem er kontaktperson for prosjektet?',
    ]) {
      const { answer } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'prosjektkontoret']);
    }
  });
});
