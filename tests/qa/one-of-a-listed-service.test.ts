import { refuses, shown } from '../support/question-answering';

describe('«which nursing home …»: asking which one of a service the page names once', () => {
  it('refuses in English as in Norwegian, also when the question names where', () => {
    refuses([
      'Which nursing home in Trondheim has free rooms?',
      'Which nursing home in Trondheim do we belong to?',
      'Which health station in Trondheim is open on Saturdays?',
      'Hvilket sykehjem i Trondheim har ledige rom?',
    ]);
  });

  it('still answers the services asked for by a kind or a word of their own', () => {
    for (const [q, said] of [
      ['Which home care services are included?', /home care \(hjemmetjeneste\)/],
      ['Which institutions are included?', /nursing homes \(sykehjem\), health centres/],
      ['Hvilke team og kontorer er med?', /helse- og velferdskontor, helse- og overdoseteamet/],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(said)]);
  });
});

describe('«which team …» of what a subproject does', () => {
  it('answers with the subproject, not the health and overdose team', () => {
    for (const [q, topic] of [
      ['Hvilket team jobber med gevinstrealisering?', 'gevinstrealisering'],
      ['Which team takes care of the integrations?', 'teknisk'],
      ['Kva team har ansvar for opplæringsplanen?', 'opplaering'],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([q, topic, expect.not.stringContaining('overdose')]);
    }
  });

  it('still answers the team the list has when asked of its kind', () => {
    expect(shown('Hvilket team jobber med rusavhengige?').text).toContain('helse- og overdoseteamet');
  });
});
