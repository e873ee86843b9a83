import { answerer, refuses, shown } from '../support/question-answering';

// «Where do the project staff sit?»: a where-question whose words best match something that is nowhere (the figure of
// staff affected) asks where the project named beside them is, when the page says where that is.

describe('where the project is, asked by its people', () => {
  it('answers the address when asked where the project people sit or are', () => {
    for (const q of [
      'Where do the project staff sit?',
      'Hvor sitter prosjektfolka?',
      'Kvar held prosjektteamet til?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'innforingsprosjektet']);
      expect([q, text.includes('Bispegata 9')]).toEqual([q, true]);
    }
  });

  it('still refuses where staff or services are that the page places nowhere', () => {
    refuses([
      'Where do the 40 000 staff work?',
      'Hvor jobber de 7000 ansatte?',
      'Where are the health stations in Trondheim?',
    ]);
    expect(answerer.answer('Where do the council members come from?').topicId).not.toBe(
      'innforingsprosjektet',
    );
  });
});
