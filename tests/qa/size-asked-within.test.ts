import { refuses, shown } from '../support/question-answering';

describe('«kor stor oppgåve …» after «kva seier sida om»: how big, said in words', () => {
  it('answers with the subproject whose text calls the training a considerable task', () => {
    for (const q of [
      'Kva seier sida om kor stor oppgåva med opplæring blir?',
      'Hva sier siden om hvor stor oppgave opplæringen blir?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId, text]).toEqual([
        q,
        'answer',
        'opplaering',
        expect.stringContaining('betydelig oppgave'),
      ]);
    }
  });

  it('refuses how big what the page gives no size of', () => {
    refuses([
      'Kva seier sida om kor stor oppgåva med Teknisk blir?',
      'Hva sier siden om hvor stort budsjettet til opplæringen er?',
      'Vet du hvor stor oppgave gevinstrealiseringen blir?',
    ]);
  });
});

describe('how big a job something is, asked by the everyday word for a task', () => {
  it('answers with the sentence that calls training all staff a considerable task', () => {
    for (const q of [
      'Hvor stor jobb blir det egentlig å lære opp alle medarbeiderne?',
      'Kor stor jobb blir det å lære opp alle medarbeidarane?',
      'Hvor stor jobb blir opplæringen av alle medarbeiderne?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('betydelig oppgave')]);
  });

  it('still refuses how big a job what the page gives no size of is', () => {
    refuses(['Hvor stor jobb blir det å flytte kontoret?', 'Hvor stor jobb blir kartleggingen?']);
  });
});
