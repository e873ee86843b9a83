import { refuses, shown } from '../support/question-answering';

// «Hvilke tjenester i Trondheim kommune får ny kantine?»: the page lists the services that take Helseplattformen into
// use, not those that get anything else; an everyday thing the bot does not know, named last as what they get or
// have, is what the question is about.

describe('which of a list get something the page does not speak of', () => {
  it('refuses, in bokmål, nynorsk and English, for the services and the council members', () => {
    refuses([
      'Hvilke tjenester i Trondheim kommune får ny kantine?',
      'Kva tenester i Trondheim får ny kantine?',
      'Which services in Trondheim get a new canteen?',
      'Hvor mange tjenester i TK har fått ny kantine?',
      'Hvilke tjenester i Trondheim kommune får ny turnusplan?',
      'Hvilke medlemmer av samarbeidsrådet har fått ny bil?',
      'Which members of the council got a new car?',
    ]);
  });

  it('still lists the services and members asked for with words the page has', () => {
    for (const [q, item] of [
      ['hvilke tjenester i TK skal over på det nye felles pasientjournalsystemet', 'fengselshelsetjeneste'],
      ['Which services in Trondheim are covered by the new joint patient record?', 'legevakt'],
      ['Which services get the new platform?', 'legevakt'],
      ['Hvilke tjenester i Trondheim får det nye systemet?', 'legevakt'],
      ['Which members does the council have?', 'Torunn Austheim'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(item!)]);
  });
});
