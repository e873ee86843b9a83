import { people } from '../support/question-answering';

// "in the municipality" says where the preparations are, not what is done: the project that prepares leads them.

describe('the lead of the preparations in the municipality', () => {
  it('is the project lead, in any language', () => {
    for (const q of [
      'Who leads the preparations for the new system in the municipality?',
      'Who is responsible for the preparations for Helseplattformen in the municipality?',
      'Hvem leder forberedelsene i kommunen?',
      'Kven leiar førebuingane i kommunen?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
  });
});
