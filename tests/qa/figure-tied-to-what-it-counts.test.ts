import { refuses, shown } from '../support/question-answering';

// «… berører tilsammen over 40 000 ansatte i kommuner, i sykehus og i det private, og 720 000 innbyggere. I Trondheim
// kommune får rundt 7000 ansatte et nytt arbeidsverktøy»: a figure claimed is checked against the page's figure of the
// same thing, where the question says it is.

function verdict(q: string): string {
  return shown(q).text.split('\n')[0]!;
}

describe('a figure claimed of what the page counts', () => {
  it('says yes when the figure is the page’s figure of the same thing, in other words or written otherwise', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Figure check: the shared record system in Central Norway concerns 720,000 inhabitants. Correct?',
        /^Yes\..*720 000 inhabitants/u,
      ],
      ['Kan du bekrefte at systemet berører 720 000 innbyggere?', /^Ja\..*720 000 innbyggere/u],
      ['Kan du stadfeste at journalsystemet gjeld 720 000 innbyggjarar?', /^Ja\..*720 000 innbyggere/u],
      [
        'Is it true that over 40 000 employees in kommuner, hospitals and private practice are affected?',
        /^Yes\..*40 000 staff/u,
      ],
      ['Stemmer det at om lag 40 000 tilsette i Midt-Noreg blir råka?', /^Ja\..*40 000 ansatte/u],
      [
        'I read that the joint record system concerns about three quarters of a million inhabitants. Correct?',
        /^Yes\..*720 000/u,
      ],
      [
        'Someone told me that about 7000 staff in Trondheim will get a new tool - is that right?',
        /^Yes\..*7000/u,
      ],
      ['Får sju tusen tilsette i Trondheim kommune nytt verktøy?', /^Ja\..*7000/u],
      // (Nynorsk «Midt-Noreg» is the page's «Midt-Norge».)
      ['Stemmer det at om lag 40 000 tilsette i heile Midt-Noreg blir råka?', /^Ja\..*40 000/u],
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(line)]);
  });

  it('says no when the figure is the page’s figure of something else', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Can you confirm that the shared journal system affects 40,000 inhabitants in Central Norway?',
        /^No\..*720 000 inhabitants/u,
      ],
      ['Does the system affect about 720 000 employees?', /^No\..*40 000 staff/u],
      ['Stemmer det at rundt 40 000 innbyggere berøres?', /^Nei\..*720 000 innbyggere/u],
      ['Er det riktig at 720 000 ansatte berøres av journalsystemet?', /^Nei\..*40 000 ansatte/u],
      ['Får 7000 innbyggjarar i Trondheim kommune nytt arbeidsverktøy?', /^Nei\..*7000 ansatte/u],
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(line)]);
  });

  it('says no with the figure of the place the question names: the whole region or Trondheim', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Is Helseplattformen expected to affect only about 7000 employees across the whole region?',
        /^No\..*40 000/u,
      ],
      ['Er det sant at bare 7000 ansatte i hele regionen blir berørt?', /^Nei\..*40 000/u],
      ['Does the page say 70,000 employees in Trondheim will get the new tool?', /^No\..*7000/u],
      ['Får rundt 70 000 tilsette i Trondheim kommune nytt arbeidsverktøy?', /^Nei\..*7000/u],
      ['Stemmer det at en halv million innbyggere blir berørt?', /^Nei\..*720 000/u],
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(line)]);
  });

  it('counts in nynorsk of Midt-Noreg what the page counts of Midt-Norge', () => {
    expect(shown('kor mange innbyggarar i midt-noreg blir berørt?').text).toMatch(/720 000/u);
    expect(shown('Kor mange tilsette i Midt-Noreg blir råka?').text).toMatch(/40 000/u);
    refuses(['Kor mange innbyggarar har Noreg?']);
  });

  it('checks an amount said in words against the page’s figure of the same thing', () => {
    for (const [q, line] of <[string, RegExp][]>[
      ['Is it true that hundreds of thousands of inhabitants are affected?', /^Yes\..*720 000/u],
      ['Is it true that tens of thousands of staff are affected?', /^Yes\..*40 000/u],
      ['Is it true that tens of thousands of inhabitants are affected?', /^No\..*720 000/u],
      ['Er det sant at fleire tusen tilsette i Trondheim kommune får nytt verktøy?', /^Ja\..*7000/u],
      [
        'Is it true that several thousand Trondheim municipal employees will get a new work tool?',
        /^Yes\..*7000/u,
      ],
      ['Is it true that 5000 Trondheim municipal employees will get a new work tool?', /^No\..*7000/u],
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(line)]);
    // (An amount is no figure of something else: the page counts no inhabitants of Trondheim.)
    refuses(['Are thousands of inhabitants in Trondheim affected?']);
  });

  it('checks a figure said of the project or in millions, in English, bokmål and nynorsk', () => {
    for (const [q, line] of <[string, RegExp][]>[
      ['Does it cover around one million residents?', /^No\..*720 000/u],
      ['Berører prosjektet rundt en million innbyggere?', /^Nei\..*720 000/u],
      ['Vert ein million innbyggjarar berørte av prosjektet?', /^Nei\..*720 000/u],
      ['Does the project affect about 20,000 employees in total?', /^No\..*40 000/u],
      ['The page says the project touches 72,000 residents - right?', /^No\..*720 000/u],
      ['Does the project affect about 40,000 employees?', /^Yes\..*40 000/u],
      ['Does the project affect 20,000 employees in Trondheim?', /^No\..*7000/u],
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(line)]);
    for (const q of [
      'Does the project office affect 20,000 employees?',
      'Does the project affect a million hospital beds?',
    ])
      expect([q, verdict(q)]).toEqual([q, expect.not.stringMatching(/^(Ja|Nei|Yes|No)\b/u)]);
  });

  it('reads a head count as the staff the page counts, written apart, together or with a hyphen', () => {
    for (const q of [
      'What head-count figures does the page give for the whole region versus Trondheim municipality alone?',
      'What is the headcount in Trondheim municipality?',
      'What is the total head count affected in the region?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/40 000 staff.*7000 staff/su)]);
    refuses([
      'What is the head count of the project office?',
      'What is the headcount of Helse Midt-Norge RHF?',
    ]);
  });

  it('still refuses a figure of a place, an organisation or a thing the page gives none for', () => {
    refuses([
      'Bor det 720 000 innbyggere i Trondheim?',
      'Has Oslo 720 000 inhabitants?',
      'Får 7000 ansatte i Trondheim lønnsøkning?',
      'Does St. Olavs hospital have 40 000 employees?',
    ]);
    for (const q of [
      'Har Helse Midt-Norge RHF 40 000 ansatte?',
      'Does the project office have 7000 employees?',
      'Har prosjektkontoret 40 ansatte?',
    ])
      expect([q, verdict(q)]).toEqual([q, expect.not.stringMatching(/^(Ja|Nei|Yes|No)\b/u)]);
  });
});

