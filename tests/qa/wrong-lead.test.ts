import { shown } from '../support/question-answering';

// A yes/no question naming one person as the lead of something the page names another lead for is answered with the
// actual lead; when the person named is the lead, with that person's card (yes).

describe('a yes/no question naming the wrong lead', () => {
  it('answers with the actual lead, in any language', () => {
    for (const [q, lead] of [
      ['Leiar Ola Skorstad prosjektkontoret?', 'elise-vesterhus'],
      ['Is Elise B. Vesterhus the one who leads the whole local project?', 'ola-skorstad'],
      ['Er Elise B. Vesterhus leiar for heile innføringsprosjektet?', 'ola-skorstad'],
      ['Leder Anne Storsve delprosjektet opplæring?', 'may-liz-bjornevik-tho'],
    ]) {
      expect([q, shown(q!).answer.topicId]).toEqual([q, lead]);
    }
  });

  it('still answers with the person named when they are the lead, or when only their title is asked', () => {
    for (const [q, person] of [
      ['Leder Ola Skorstad prosjektet?', 'ola-skorstad'],
      ['Leder Elise Vesterhus prosjektkontoret?', 'elise-vesterhus'],
      ['Is Tone Fagerholt the project manager?', 'tone-fagerholt'],
    ]) {
      expect([q, shown(q!).answer.topicId]).toEqual([q, person]);
    }
  });
});
