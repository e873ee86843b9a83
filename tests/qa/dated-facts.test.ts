import { answerer, refuses, shown } from '../support/question-answering';

// The page dates one thing besides its decisions: the group photo of the option municipalities, whose file name on the
// page carries the date it was taken. A when-question about that photo is answered with it; about anything else that
// has no date, still refused.

describe('the date of the group photo', () => {
  it('answers when the group photo was taken, in any language, with where the date comes from', () => {
    for (const q of [
      'Når ble gruppebildet av opsjonskommunene tatt?',
      'What date is on the group photo of the option municipalities?',
      'Kva dato er gruppebiletet av samarbeidsrådet frå?',
      'samarbeidsråd gruppebilde - date?',
      'Når vart gruppebiletet teke?',
      'When was the photo of the Cooperation Council taken?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'gruppebilde']);
      expect([q, /13\.03\.2019|13 March 2019/.test(text)]).toEqual([q, true]);
      expect([q, /filnavn|filnamn|file name/.test(text)]).toEqual([q, true]);
    }
  });

  it('answers what the group photo is dated, not the list of dated decisions', () => {
    for (const q of [
      'Når er gruppebildet av opsjonskommunene datert?',
      'Kva er biletet av samarbeidsrådet datert?',
      'When is the group photo dated?',
      'What date is the photo of the council dated?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', 'gruppebilde']);
      expect([q, /13\.03\.2019|13 March 2019/.test(text)]).toEqual([q, true]);
    }
    refuses([
      'Når er bildet av prosjektkontoret datert?',
      'When is the training plan dated?',
      'Når er planen for utvikling av kommunal funksjonalitet datert?',
    ]);
  });

  it('gives the date as the file name writes it when asked about the file name', () => {
    for (const q of [
      'What date is in the file name of the group photo of the option municipalities?',
      'Hvilken dato står i filnavnet til gruppebildet?',
      'Kva dato står i filnamnet til gruppebiletet av opsjonskommunane?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'gruppebilde']);
      expect([q, text.includes('13-03-2019')]).toEqual([q, true]);
    }
  });

  it('still refuses the date of a photo or thing the page gives none for', () => {
    refuses([
      'When was the project office photo taken?',
      'Når ble bildet av prosjektkontoret tatt?',
      'When did Carl Erik Eriksson take the photo?',
      'Når ble samarbeidsrådet etablert?',
      'Når ble bildet av Bispegata tatt?',
      'Hvem fotograferte gruppebildet av Samarbeidsrådet fra mars 2019?',
    ]);
  });

  it('still answers who is in the group photo, and when the council votes on co-ownership', () => {
    expect(shown('Hvem er med på gruppebildet?').text).toContain('Garåsen');
    expect(answerer.answer('Når avgjør bystyret deleierskap?').topicId).toBe('deleierskap');
  });

  it('refuses when something happens to what a dated entry only names, done in words the page does not have', () => {
    refuses([
      'Når skal opsjonen løses ut?',
      'What is the deadline for our municipality to exercise the option?',
      'Kva er fristen for opsjonskommunane til å løyse ut opsjonen?',
      'Kva tid vart Helseplattformen AS skipa?',
      'When was Helseplattformen AS founded?',
    ]);
    // What the page dates is answered, however it is asked.
    const dated: [string, string][] = [
      ['Når skal opsjonen behandles i bystyret?', 'gevinststrategi-trondheim'],
      ['Innan kva dato skal RHF leggje fram strategien for gevinstrealisering?', 'gevinststrategi'],
      ['Når vedtek bystyret i Trondheim om kommunen skal bli deleigar i Helseplattformen AS?', 'deleierskap'],
    ];
    for (const [q, id] of dated) expect([q, answerer.answer(q).topicId]).toEqual([q, id]);
  });
});