describe('a figure claimed of something only an item of a list names a part of', () => {
  it('gives no yes from the item, which has no such figure', () => {
    for (const q of [
      'Berører Helseplattformen 720 000 pasienter?',
      'Får 7000 pasienter styrket pasientsikkerhet?',
    ]) {
      const text = shown(q).text;
      expect([q, /^Ja/.test(text), text.includes('«Styrket pasientsikkerhet» står i listen')]).toEqual([
        q,
        false,
        false,
      ]);
    }
  });
});

describe('a figure claimed as a bound («more than», «færre enn»)', () => {
  it('says yes or no by whether the page’s figure is within it, «30k» read as 30 000', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Does the shared EHR affect more than 30k staff in total across municipalities, hospitals and the private sector?',
        /^Yes\..*40 000 staff/u,
      ],
      ['Does the shared EHR affect at least 700,000 inhabitants?', /^Yes\..*720 000 inhabitants/u],
      ['Blir meir enn 30 000 tilsette berørte av journalsystemet?', /^Ja\..*40 000 ansatte/u],
      ['Berører journalsystemet flere enn 30 000 ansatte?', /^Ja\..*40 000 ansatte/u],
      ['Are more than 5000 staff in Trondheim kommune affected?', /^Yes\..*7000/u],
      ['Does the shared EHR affect 40k staff?', /^Yes\..*40 000 staff/u],
      ['Does the shared EHR affect more than 50 000 staff?', /^No\..*40 000 staff/u],
      ['Are fewer than 30 000 staff affected by the shared record system?', /^No\..*40 000 staff/u],
      ['Berører journalsystemet færre enn 500 000 innbyggere?', /^Nei\..*720 000 innbyggere/u],
      ['Are fewer than 5000 staff in Trondheim kommune affected?', /^No\..*7000/u],
    ])
      expect([q, verdict(q)]).toEqual([q, expect.stringMatching(line)]);
  });

  it('says neither below a figure the page gives only as a least, nor of what the page does not count', () => {
    for (const q of [
      'Are fewer than 50 000 staff affected by the shared record system?',
      'Does the shared EHR affect more than 30k patients?',
      'Does Helse Midt-Norge RHF have more than 30k employees?',
    ])
      expect([q, verdict(q)]).toEqual([q, expect.not.stringMatching(/^(Ja|Nei|Yes|No)\b/u)]);
  });
});

describe('a figure of people said to be influenced', () => {
  it('is checked as the number the system affects, in nynorsk, bokmål and English', () => {
    for (const [q, start] of <[string, RegExp][]>[
      ['Påverkar det nye journalsystemet over 70 000 tilsette?', /^Nei\. Sida seier: .*40 000/u],
      ['Påvirker det nye journalsystemet 40 000 ansatte?', /^Ja\. Siden sier: .*40 000/u],
      ['Does the new system impact over 70,000 staff?', /^No\. The page says: .*40 000/u],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(start)]);
  });

  it('gives no verdict on how it influences them or what else of theirs', () => {
    for (const q of [
      'Påvirker det nye journalsystemet lønnen til 40 000 ansatte?',
      'Hvordan påvirker det nye journalsystemet 40 000 ansatte?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.not.stringMatching(/^(Ja|Nei)\b/u)]);
  });
});
