import { people, refuses } from '../support/question-answering';

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

describe('the effort to get ready, read as the preparations', () => {
  it('answers who heads it with the project lead, in bokmål, nynorsk and English', () => {
    for (const q of [
      "Who is the overall head of the municipality's effort to get ready for the new shared patient record system?",
      'Who is in charge of getting ready for Helseplattformen in Trondheim?',
      'Hvem leder arbeidet med å gjøre seg klar til Helseplattformen i kommunen?',
      'Kven leiar arbeidet med å gjere seg klar til innføringa i kommunen?',
    ])
      expect([q, people(q)]).toEqual([q, ['Ola Skorstad']]);
  });

  it('still refuses getting ready for what the page does not hold, or of another organisation', () => {
    refuses([
      'Who is getting ready for the party?',
      "Who leads the hospital's effort to get ready for the new system?",
      'Hvem hjelper sykepleierne å gjøre seg klar til vakt?',
    ]);
  });
});
