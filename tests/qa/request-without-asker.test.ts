import { shown } from '../support/question-answering';

// «trenger epost til hun som leder prosjektkontoret»: a verb of needing first, with what is asked for right after it,
// asks for that (the «jeg» left out, as in chat); it is no yes/no question.

describe('a request opened by a verb of needing, without the asker', () => {
  it('answers with what is asked for, and no verdict', () => {
    for (const [q, detail] of [
      ['trenger epost til hun som leder prosjektkontoret', 'elise-b.vesterhus@trondheim.kommune.no'],
      ['trenger nummeret til Tone Fagerholt', '481 61 844'],
      ['treng e-posten til prosjektkontoret', 'helseplattformen.helseogvelferd@trondheim.kommune.no'],
      ['need the email of the head of the project office', 'elise-b.vesterhus@trondheim.kommune.no'],
    ]) {
      const { answer, text } = shown(q!);
      expect([q, answer.direct?.type, text.includes(detail!)]).toEqual([q, undefined, true]);
    }
  });

  it('still reads a verb of needing with its subject as a yes/no question', () => {
    const { answer } = shown('Trenger vi å sende personnummer i tilbakemeldingen?');
    expect(answer.direct?.type).not.toBeUndefined();
  });
});
