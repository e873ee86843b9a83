import { shown } from '../support/question-answering';

// «Er det KS Trøndelag som koordinerer arbeidet opp mot de andre kommunene?»: what the one named in a cleft is said to
// do is checked as the same claim with the verb first; the page says Trondheim kommune coordinates it.

describe('a cleft saying what someone does', () => {
  it('says no with the sentence of who does it, and yes of the one who does', () => {
    for (const [q, verdict] of [
      ['Er det KS Trøndelag som koordinerer arbeidet opp mot de andre kommunene?', 'Nei'],
      ['Er det Helse Midt-Norge RHF som koordinerer arbeidet mot kommunene?', 'Nei'],
      ['Er det fagrådet som ivaretar kommunenes interesser?', 'Nei'],
      ['Er det Trondheim kommune som koordinerer arbeidet opp mot de andre kommunene?', 'Ja'],
      ['Er det samarbeidsrådet som ivaretar kommunenes interesser?', 'Ja'],
    ]) {
      const text = shown(q!).text;
      expect([q, text.startsWith(`${verdict}. Siden sier:`)]).toEqual([q, true]);
    }
  });
});

describe('an English cleft saying what someone does', () => {
  it('says no with the sentence of who does it, and yes of the one who does, never yes from the one named', () => {
    for (const [q, verdict] of [
      ['Is it KS Trøndelag that coordinates the work towards the other municipalities?', 'No'],
      ['Does KS Trøndelag coordinate the work towards the other municipalities?', 'No'],
      ['Is it Trondheim kommune that coordinates the work towards the other municipalities?', 'Yes'],
      ['Was it Trondheim and Helse Nord that ran the procurement?', 'No'],
    ]) {
      const text = shown(q!).text;
      expect([q, text.startsWith(`${verdict}. The page says:`)]).toEqual([q, true]);
    }
  });
});
