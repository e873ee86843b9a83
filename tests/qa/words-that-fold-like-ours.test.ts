import { people, refuses, shown } from '../support/question-answering';

// «vare» in «ta vare på», nynorsk «vart» (became) and «var» (was) fold to the same letters as «våre», «vårt», «vår»:
// written so, they are other words, and the question does not ask about the asker's own.

describe('words that look like «våre» without the å', () => {
  it('answers who takes care of the municipalities after the asker says who or where they are', () => {
    for (const q of [
      'Eg er sjukepleiar på Sunnmøre. Kven tek vare på interessene til kommunane?',
      'Eg er kommuneoverlege. Kven tek vare på interessene til kommunane?',
      'Eg jobbar i Ålesund. Kven tek vare på kommunane sine interesser?',
      'Jeg jobber i Molde. Hvem tar vare på kommunenes interesser?',
      "I work in Molde. Who looks after the municipalities' interests?",
    ])
      expect([q, shown(q).text.includes('Samarbeidsrådet for opsjonskommun')]).toEqual([q, true]);
  });

  it('answers the lead asked with nynorsk «vart» after an introduction', () => {
    expect(people('Eg jobbar på sjukeheim. Kven vart sett til å leie Teknisk?')).toEqual([
      'Anne Amdal Storsve',
    ]);
  });

  it('still reads «vår» as the asker’s own, and refuses what the page does not have', () => {
    expect(people('Jeg jobber i Molde. Hvem er vår representant i samarbeidsrådet?')).toEqual([
      'Arne Sverre Dahl',
    ]);
    refuses(['Eg jobbar i Volda. Kven er leiaren vår?', 'Eg jobbar i Volda. Kven tek vare på nøklane våre?']);
  });
});
