import { refuses, shown } from '../support/question-answering';

// A benefit named only by whom it is for («Styrket pasientsikkerhet» by «pasientene») is no yes to what else the
// question says of them.

describe('a yes/no question that says of patients or residents what no benefit says', () => {
  it('is refused, not answered yes with the benefit that has the word for them', () => {
    refuses([
      'Får pasientene bedre mat?',
      'Blir pasientene fornøyde?',
      'Får pasientane kortare ventetid?',
      'Will patients get better food?',
      'Får innbyggerne gratis parkering?',
    ]);
  });

  it('still answers yes when the question names the benefit itself', () => {
    for (const q of [
      'Blir pasientsikkerheten styrket?',
      'Blir det sikrere for pasientene?',
      'Will patient safety be stronger?',
    ])
      expect([q, shown(q).answer.direct?.type]).toEqual([q, 'yes']);
  });
});
