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

  it('answers what the gains strategy is to do by the purposes the page gives it, in any language', () => {
    for (const q of [
      'Kva skal gevinststrategien sikre kopling mot?',
      'Hva skal gevinststrategien sikre kobling mot?',
      'Kva skal gevinststrategien skape forståing for?',
      'What should the gains strategy ensure a link to?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'gevinstrealisering',
        expect.stringMatching(/vedtatte strategier|adopted strategies/),
      ]);
    }
    // When it is to be presented is the strategy's own date; what it costs, or the purpose elsewhere, is not given.
    expect(shown('Når skal gevinststrategien legges fram?').answer.topicId).toBe('gevinststrategi');
    refuses(['Hva skal gevinststrategien koste?', 'Hva skal gevinststrategien sikre kobling mot i Bergen?']);
  });

  it('still refuses realising benefits of something the page does not have', () => {
    refuses(['Hva er formålet med å realisere gevinster på kantina?']);
  });
});
