import { refuses, shown } from '../support/question-answering';

// Which county a municipality of the region lies in, said in a yes/no question, is checked against the county the
// language data gives it, and answered by the list item that names the municipality with its county.

describe('a yes/no question that says which county a municipality lies in', () => {
  it('says no with the item that names its county, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Bindal is in Troms county, right?',
      'Is Bindal, which takes part through an option agreement, located in Troms?',
      'Ligger Bindal i Troms?',
      'Bindal ligg i Troms fylke, ikkje sant?',
      'Ligg Bindal i Trøndelag?',
    ]) {
      const { text } = shown(q);
      expect([q, text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b[^]*Bindal kommune i?n? Nordland/u)]);
    }
  });

  it('says yes when the county is the one the page gives', () => {
    for (const q of ['Ligger Bindal i Nordland?', 'Is Bindal in Nordland?'])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\b/u)]);
  });

  it('gives no yes for a municipality put in the wrong county, and refuses what else is said of it', () => {
    refuses(['Ligger Molde i Trøndelag?', 'Har Bindal kontor i Troms?', 'Is the project office in Troms?']);
  });
});

describe('a yes/no question whether a municipality put in a county takes part', () => {
  it('says no with the item that names its county when the county is another', () => {
    for (const q of [
      'Er Bindal i Troms med i arbeidet gjennom opsjonsavtale?',
      'Er Bindal i Finnmark med i arbeidet?',
      'Is Bindal in Troms part of the work through an option agreement?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^(Nei|No)\b[^]*Bindal kommune i?n? Nordland/u),
      ]);
  });

  it('says yes for its own county, reads «HP-arbeidet» as no county, and refuses what else it is said to be in', () => {
    for (const q of [
      'Er Bindal i Nordland med i arbeidet gjennom opsjonsavtale?',
      'er bindal med i HP-arbeidet?',
      'er bindal med i HP-arbeidet selv om de ligger i nordland',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Ja\b/u)]);
    refuses(['Er Bindal med i Hålogalandsprosjektet?', 'Er Bindal i Troms med på lønnsoppgjøret?']);
  });
});

describe('a yes/no question that says a county by a word of its own', () => {
  it('says no with the item that names its county, whatever word says the other county', () => {
    for (const q of [
      'Er Bindal ein trøndersk kommune?',
      'Bindal er vel en trøndelagskommune?',
      'Er Bindal, med opsjonsavtalen sin, en trøndersk kommune med i arbeidet?',
      'Is Bindal a Trøndelag municipality?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^(Nei|No)\b[^]*Bindal kommune i?n? Nordland/u),
      ]);
  });

  it('says yes for its own county so said, and gives no yes for a municipality put in another county', () => {
    for (const q of ['Er Bindal en nordlandskommune?', 'Is Bindal a Nordland municipality?'])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Ja|Yes)\b/u)]);
    refuses(['Er Oppdal i Nordland?', 'Er Volda en nordlandskommune?']);
  });
});
