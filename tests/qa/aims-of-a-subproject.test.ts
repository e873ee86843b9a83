import { refuses, shown } from '../support/question-answering';

// The aims of a subproject's strategy ("Formålet vil blant annet være å: …") are a bullet list on the page: asked for
// by a word its points are (aims, goals, formål), the answer shows that list as the page has it.

describe('aims of a subproject asked as a list', () => {
  it('shows the list of aims of the benefits realisation strategy, in English', () => {
    for (const q of [
      'What are the aims of the benefit realisation work?',
      'purpose of the benefits realisation strategy, quick bullet list pls',
      'What are the goals of the benefits realisation strategy?',
      'Which objectives does the benefits realisation strategy have?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'gevinstrealisering']);
      expect([q, text.includes('- Ensure attention to the right benefits')]).toEqual([q, true]);
    }
  });

  it('shows the list in Norwegian, in bokmål and nynorsk', () => {
    for (const q of [
      'Hva er formålet med gevinstrealiseringen?',
      'Kva er føremåla med gevinstrealiseringa?',
      'Hvilke hensikter har strategien for gevinstrealisering?',
      'Hva er poenget med strategien for gevinstrealisering?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'gevinstrealisering']);
      expect([q, text.includes('- Sikre oppmerksomhet på de rette gevinstene')]).toEqual([q, true]);
    }
  });

  it('still refuses the aims of something the page does not have', () => {
    refuses([
      'What are the aims of the municipal election?',
      'What are the goals of Helse Vest?',
      'Hva er poenget med lunsjen?',
    ]);
  });
});
