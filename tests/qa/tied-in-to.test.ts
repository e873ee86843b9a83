import { shown } from '../support/question-answering';

// «How are the other municipalities tied in to Helseplattformen?»: to be tied in to something is to be part of it.

describe('how the municipalities are tied in to the platform', () => {
  it('answers with the option agreements they take part through', () => {
    expect(
      shown('How are the municipalities of Møre og Romsdal tied into the platform – through what agreement?')
        .text,
    ).toMatch(/option agreement/iu);
  });
});
