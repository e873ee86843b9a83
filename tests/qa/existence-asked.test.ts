import { refuses, shown } from '../support/question-answering';

describe('a yes/no question whether there is a thing the page has a fact of', () => {
  it("is answered yes with the fact's sentence, in bokmål, nynorsk and English", () => {
    for (const q of [
      'Finnes det egne nettsider om arbeidet?',
      'Finst det ei nettside om Helseplattformen?',
      'Er det noen hjemmeside om Helseplattformen?',
    ]) {
      const text = shown(q).text;
      expect([q, text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)/)]);
      expect([q, text]).toEqual([q, expect.stringContaining('nettsider')]);
    }
  });

  it('is answered yes of a body the page has, named by what it is for, with the sentence that names it', () => {
    for (const q of [
      'Er det et eget råd for opsjonskommunene?',
      'Finst det eit råd for opsjonskommunane?',
      'Is there a council for the option municipalities?',
    ]) {
      const text = shown(q).text;
      expect([q, text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)/)]);
      expect([q, text]).toEqual([q, expect.stringMatching(/Samarbeidsrådet|Cooperation Council/u)]);
    }
    refuses(['Finnes det et eget råd for sykehusene?']);
  });

  it('refuses a thing of another kind or for another purpose the page does not speak of', () => {
    refuses([
      'Finnes det en nettside for påmelding til kurs?',
      'Er det en kantine i Bispegata?',
      'Is there a parking garage at the project office?',
    ]);
  });
});
