import { refuses, shown } from '../support/question-answering';

// To realise benefits («realisere gevinster», "realise benefits") is benefits realisation (gevinstrealisering): the
// purposes of its strategy are asked for in those words too. Of something else the page does not say it.

describe('benefits realisation asked for as realising benefits', () => {
  it('answers the purposes of the strategy, in bokmål and nynorsk', () => {
    for (const q of [
      'Hva er formålene med strategien for å realisere gevinster?',
      'Hva er formålet med å realisere gevinstene?',
      'Kva er føremåla med strategien for å realisere gevinstar?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'gevinstrealisering']);
      expect([q, /målsettinger/.test(text) && /negative konsekvenser/.test(text)]).toEqual([q, true]);
    }
  });

  it('still refuses realising benefits of something the page does not have', () => {
    refuses(['Hva er formålet med å realisere gevinster på kantina?']);
  });
});
