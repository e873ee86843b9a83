import { refuses, shown } from '../support/question-answering';

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

describe('which organisation does something, asked as who does it', () => {
  it('answers which organisation does similar planning work with the plan that says Helse Midt-Norge RHF does', () => {
    for (const q of [
      'Which organisation is doing similar planning work that will partly be done together with the municipalities?',
      'Which organisation is doing similar planning work?',
      'Hvilken organisasjon driver et lignende planarbeid?',
      'Kva organisasjon driv eit liknande planarbeid?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Helse Midt-Norge RHF har')]);
  });

  it('still answers the organisation of a person, and refuses an organisation the page does not name', () => {
    expect(shown('Which organisation does Tone Fagerholt work for?').text).toContain('Trondheim kommune');
    refuses(['Which organisation supplies the journal system?', 'Which organisation runs the canteen?']);
  });
});

describe('whether anyone else does similar planning work', () => {
  it('says yes with the sentence that Helse Midt-Norge RHF has started similar work', () => {
    for (const [q, start] of <[string, string][]>[
      ['Is anyone besides the municipalities doing similar planning work?', 'Yes'],
      ['Is anyone else doing similar planning work?', 'Yes'],
      ['Is the RHF doing similar planning work?', 'Yes'],
      ['Er det andre enn kommunene som driver et lignende planarbeid?', 'Ja'],
      ['Has the RHF started something similar to what the municipalities are working on?', 'Yes'],
      ['Har Helse Midt-Norge RHF satt i gang noe lignende som det kommunene arbeider med?', 'Ja'],
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${start}\\..*Helse Midt-Norge RHF`)),
      ]);
  });

  it('still refuses similar work the page does not name, or by an organisation it does not know', () => {
    expect(shown('Is anyone besides the municipalities doing similar work on the canteen?').answer.kind).toBe(
      'fallback',
    );
    expect(shown('Is Helse Vest doing similar planning work?').answer.kind).toBe('fallback');
    const q = 'Has the RHF started something similar to what Bergen is working on?';
    expect(shown(q).answer.kind).toBe('fallback');
  });
});

describe('whether the regional health authority does similar planning work, asked in other words', () => {
  it('says yes with the sentence that Helse Midt-Norge RHF has started similar work', () => {
    for (const [q, start] of <[string, string][]>[
      ['Driver Helse Midt-Norge RHF med et lignende planarbeid?', 'Ja'],
      [
        'Driv det regionale helseføretaket med eit liknande planarbeid, og skjer noko av det saman med kommunane?',
        'Ja',
      ],
      ['Is Helse Midt-Norge RHF doing a similar planning effort on its side?', 'Yes'],
      ['Har Helse Midt-Norge RHF for sin del satt i gang et lignende arbeid?', 'Ja'],
      ['Is Helse Midt-Norge RHF running a similar piece of planning work?', 'Yes'],
      ['Quick check: Helse Midt-Norge RHF has started a similar planning effort — correct?', 'Yes'],
      ['Kjapp sjekk: Helse Midt-Norge RHF har satt i gang et lignende arbeid, stemmer det?', 'Ja'],
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(new RegExp(`^${start}\\..*Helse Midt-Norge RHF`)),
      ]);
  });

  it('reads «driver … med» first in a question as asking whether, and still asks what after a question word', () => {
    expect(shown('Driver fagrådet med e-meldinger?').text).toMatch(/^Ja\..*e-meldinger/);
    expect(shown('Driver samarbeidsrådet med e-meldinger?').text).toMatch(/^Nei\..*Fagrådet/);
    expect(shown('Hva driver fagrådet med?').text).toMatch(/^Regionalt fagråd/);
  });

  it('still refuses similar work by an organisation the page does not know, or of a kind it does not name', () => {
    refuses([
      'Driver Helse Vest med et lignende planarbeid?',
      'Is Helse Vest doing a similar planning effort on its side?',
      'Is Helse Midt-Norge RHF running a similar piece of canteen work?',
    ]);
  });
});
