import { refuses, shown } from '../support/question-answering';

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

describe('a cleft naming one of the listed municipalities or an organisation named after a county', () => {
  it('says no with the sentence of who coordinates, not yes from the list of municipalities that take part', () => {
    for (const q of [
      'Er det Bindal kommune som koordinerer arbeidet opp mot de andre kommunene?',
      'Er det Helse Møre og Romsdal som koordinerer arbeidet opp mot kommunene?',
      'Er det Helse Møre og Romsdal som koordinerer arbeidet opp mot kommunane?',
      'Er det Oppdal som koordinerer arbeidet?',
      'Is it Bindal that coordinates the work with the other municipalities?',
      'Is it Helse Møre og Romsdal that coordinates the work with the municipalities?',
    ]) {
      const text = shown(q).text;
      expect([q, /^(Nei\. Siden sier|Nei\. Sida seier|No\. The page says):/u.test(text)]).toEqual([q, true]);
      expect([q, text.includes('Trondheim kommune')]).toEqual([q, true]);
    }
  });

  it('still answers whether the municipality takes part, and refuses what the page does not say of the organisation', () => {
    expect(shown('Er Bindal med?').text).toMatch(/^Ja: «Bindal kommune i Nordland/u);
    refuses([
      'Er det Helse Møre og Romsdal som har ansvar for lønna mi?',
      'Hvem er leder av Helse Møre og Romsdal?',
    ]);
  });
});
