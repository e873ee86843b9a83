import { answerer } from '../support/question-answering';

// A short question with no word that marks its language ("Bindal included?", "canteen opening hours") is answered in
// the language its words belong to alone, by the dictionaries; names do not count («May» Liz is no English «may»).

describe('the language of a short question without marker words', () => {
  it('answers English fragments in English', () => {
    for (const q of [
      'Bindal included?',
      'prison health service included?',
      'Orkland member?',
      'efficiency gains?',
    ])
      expect([q, answerer.answer(q).lang]).toEqual([q, 'en']);
  });

  it('answers Norwegian fragments in Norwegian, whatever names they hold', () => {
    for (const q of ['legevakten inkludert?', 'epost til May Liz Bjørnevik Tho?', 'Tone Fagerholt telefon?'])
      expect([q, answerer.answer(q).lang]).toEqual([q, 'nb']);
  });
});
