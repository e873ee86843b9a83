import { answerer, refuses } from '../support/question-answering';

// «Leder Line Kristoffersen et delprosjekt?»: «leder» first is a verb, not the noun, when a name follows it, and the
// question asks whether, as a question opened by any other verb does.

const verdict = (q: string) => {
  const direct = answerer.answer(q).direct;
  return [q, direct && 'yes' in direct ? direct.yes : direct?.type];
};

describe('a question opened by the verb for leading before a name', () => {
  it('says yes or no, in bokmål and nynorsk', () => {
    for (const [q, yes] of [
      ['Leder Line Kristoffersen et delprosjekt?', true],
      ['Leiar May Liz Bjørnevik Tho eit delprosjekt?', true],
      ['Leder Elise B. Vesterhus prosjektkontoret?', true],
      ['Leder Tone Fagerholt prosjektkontoret?', false],
    ] as const)
      expect(verdict(q)).toEqual([q, yes]);
  });

  it('still reads «leder» before a preposition as the noun, asking who', () => {
    const answer = answerer.answer('Leder for teknisk?');
    expect(answer.direct).toBeUndefined();
    expect(answer.items.map((i) => (i.type === 'person' ? i.person.name : i.type))).toContain(
      'Anne Amdal Storsve',
    );
  });

  it('still refuses a place the page does not say the person leads anything in', () => {
    refuses(['Leder Ola Skorstad prosjektet i Molde?']);
  });
});
