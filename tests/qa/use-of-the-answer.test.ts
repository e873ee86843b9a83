import { refuses, shown } from '../support/question-answering';

// «… til et referat, kan du gi meg den?»: what the asker will use the answer for, said in the middle of the message,
// asks about nothing; the message is answered as if it were not there.

describe('what the asker will use the answer for', () => {
  it('answers the list of the council members asked for a report, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Trenger hele lista over medlemmer i samarbeidsrådet til et referat, kan du gi meg den?',
      'Treng heile lista over medlemene i samarbeidsrådet til eit referat, kan du gje meg den?',
      'I need the full list of council members for a report, can you give it to me?',
    ]) {
      const text = shown(q).text;
      for (const name of ['Arne Ingebrigtsen', 'Evelyn Haram Larsen', 'Vigdis Bolås'])
        expect([q, text]).toEqual([q, expect.stringContaining(name)]);
    }
  });

  it('still refuses what is asked about such a thing, before the question mark', () => {
    refuses(['Hvem kan jeg spørre om hjelp til et julebord?', 'Who can help me with the food for a party?']);
  });
});
