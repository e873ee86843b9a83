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

describe('a yes/no question that says what a person named is with a word of the page before a word for a person', () => {
  it('answers yes or no with their role and the one who has it, in English and bokmål, asked or stated', () => {
    for (const [q, yes] of [
      ['Is Ola Skorstad the comms person for the project?', false],
      ["Ola Skorstad is the comms person on the project, isn't he?", false],
      ['Is Tone Fagerholt the comms person?', true],
      ['Is Elise Vesterhus the training person?', false],
      ['Is May Liz Bjørnevik Tho the training person?', true],
      ['Er Ola Skorstad kommunikasjonspersonen?', false],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
    expect(answerer.answer('Is Ola Skorstad the comms person for the project?').items).toContainEqual(
      expect.objectContaining({ person: expect.objectContaining({ name: 'Tone Fagerholt' }) }),
    );
  });

  it('still refuses a kind of person the page does not have', () => {
    refuses(['Is Tone Fagerholt the payroll person?', 'Is Ola Skorstad the canteen person?']);
  });
});

describe('a yes/no question that calls a person by a word for leading that one role on the page has', () => {
  it('answers no with their role and the one who has it, and yes for that one', () => {
    for (const [q, yes] of [
      ['is Arne Sverre Dahl the chair?', false],
      ['Is Tone Fagerholt the chair?', false],
      ['Is Line Kristoffersen the chair?', false],
      ['Is Ola Skorstad the chairman?', false],
      ['Is Arne Ingebrigtsen the chair?', true],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
    expect(answerer.answer('Is Tone Fagerholt the chair?').items).toContainEqual(
      expect.objectContaining({ person: expect.objectContaining({ name: 'Arne Ingebrigtsen' }) }),
    );
  });
});
