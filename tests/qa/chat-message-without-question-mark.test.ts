import { refuses, shown } from '../support/question-answering';

// Chat messages are often sent without a question mark. A question word first still makes it a question, and «vel»
// still asks whether what is said is so.

describe('a chat message without a question mark', () => {
  it('answers a question that opens with its question word, whatever word follows the thing it names', () => {
    expect(shown('Hvilke kvalitetsgevinster lover man kommunene').text).toMatch(/pasientsikkerhet/u);
    expect(shown('hvilke kvalitetsgevinster lover de at helseplattformen skal gi').text).toMatch(
      /pasientsikkerhet/u,
    );
  });

  it('says yes or no to a statement with «vel», as it does with a question mark', () => {
    for (const [q, line] of <[string, RegExp][]>[
      ['Bystyret avgjør vel deleierskapet 29. september', /^Nei.*29\. august/su],
      ['Line Kristoffersen er vel delprosjektleder for Teknisk', /^Nei.*Anne Amdal Storsve/su],
      ['vigdis bolås e vel rådmann i steinkjer', /^Nei.*Indre Fosen/su],
      ['Det er vel slik at også kommuneoverlegen i Verdal sitter i Samarbeidsrådet', /^Ja/u],
    ])
      expect(shown(q).text).toMatch(line);
  });

  it('still refuses what the page does not say, and a search for something it does not hold', () => {
    refuses([
      'Det blir vel bra til slutt',
      'Hvilke kurs i brannvern for ledere finnes',
      'opplæring brannvern for ledere',
      'Tone Fagerholt har vel en hund',
    ]);
  });
});
