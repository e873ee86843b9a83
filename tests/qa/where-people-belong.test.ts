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

  it('answers the unit a person comes from asked as their «etat», and says when the page does not give it', () => {
    for (const q of [
      'Hvilken etat kommer Line Kristoffersen og Øyvind Tanum fra',
      'Kva etat høyrer Anne Amdal Storsve til?',
      'Fra hvilken etat kommer May Liz Bjørnevik Tho?',
    ])
      expect([q, /Rådmannens fagstab|IT-tjenesten|Personaltjenesten/.test(shown(q).text)]).toEqual([q, true]);
    expect(shown('Hvilken etat kommer Elise B. Vesterhus fra?').text).toContain(
      'Siden sier ikke hvilken enhet eller avdeling Elise B. Vesterhus kommer fra.',
    );
    refuses(['Hvilken etat kommer rådmannen fra?', 'Hvem er etatsjef?']);
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
