import { answerer, refuses, shown } from '../support/question-answering';

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

describe('a date asked of what the page dates nothing of', () => {
  it('refuses when Trondheim goes live, rather than giving the date of a strategy matched only by the place', () => {
    refuses([
      'when is the go-live date for trondheim kommune?',
      'Når er go-live for Trondheim kommune?',
      'When does Trondheim kommune go live?',
      'Når tar Trondheim kommune i bruk Helseplattformen?',
    ]);
    for (const q of [
      'Når skulle bystyret behandle opsjonen?',
      'When is the deadline for Helse Midt-Norge RHF?',
    ])
      expect([q, answerer.answer(q).kind]).toEqual([q, 'answer']);
  });
});
