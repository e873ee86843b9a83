import { answerer, refuses, shown } from '../support/question-answering';

describe('people asked for by part of their name and what they do', () => {
  it('answers a first name with the role after a comma, also with «for» before the name', () => {
    for (const q of [
      "What's the number for Tone, the comms person?",
      'Hva er nummeret for Tone, kommunikasjonsansvarlig?',
      'Kva er telefonnummeret til Tone, ho som har kommunikasjon?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'tone-fagerholt', expect.stringContaining('481 61 844')]);
    }
    // «før» is still who came before someone, which the page does not say.
    refuses([
      'Hvem var leder før Arne Ingebrigtsen?',
      'Kven var leiar før Arne?',
      'Who took over after Ola?',
    ]);
  });

  it('reads the start of a surname, half remembered, beside the first name as that person', () => {
    for (const [q, id, detail] of <[string, string, string][]>[
      [
        'Hva er nummeret til Elise Vester-et-eller-annet på prosjektkontoret?',
        'elise-vesterhus',
        '952 63 567',
      ],
      ['Hva er e-posten til Elise Vester?', 'elise-vesterhus', 'elise-b.vesterhus@trondheim.kommune.no'],
      ["What's Line Kristof's role?", 'line-kristoffersen', 'Functionality'],
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, id, expect.stringContaining(detail)]);
    }
    // Another surname, or one the page's does not begin with, is someone else.
    refuses(['Hva er nummeret til Elise Vestby?', 'Hvem er Line Andersen?']);
    expect(answerer.answer('Hvem er Ola Skor?').topicId).toBe('ola-skorstad');
  });
});
