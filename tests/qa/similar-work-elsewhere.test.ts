import { shown } from '../support/question-answering';

// «Helse Midt-Norge RHF har satt i gang et tilsvarende arbeid»: the regional health authority (det regionale
// helseforetaket, RHF) asked about by what it is rather than by name.

describe('whether the regional health authority does similar planning work', () => {
  it('answers with the plan whose text says Helse Midt-Norge RHF has started similar work', () => {
    for (const q of [
      'Is the regional health authority running a similar planning effort of its own?',
      'Does the regional health authority have a similar plan?',
      'Har det regionale helseforetaket et tilsvarende planarbeid?',
      'Driv det regionale helseføretaket eit tilsvarande planarbeid?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text.includes('Helse Midt-Norge RHF')]).toEqual([
        q,
        'funksjonalitetsplan',
        true,
      ]);
    }
  });

  it('still refuses what the page does not say the regional health authority does', () => {
    expect(shown('Is the regional health authority running a hospital in Bergen?').answer.kind).toBe(
      'fallback',
    );
    expect(shown('Har det regionale helseforetaket et eget budsjett for planarbeidet?').answer.kind).toBe(
      'fallback',
    );
  });
});
