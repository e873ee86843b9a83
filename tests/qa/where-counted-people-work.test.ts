import { refuses, shown } from '../support/question-answering';

// «Kvar jobbar dei tilsette som vert råka …?»: where the people a fact counts work is where its figure says they are
// («over 40 000 ansatte i kommuner, i sykehus og i det private»).

describe('where the people a figure counts work', () => {
  it('answers with the sentence that says where they are, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Kvar jobbar dei tilsette som vert råka av det nye journalsystemet – berre i kommunane?',
      'Hvor jobber de ansatte som berøres av det nye journalsystemet?',
      'Kvar arbeider dei 40 000 tilsette?',
      'Where do the staff affected by the new record system work?',
      'Where do the 40 000 staff work?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'omfang', expect.stringMatching(/i sykehus|hospitals/)]);
    }
  });

  it('reads the workplaces of those counted as where they work', () => {
    for (const q of [
      'Kva slags arbeidsplassar høyrer dei over 40 000 tilsette som blir påverka til?',
      'Hvilke arbeidsplasser jobber de 40 000 ansatte på?',
      'What kinds of workplaces do the 40,000 affected staff belong to?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, 'omfang', expect.stringMatching(/i sykehus|hospitals/)]);
    }
    // Workplaces counted, or asked for by what the page does not say of them, are not.
    refuses([
      'Hvor mange arbeidsplasser berøres?',
      'How many workplaces are affected?',
      'Hvilke arbeidsplasser har kantine?',
      'Which workplaces in Trondheim have parking?',
    ]);
  });

  it('answers where the 7000 staff work with the sentence about Trondheim kommune', () => {
    expect(shown('Hvor jobber de 7000 ansatte?').text).toContain(
      'I Trondheim kommune får rundt 7000 ansatte',
    );
  });

  it('still refuses where they are when the question names the place itself, or another thing', () => {
    refuses([
      'Hvor bor de ansatte i Trondheim kommune?',
      'Hvor jobber fageksperter?',
      'Hvor ligger sykehusene?',
    ]);
  });
});
