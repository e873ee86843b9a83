import { answerer, refuses } from '../support/question-answering';

// «Leder Line Kristoffersen prosjektet i Molde?»: who leads it in a place the page does not cover is not what the page
// says of who leads it in Trondheim.

const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct?.type === 'ledBy' ? direct.yes : direct?.type];
};

describe('a yes/no question of who leads something in a place the page does not cover', () => {
  it('is refused, in bokmål, nynorsk and English, whether the person named leads it in Trondheim or not', () => {
    refuses([
      'Leder Line Kristoffersen prosjektet i Molde?',
      'Line Kristoffersen leder prosjektet i Molde?',
      'Leiar Ola Skorstad innføringsprosjektet i Kristiansund?',
      'Is Ola Skorstad leading the project in Molde?',
    ]);
  });

  it('names what is led in the refusal when the name of the person does not stand in between', () => {
    expect(answerer.answer('Line Kristoffersen leder prosjektet i Molde?').missing).toEqual({
      attribute: 'lead',
      subject: 'prosjektet i Molde',
    });
  });

  it('still answers yes or no where the page says who leads it', () => {
    expect(verdict('Leder Ola Skorstad prosjektet i Trondheim?')).toEqual([
      'Leder Ola Skorstad prosjektet i Trondheim?',
      true,
    ]);
    expect(verdict('Leder Line Kristoffersen teknisk i Trondheim?')).toEqual([
      'Leder Line Kristoffersen teknisk i Trondheim?',
      false,
    ]);
    expect(verdict('Line Kristoffersen leder teknisk?')).toEqual([
      'Line Kristoffersen leder teknisk?',
      false,
    ]);
  });
});
