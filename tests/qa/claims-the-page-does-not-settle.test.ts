import { refuses, verdict } from '../support/question-answering';

// Two claims the page does not settle either way, which got a verdict: a county said of someone who works in a
// municipality in it, and a day of the week said of a body whose members a list names.

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
