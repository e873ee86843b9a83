import { refuses, shown } from '../support/question-answering';

describe('«hvilket sentralt prosjekt», «which therapy services»: a word before the noun says which of them', () => {
  it('answers when that word stands with the noun in the topic', () => {
    for (const [q, topic, said] of [
      [
        'Which central project will the Teknisk subproject largely work with?',
        'teknisk',
        /central implementation project/,
      ],
      [
        'Med hvilket sentralt prosjekt vil det tekniske arbeidet i stor grad skje i samarbeid?',
        'teknisk',
        /sentralt innføringsprosjekt/,
      ],
      ['Kva for sentralt prosjekt samarbeider Teknisk med?', 'teknisk', /sentralt innføringsprosjekt/],
      [
        "Which therapy services are included in Trondheim kommune's new journal system?",
        'tjenester',
        /ergo- og fysioterapitjenester/,
      ],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId, text]).toEqual([
        q,
        'answer',
        topic,
        expect.stringMatching(said),
      ]);
    }
  });

  it('refuses when the topic does not say it of that kind', () => {
    refuses([
      'Med hvilket sentralt prosjekt skal Opplæring samarbeide?',
      'Hvilket nasjonalt prosjekt samarbeider Teknisk med?',
      'Which regional project will Teknisk work with?',
      'Which hospital services are included?',
      "Which dental services are included in Trondheim kommune's new journal system?",
      'Hvilke konkrete fagsystemer skal erstattes av Helseplattformen, hva heter de?',
    ]);
  });
});

describe('«Hva heter organet som …»: asking what a thing of a kind is called asks which one it is', () => {
  it('answers with the entry of that kind the rest of the question describes', () => {
    for (const [q, topic] of [
      [
        'Hei! Hva heter organet som skal ivareta interessene til kommunene med opsjonsavtale?',
        'samarbeidsradet',
      ],
      ['Hva heter organet som ivaretar kommunenes interesser?', 'samarbeidsradet'],
      ['Kva heiter organet som skal ta vare på interessene til kommunane?', 'samarbeidsradet'],
      ["What is the name of the body that looks after the municipalities' interests?", 'samarbeidsradet'],
      ['Hva heter delprosjektet som skal lære opp de ansatte?', 'opplaering'],
      ['Kva heiter delprosjektet som skal kartleggje integrasjonane?', 'teknisk'],
    ] as const) {
      const { answer } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', topic]);
    }
  });

  it('still refuses a thing of that kind the page does not have', () => {
    refuses([
      'Hva heter rådet som skal bestemme budsjettet?',
      'Hva heter fagsystemene som skal erstattes?',
      'Hva heter leverandøren?',
      'Hva heter ministeren som har ansvaret?',
    ]);
  });
});
