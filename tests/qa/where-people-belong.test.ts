import { refuses, shown } from '../support/question-answering';

// Where a person belongs, asked with a verb for belonging; what a subproject lead leads, by its Norwegian name too.

describe('where a person belongs and what they lead', () => {
  it('answers the organisation a person belongs to', () => {
    for (const q of [
      'Hvilken organisasjon hører Ole Gunnar Kjøsnes til?',
      'Kva organisasjon høyrer Ole Gunnar Kjøsnes til?',
      'Hvilken organisasjon tilhører Ole Gunnar Kjøsnes?',
      'Which organisation does Ole Gunnar Kjøsnes belong to?',
    ])
      expect([q, shown(q).text.includes('Sentralforbund')]).toEqual([q, true]);
  });

  it('names the subproject a lead leads by its Norwegian name in English too', () => {
    expect(shown('What is Line Kristoffersen responsible for?').text).toContain('Funksjonalitet');
  });

  it('still refuses an item in quotation marks that no list holds, and a department not given', () => {
    refuses([
      'Hvilken gevinstkategori hører «kortere ventetid» under?',
      'Hvilken gevinstkategori tilhører «kortere ventetid»?',
      'Which department does Tone Fagerholt belong to?',
      'Hvilket parti tilhører Ola Skorstad?',
    ]);
  });
});
