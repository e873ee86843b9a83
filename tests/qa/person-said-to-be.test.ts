import { answerer, refuses } from '../support/question-answering';

// «Is Tone Fagerholt the person responsible for communication in the project?»: a word for a person right after the
// name says what the one named is said to be; it asks for no one.

const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct !== undefined && 'yes' in direct ? direct.yes : direct?.type];
};

describe('a yes/no question that says what a person named is with a word for a person', () => {
  it('answers yes or no with their role, in bokmål and English, asked or stated', () => {
    expect(verdict('Is Tone Fagerholt the person responsible for communication in the project?')).toEqual([
      'Is Tone Fagerholt the person responsible for communication in the project?',
      true,
    ]);
    expect(
      verdict('Tone Fagerholt is the person responsible for communication in the project – correct?'),
    ).toEqual(['Tone Fagerholt is the person responsible for communication in the project – correct?', true]);
    expect(verdict('Er Tone Fagerholt personen som er ansvarlig for kommunikasjon?')).toEqual([
      'Er Tone Fagerholt personen som er ansvarlig for kommunikasjon?',
      true,
    ]);
    expect(verdict('Is Elise B. Vesterhus the person responsible for communication in the project?')).toEqual(
      ['Is Elise B. Vesterhus the person responsible for communication in the project?', false],
    );
  });

  it('still refuses what the page does not say of them', () => {
    refuses([
      'Is Tone Fagerholt the person to call about the budget?',
      'Er Tone Fagerholt personen som bestemmer budsjettet?',
    ]);
  });
});
