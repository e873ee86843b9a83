import { refuses, shown } from '../support/question-answering';

// «What are the opening hours of the project office in Bispegata? Can I just drop by?»: the first question asks what
// the page does not give of the office, the second names nothing the page has; the office's address answers neither.

describe('a question of what the page lacks, beside one that names nothing it has', () => {
  it('refuses the message, in English, bokmål and nynorsk', () => {
    refuses([
      'What are the opening hours of the project office in Bispegata? Can I just drop by?',
      'Hva er åpningstidene til prosjektkontoret i Bispegata? Kan jeg bare stikke innom?',
      'Kva er opningstidene til prosjektkontoret? Kan eg berre kome innom?',
    ]);
  });

  it('still answers what the page has, asked beside such a question', () => {
    for (const [q, said] of [
      ['Hvor ligger prosjektkontoret? Kan jeg bare stikke innom?', 'Bispegata 9'],
      ["What's the project office's phone number? And its email?", 'helseplattformen.helseogvelferd'],
      ['Hvem leder prosjektet og hvem vant kommunevalget?', 'Ola Skorstad'],
      [
        'skal i møte hos prosjektorganisasjonen til Trondheim kommune neste uke, hva er adressen?',
        'Bispegata 9',
      ],
    ])
      expect([q, shown(q!).text]).toEqual([q, expect.stringContaining(said!)]);
  });
});
