import { answerer, people, refuses } from '../support/question-answering';

// A lead role asked for by words the page's people do not hold it by: another kind of lead in a place the page
// names ("the project manager in Kristiansund"), or the head of a unit of an organisation ("the head of IT in
// Trondheim kommune") where the page only says someone from that unit leads a subproject.

describe('lead roles no one on the page holds', () => {
  it('refuses another kind of lead in a place, and the head of a unit of an organisation', () => {
    refuses([
      'Who is the project manager in Kristiansund?',
      'Who is project manager in Molde?',
      'Who is the head of IT in Trondheim kommune?',
      'Who leads IT in Trondheim kommune?',
      'Who is the head of personnel in Trondheim kommune?',
    ]);
  });

  it('refuses a project lead named with words before the role, in a place the page names no project lead for', () => {
    refuses([
      'Who is the Helseplattformen project lead in Molde kommune?',
      'Who is the Helseplattformen project lead in Steinkjer?',
      'Who is the Helseplattformen project manager in Kristiansund kommune?',
    ]);
    expect(people('Who is the Helseplattformen project lead?')).toEqual(['Ola Skorstad']);
    expect(people('Who is the Helseplattformen project lead in Trondheim kommune?')).toEqual([
      'Ola Skorstad',
    ]);
    expect(people('Who is the SSIKT project lead in Hareid?')).toEqual(['Evelyn Haram Larsen']);
  });

  it('still answers the leads the page names, by role, place or subproject', () => {
    expect(people('Who is the project manager in Hareid?')).toEqual(['Evelyn Haram Larsen']);
    expect(people('Who is the communications manager in Trondheim kommune?')).toEqual(['Tone Fagerholt']);
    expect(answerer.answer('Who is the head of the technical subproject?').topicId).toBe('teknisk');
    expect(answerer.answer('Who leads the technical subproject in Trondheim kommune?').topicId).toBe(
      'teknisk',
    );
    expect(answerer.answer('Who is the subproject leader for benefits realisation?').kind).toBe('answer');
  });
});
