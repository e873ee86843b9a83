import { answerer, refuses, shown } from '../support/question-answering';

// The page's project is Trondheim kommune's local implementation project; it mentions Helseplattformen's central
// implementation project only as the one Teknisk works with, and names no one in it.

describe('the project named as another one of its kind', () => {
  it('refuses who leads the central project, however its owner is said', () => {
    refuses([
      'Hvem leder Helseplattformens sentrale innføringsprosjekt?',
      'Hvem leder det sentrale innføringsprosjektet?',
      'Kven leiar det sentrale innføringsprosjektet til Helseplattformen?',
      "Who leads Helseplattformen's central implementation project?",
      "Who is the project manager of Helseplattformen's central implementation project?",
    ]);
    expect(
      answerer.answer('Hvem leder Helseplattformens sentrale innføringsprosjekt?').missing?.attribute,
    ).toBe('lead');
  });

  it('refuses other questions about it and about roles held in it', () => {
    refuses([
      "Where is Helseplattformen's central implementation project based?",
      'Hvem er kommunikasjonsansvarlig i Helseplattformens sentrale innføringsprosjekt?',
    ]);
  });

  it('still answers the local project and its people', () => {
    for (const q of [
      'Hvem leder det lokale innføringsprosjektet?',
      'Kven leiar det lokale innføringsprosjektet?',
      "Who leads Trondheim's local implementation project?",
      'Hvem leder innføringsprosjektet i Trondheim kommune?',
    ])
      expect([q, shown(q).text.includes('Ola Skorstad')]).toEqual([q, true]);
    expect(shown('Who is the communications lead of the project?').text).toContain('Tone Fagerholt');
    expect(shown('Hva huset tidligere lokalene der prosjektet sitter?').text).toContain('Kalvskinnet');
  });

  it('answers the subprojects of the project named as who leads it is, and refuses those of the central one', () => {
    for (const q of [
      'Hvilke delprosjekter har Helseplattform-prosjektet?',
      'Which subprojects does the Helseplattformen project have?',
      'Hvilke delprosjekter har det lokale innføringsprosjektet?',
    ])
      expect([q, shown(q).text.includes('Gevinstrealisering')]).toEqual([q, true]);
    refuses([
      'Kva delprosjekt har det sentrale innføringsprosjektet?',
      'Hvilke delprosjekter har det nasjonale innføringsprosjektet?',
    ]);
  });
});
