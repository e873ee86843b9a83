import { answerer, refuses } from '../support/question-answering';

// «helsestasjon part of the local project?»: typed in a hurry, with no verb, a name and a word for being part of
// something ask whether it is.

describe('a yes/no question typed without its verb', () => {
  it('answers yes for an item of the list', () => {
    for (const q of [
      'helsestasjon part of the local project?',
      'legevakta med?',
      'skolehelsetjenesten inkludert?',
    ])
      expect([q, answerer.answer(q).direct?.type]).toEqual([q, 'yes']);
  });

  it('still refuses what the page does not list', () => {
    refuses(['tannlegen med?', 'tannhelsetjenesten included?']);
  });
});
