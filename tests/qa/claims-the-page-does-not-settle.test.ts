import { refuses, verdict } from '../support/question-answering';

// Claims the page does not settle either way, which got a verdict: a county said of someone who works in a
// municipality in it, a day of the week said of a body whose members a list names, and deciding said of those a
// sentence says only take part.

describe('a county said of someone who works in a municipality in it', () => {
  it('gets no «No», in bokmål and English', () => {
    for (const q of ['Er Tone Fagerholt fra Trøndelag?', 'Is Ola Skorstad from Trøndelag?'])
      expect([q, verdict(q)]).toEqual([q, undefined]);
  });

  it('still says no to an organisation of the county in place of the municipality the page names', () => {
    expect(verdict('Er det KS Trøndelag som koordinerer arbeidet opp mot de andre kommunene?')).toBe('Nei');
  });
});

describe('a day of the week said of a body a list names the members of', () => {
  it('is refused rather than answered «Ja» from the member of the place it names', () => {
    refuses(['Møtes samarbeidsrådet hver fredag i Molde?', 'Møtast samarbeidsrådet kvar fredag i Molde?']);
  });

  it('still answers yes to the place as a member', () => {
    expect(verdict('Er Molde med i samarbeidsrådet?')).toBe('Ja');
  });
});

describe('deciding said of those a sentence says only work with it', () => {
  it('gets no «Yes» from the sentence about the experts who help set up the system', () => {
    for (const q of [
      'Will experts decide on the supplier?',
      'Will experts from municipal health services decide on the supplier?',
      'Skal fageksperter bestemme oppsettet av journalløsningen?',
    ])
      expect([q, verdict(q)]).toEqual([q, undefined]);
  });

  it('still answers who decides from the sentence of the decision, and what the experts do', () => {
    expect(verdict('Is it the city council that decides on part-ownership?')).toBe('Yes');
    expect(verdict('Avgjør bystyret om kommunen skal bli deleier?')).toBe('Ja');
    expect(verdict('Will experts help set up the record system?')).toBe('Yes');
  });
});
