import { answerer, shown } from '../support/question-answering';

describe('what a refusal says it does not know', () => {
  it('names what the question asks to be led when a name stands there', () => {
    expect(answerer.answer('Hvem er leder av Helse Midt-Norge RHF?').missing).toEqual({
      attribute: 'lead',
      subject: 'Helse Midt-Norge RHF',
    });
    expect(answerer.answer('Hvem leder Kommunenes Sentralforbund?').missing?.subject).toBe(
      'Kommunenes Sentralforbund',
    );
  });

  it('says it plainly when a verb, a clause or a longer word stands where the name would be', () => {
    for (const q of [
      'Hvem har ansvaret for å koordinere arbeidet opp mot de andre kommunene?',
      'What head-count figures does the page give for the whole region versus Trondheim municipality alone?',
      'Hvem skal sørge for at alle medarbeiderne får skolering i det nye systemet?',
      'Jeg leder en hjemmetjenesteenhet og har spørsmål. Hvem kan jeg spørre om innkjøp?',
      'The council wants to know who runs the company itself. Who is the chief executive of Helseplattformen AS?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.missing?.attribute]).not.toEqual([q, 'lead']);
      expect(text).not.toMatch(
        /who leads (figures|company)|hvem som leder (koordinere|medarbeiderne|hjemme)/i,
      );
    }
  });

  it('never quotes a word the bot rewrote in place of the one the asker wrote', () => {
    for (const q of [
      'Who leads KS (Kommunenes Sentralforbund) nationally?',
      'Who is teaching staff?',
      'Kven er leiar for IT-tenesta i Trondheim kommune?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing]).toEqual([q, 'fallback', undefined]);
    }
    // What the asker wrote is named.
    expect(answerer.answer('Hvem er nestleder i Samarbeidsrådet for opsjonskommuner?').missing?.subject).toBe(
      'nestleder i Samarbeidsrådet for opsjonskommuner',
    );
  });
});
