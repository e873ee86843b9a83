import { answerer, refuses, shown } from '../support/question-answering';

// Questions the page answers, in words it does not use: "what more", who took the photo, the parties to the
// procurement, taking part, looking after the municipalities' interests, living at home longer.

describe('answerable questions in other words than the page', () => {
  it('reads "what more" and "else" as asking what else, not as a topic', () => {
    for (const q of [
      'Kva meir gjer delprosjekt Teknisk utanom integrasjonar?',
      'Hva mer gjør Teknisk?',
      'What more does the Technical subproject do besides integrations?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/migrering|migrate/)]);
    refuses(['Hva mer koster kantina?']);
  });
});
