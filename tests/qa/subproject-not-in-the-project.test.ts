import { answerer, shown } from '../support/question-answering';

// «Who leads the information security subproject in Trondheim's implementation project?»: a subproject named by
// words no subproject has does not exist, also when the project it would belong to is named after it and one of the
// words is the bot's for something else («information»: the communications lead).

describe('a subproject the project does not have, named with the project', () => {
  it('says there is no such subproject and names those there are, in English, bokmål and nynorsk', () => {
    for (const q of [
      "Who leads the information security subproject in Trondheim's implementation project?",
      'Who is in charge of the information security subproject of the implementation project?',
      "Who heads the patient safety subproject in Trondheim's project?",
      'Hvem leder delprosjektet for informasjonssikkerhet i Trondheims innføringsprosjekt?',
      'Kven leiar delprosjektet for informasjonstryggleik i innføringsprosjektet i Trondheim?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'subproject']);
    }
  });

  it('still answers the lead of a subproject the project has, named the same way', () => {
    for (const [q, lead] of [
      ["Who leads the training subproject in Trondheim's implementation project?", 'May Liz Bjørnevik Tho'],
      ['Who leads the benefits realisation subproject in the implementation project?', 'Øyvind Tanum'],
      ["Who leads the technical subproject in Trondheim's project?", 'Anne Amdal Storsve'],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(lead!)]);
  });
});
