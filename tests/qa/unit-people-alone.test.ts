import { people, refuses } from '../support/question-answering';

// The people of a unit the question names, asked with nothing else of the page to choose a topic by.

describe('the people of a unit, asked of the page as a whole', () => {
  it('names the people from the unit', () => {
    for (const q of [
      'Which of the people named on the page come from Rådmannens fagstab?',
      'Hvem av personene på siden er fra Rådmannens fagstab?',
      'Kven av dei som står på sida kjem frå Rådmannens fagstab?',
      'Who on the page works for Rådmannens fagstab?',
    ])
      expect([q, people(q).sort()]).toEqual([q, ['Line Kristoffersen', 'Ola Skorstad', 'Øyvind Tanum']]);
  });

  it('still refuses who leads the unit, and a unit the page does not know', () => {
    refuses([
      'Hvem leder Rådmannens fagstab?',
      'Which of the people named on the page come from Bergen kommune?',
    ]);
  });
});
