import { refuses, shown } from '../support/question-answering';

// «Hvem sørger for at kommunen får igjen nytten …?», "Who makes sure the city gets the benefits …?": getting the
// benefits of the system back is benefits realisation, whose lead the page names. «Hva jobber hun med til daglig?»:
// what someone does day to day is their job, which the page gives as their role. «Hvor mange kommunalt ansatte …»:
// staff of the municipality are counted by the municipality's figure.

describe('benefits got back, day jobs and municipal staff', () => {
  it('names the lead of benefits realisation when asked who sees that the benefits are got back', () => {
    for (const q of [
      'Hvem passer på at kommunen får igjen nytten av Helseplattformen?',
      'Kven skal syte for at Trondheim får igjen gevinstane av systemet?',
      'Hvem sørger for at gevinstene realiseres?',
      'Who will make sure Trondheim actually gets the benefits of the platform?',
      'Hvem skal passe på at kommunen henter ut gevinstene av systemet?',
    ]) {
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/Tanum/)]);
    }
  });

  it('answers what a council member does day to day with their role', () => {
    for (const q of [
      'Hva jobber Ragnhild Holmberg Aunsmo med til daglig?',
      'Kven frå Lierne sit i samarbeidsrådet, og kva jobbar han med til dagleg?',
      'What does Evelyn Haram Larsen do for a living?',
      'Hvem fra Lierne er med i rådet, og hva er yrket hans?',
      "What is Karl Audun Fagerli's occupation?",
    ]) {
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/kommuneoverlege|rådmann|SSIKT/i)]);
    }
    refuses(['Hva jobber fagrådet med til daglig på kantina?']);
  });

  it('counts the municipal staff of Trondheim by its figure, not those of another municipality', () => {
    for (const q of [
      'Kor mange kommunalt tilsette i Trondheim får eit nytt arbeidsverktøy?',
      'Ca. hvor mange kommunalt ansatte i Trondheim skal ta i bruk Helseplattformen?',
    ]) {
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/7000/)]);
    }
    refuses(['Hvor mange kommunalt ansatte i Molde får nytt arbeidsverktøy?']);
  });
});
