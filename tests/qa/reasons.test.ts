import { answerer, refuses } from '../support/question-answering';

// Why-questions: the page says what things are for, but gives no reason for a choice or a doing it does not tell,
// nor for a fact set against another fact.

describe('why-questions the page gives no reason for', () => {
  it('refuses the reason for a doing the page does not tell', () => {
    refuses([
      'Hvorfor ble lokalene i gamle Kalvskinnet skole valgt for prosjektorganisasjonen?',
      'Kvifor vart Bispegata valt?',
      'Hvorfor flyttet prosjektet til Bispegata?',
    ]);
  });

  it('refuses the reason for a fact in spite of another', () => {
    refuses([
      'Kvifor er Bindal med i arbeidet når kommunen ligg i Nordland?',
      'Hvorfor er Bindal med selv om kommunen ligger i Nordland?',
      'Why is Bindal included even though it is in Nordland?',
    ]);
  });

  it('still answers what a thing is for, asked why', () => {
    for (const [q, topic] of <[string, string][]>[
      ['Hvorfor er Bindal med?', 'kommunene-med'],
      ['Why did Trondheim set up its own project organisation for Helseplattformen?', 'innforingsprosjektet'],
      ['Hvorfor er fagrådet viktig?', 'fagradet'],
      ["Why does the technical subproject review today's infrastructure?", 'teknisk'],
    ])
      expect([q, answerer.answer(q).topicId, answerer.answer(q).kind]).toEqual([q, topic, 'answer']);
  });
});
