import { refuses, shown } from '../support/question-answering';

// An English past form in -ed of a verb the page writes in the present ("documented" of "documents", "defined" of
// "defines") is that verb, as the Norwegian participle in -ert is ("dokumentert" of "dokumenteres").

describe('English past forms of the page’s verbs', () => {
  it('answers what the initial mapping writes down, however the verb is put', () => {
    for (const q of [
      'Besides current processes, what else gets written down in the first mapping done by the functionality subproject?',
      'What is documented in the initial mapping?',
      'What gets written down in the first mapping?',
      'Hva blir dokumentert i den innledende kartleggingen?',
      'Kva blir dokumentert i den fyrste kartlegginga?',
    ])
      expect([q, shown(q).answer.topicId]).toEqual([q, 'funksjonalitet']);
  });

  it('checks a claim put with the past form against the page’s sentence', () => {
    expect(shown('Are ideas for changing work processes documented in the initial mapping?').text).toMatch(
      /^Yes\. The page says: “The initial mapping also documents ideas/u,
    );
    expect(shown('Are training needs defined by the training subproject?').text).toMatch(
      /^Yes\. The page says: “The subproject defines training needs/u,
    );
  });

  it('keeps «planned» as what is planned, not as the past of «plans»', () => {
    expect(shown('Which decisions are planned?').text).toMatch(/^Decisions and milestones.*August 29/su);
  });

  it('still refuses what the page does not say', () => {
    refuses([
      'Which subproject reviewed the contract with the vendor?',
      'What was documented at the board meeting?',
      'What is documented about the canteen?',
      'What got reviewed in the budget?',
    ]);
  });
});

describe('English -ing forms of general words before a noun', () => {
  it('reads «the later-joining municipalities» as said of the municipalities, not as a thing of its own', () => {
    for (const [q, name] of <[string, string][]>[
      ["Malvik's representative on the council for the later-joining municipalities?", 'Carl-Jacob Midttun'],
      ['Who chairs the council for the later-joining municipalities?', 'Arne Ingebrigtsen'],
      ["Who leads the participating municipalities' council?", 'Arne Ingebrigtsen'],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(name)]);
    // A gerund that names an activity is still a thing the page has nothing of.
    refuses([
      'Is there a subproject for testing, and who leads it?',
      'Is there a subproject for testing?',
      "Who is Bindal's representative on the council for the later-joining municipalities?",
    ]);
  });
});
