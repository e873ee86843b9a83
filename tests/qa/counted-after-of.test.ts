import { refuses, shown } from '../support/question-answering';

describe('«hvor mange av …», as «how many of …»: what follows is what is counted', () => {
  it("answers the municipality's own staff with the 7000 who get a new tool", () => {
    const q =
      'Omtrent hvor mange av kommunens egne ansatte vil få et nytt verktøy å jobbe i når plattformen tas i bruk?';
    const { answer, text } = shown(q);
    expect([answer.kind, answer.topicId, text]).toEqual([
      'answer',
      'trondheim-ansatte',
      expect.stringContaining('7000'),
    ]);
  });

  it('refuses a count of those the page gives no figure of there', () => {
    refuses([
      'Hvor mange av innbyggerne i Trondheim berøres?',
      'Hvor mange av Molde kommunes ansatte får et nytt verktøy?',
      'Hvor mange av kommunene har opsjonsavtale?',
    ]);
  });
});
