import { answerer, shown, refuses } from '../support/question-answering';

// "How are the other municipalities part of the work?": asked how those a list names take part, the answer is the list
// of who takes part, which says through what (option agreements), in bokmål, nynorsk and English.

describe('how the municipalities take part', () => {
  it('answers with the municipalities taking part and their option agreements', () => {
    for (const q of [
      'Hvordan er de andre kommunene med i arbeidet?',
      'Korleis er dei andre kommunane med i arbeidet med Helseplattformen?',
      'Hvordan er kommunene knyttet til Helseplattformen?',
      'Hvordan deltar kommunene i Møre og Romsdal?',
      'How are the municipalities connected to Helseplattformen?',
    ]) {
      expect([q, answerer.answer(q).topicId]).toEqual([q, 'kommunene-med']);
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtal|option agreement/)]);
    }
  });

  it('answers so when the asker speaks as one of them ("vi andre kommunene")', () => {
    for (const q of [
      'Hvordan er vi andre kommunene i Trøndelag med i arbeidet med Helseplattformen?',
      'Korleis er me andre kommunane med i Helseplattformen?',
      'How are we other municipalities involved in the work?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/opsjonsavtal|option agreement/)]);
  });

  it('still refuses how the asker does something ("Hvordan kan vi …")', () => {
    refuses(['Hvordan er jeg registrert i systemet?', 'Hvordan kan vi bestille nye PC-er?']);
  });

  it('answers how one of the listed municipalities takes part', () => {
    expect(shown('Korleis er Bindal med?').text).toContain('Nordland');
  });

  it('still refuses taking part in something the page does not speak of, or by others than those listed', () => {
    refuses([
      'Hvordan er kommunene med i lønnsforhandlingene?',
      'Hvordan er sykehusene med i arbeidet?',
      'Korleis er kommunane med på julebordet?',
    ]);
  });
});
