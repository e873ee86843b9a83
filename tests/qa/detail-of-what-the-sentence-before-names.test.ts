import { refuses, shown } from '../support/question-answering';

describe('where «their offices» are, of what the sentence before names', () => {
  it('answers with the address of the project the sentence before names', () => {
    for (const q of [
      "As a GP in Trondheim I'm invited to a meeting with the implementation project. What is the street address of their offices?",
      "I'm invited to a meeting with the implementation project. What is the street address of their offices?",
      'Skal i møte med innføringsprosjektet neste uke. Hvor ligger kontorene deres?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, text]).toEqual([q, 'answer', expect.stringContaining('Bispegata 9')]);
    }
  });

  it('refuses where of what the page places nowhere, or of what it does not name', () => {
    refuses([
      'We are meeting Teknisk next week. Where are their offices?',
      "I'm invited to a meeting with the cooperation council. What is the street address of their offices?",
      'Skal i møte med Bergen kommune. Hva er adressen til kontoret deres?',
    ]);
  });
});
