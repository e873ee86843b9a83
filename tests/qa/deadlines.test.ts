import { refuses, shown } from '../support/question-answering';

// The page gives one deadline: the benefits realisation strategy for Helse Midt-Norge RHF is to be presented «innen
// 01.10.2018». A deadline asked in other words (the past tense, "when … ready") is answered with it; a deadline asked
// of a decision whose date the page gives as when it happens or is expected is one the page does not give.

describe('deadlines', () => {
  it('answers the deadline of the RHF strategy asked in the past tense or as when it is to be ready', () => {
    for (const q of [
      'what was the deadline for the RHF to present its gevinstrealisering strategy',
      'Når ska Helse Midt-Norge ha gevinststrategien sin klar?',
      'Kor tid skal Helse Midt-Noreg ha gevinststrategien sin ferdig?',
      'When must the RHF have its benefits realisation strategy ready?',
      'Kva var tidsfristen for strategien for gevinstrealisering i RHF-et?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'gevinststrategi']);
      expect([q, /01\.10\.2018|1 October 2018/.test(text)]).toEqual([q, true]);
    }
  });

  it('refuses a deadline of what the page dates only as when it happens or is expected', () => {
    refuses([
      'Kva er fristen for opsjonskommunane til å løyse ut opsjonen?',
      'What is the deadline for our municipality to exercise the option?',
      'Hva er fristen for bystyrets vedtak om deleierskap?',
      'What was the deadline for the city council vote on co-ownership?',
      'Ble gevinststrategien levert innen fristen?',
    ]);
  });
});
