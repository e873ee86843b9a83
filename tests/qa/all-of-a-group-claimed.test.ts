import { refuses, shown } from '../support/question-answering';

// «Er alle kommunene i Nordland med?»: a claim about all of a group whose only listed member is named by its own name
// (Bindal) is a no with that one item, not a yes from it.

describe('a claim about all of a group the list names one member of', () => {
  it('says no with the one item, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Er alle kommunene i Nordland med i Helseplattformen gjennom opsjonsavtaler?',
      'Har samtlige kommuner i Nordland opsjonsavtale?',
      'Er alle kommunane i Nordland med?',
      'Are all the municipalities in Nordland part of it?',
      'Is every municipality in Nordland included?',
    ]) {
      const { text } = shown(q);
      expect([q, /^(Nei|No)\./u.test(text), text.includes('Bindal')]).toEqual([q, true, true]);
    }
  });

  it('still says yes where the list says it of all, or of the one named', () => {
    for (const q of [
      'Har alle kommunene i Møre og Romsdal opsjonsavtale?',
      'Er alle kommunane i Trøndelag med?',
      'Er Bindal i Nordland med?',
      'Are all the municipalities in Møre og Romsdal included?',
    ])
      expect([q, /^(Ja|Yes)\b/u.test(shown(q).text)]).toEqual([q, true]);
  });

  it('still refuses all of a group the page says nothing of', () => {
    refuses([
      'Har alle kommunene i Troms opsjonsavtale?',
      'Are all the municipalities in Vestland included?',
    ]);
  });
});
