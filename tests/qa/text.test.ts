import {
  afterOpening,
  editDistance,
  expandClipped,
  expandCoordinated,
  expandShortened,
  fold,
  stem,
  terms,
  tokenize,
} from '../../src/qa/text';

describe('text normalisation', () => {
  it('folds Norwegian letters so that a name typed without æøå still matches', () => {
    expect(fold('Bjørnevik')).toBe(fold('bjornevik'));
    expect(fold('Økonomi')).toBe('okonomi');
    expect(fold('Opplæring')).toBe('opplaering');
  });

  it('keeps "e-post" as one word and splits other hyphenated words', () => {
    expect(tokenize('E-post til IT-tjenesten?')).toEqual(['epost', 'til', 'it', 'tjenesten']);
  });

  it('gives inflected forms the same stem', () => {
    expect(stem('prosjektkontoret')).toBe(stem('prosjektkontor'));
    expect(stem('delprosjektene')).toBe(stem('delprosjekter'));
    expect(stem('nummeret')).toBe(stem('nummer'));
    expect(terms('Gevinstrealiseringen')).toEqual(terms('gevinstrealisering'));
  });

  it('gives the question after a phrase that asks whether what follows is so, the longest that fits', () => {
    const phrases = [tokenize('stemmer det'), tokenize('stemmer det at'), tokenize('is it true that')];
    expect(afterOpening('Stemmer det at legevakt er med?', phrases)).toBe(' legevakt er med?');
    expect(afterOpening('  Is it true that GPs can join?', phrases)).toBe(' GPs can join?');
    expect(afterOpening('Stemmer det?', phrases)).toBe('');
    expect(afterOpening('Hvem stemmer i bystyret?', phrases)).toBeUndefined();
  });

  it('writes out a compound cut short before a dot only when one word fits, and leaves addresses alone', () => {
    const words = ['kommunikasjonsansvarlig', 'prosjektleder', 'delprosjektleder', 'kommune'];
    expect(expandShortened('hvem er komm.ansvarlig?', words)).toBe('hvem er kommunikasjonsansvarlig?');
    expect(expandShortened('prosj.leder', words)).toBe('prosjektleder');
    expect(expandShortened('ola.skorstad@trondheim.kommune.no', words)).toBe(
      'ola.skorstad@trondheim.kommune.no',
    );
    expect(expandShortened('se nettsida trondheim.kommune.no', words)).toBe(
      'se nettsida trondheim.kommune.no',
    );
    expect(expandShortened('bl.a. dette', words)).toBe('bl.a. dette');
  });

  it('gives the irregular plural of a -mann word the stem of the singular', () => {
    expect(stem('radmenn')).toBe(stem('radmann'));
    expect(stem('radmennene')).toBe(stem('radmannen'));
    expect(stem('menn')).toBe(stem('mann'));
    expect(stem('sammen')).not.toBe(stem('samann'));
  });

  it('counts a swapped pair of letters as one typo', () => {
    expect(editDistance('teknsik', 'teknisk', 2)).toBe(1);
    expect(editDistance('opplring', 'opplaering', 2)).toBe(2);
    expect(editDistance('abc', 'xyz', 1)).toBeGreaterThan(1);
  });

  it('writes out an English first word cut short before the head it shares ("physio and occupational therapy")', () => {
    const words = new Set(['physiotherapy', 'occupational', 'therapy', 'health', 'care']);
    const known = (w: string) => words.has(w);
    expect(expandClipped('Are physio and occupational therapy services in scope?', known)).toBe(
      'Are physiotherapy and occupational therapy services in scope?',
    );
    // A first word that is a word of its own stays as written.
    expect(expandClipped('health and care services', known)).toBe('health and care services');
    expect(expandClipped('coffee and tea', known)).toBe('coffee and tea');
  });

  it('writes out coordinated compounds that share their last part, with the hyphen or when allowed without', () => {
    const words = new Set(['terapi', 'ergoterapi', 'fysioterapi', 'tjenester', 'hjemmetjenester', 'kontor']);
    const isWord = (w: string) => words.has(w);
    expect(expandCoordinated('Er ergo- og fysioterapi med?', isWord, isWord)).toBe(
      'Er ergoterapi og fysioterapi med?',
    );
    expect(expandCoordinated('hjemme- og sykehjemstjenester', isWord, isWord)).toBe(
      'hjemmetjenester og sykehjemstjenester',
    );
    expect(expandCoordinated('ergo og fysioterapi', isWord, isWord)).toBe('ergo og fysioterapi');
    expect(expandCoordinated('ergo og fysioterapi', isWord, isWord, () => true)).toBe(
      'ergoterapi og fysioterapi',
    );
    expect(expandCoordinated('helse og velferd', isWord, isWord, () => true)).toBe('helse og velferd');
    // Both "lege|vakttjenesten" and "legevakt|tjenesten" are words: the first parts stand side by side.
    const more = new Set([
      'tjenesten',
      'vakttjenesten',
      'helsehustjenesten',
      'helsehusvakttjenesten',
      'kontor',
      'skontor',
      'helsekontor',
      'helseskontor',
    ]);
    const has = (w: string) => more.has(w);
    expect(expandCoordinated('helsehus- og legevakttjenesten', has, has)).toBe(
      'helsehustjenesten og legevakttjenesten',
    );
    // A first part that is a base form of its own ("heime") before one that is not ("heimete").
    const nn = new Set(['tenestene', 'nestene', 'sjukeheimtenestene', 'sjukeheimnestene']);
    const nnWord = (w: string) => nn.has(w);
    expect(
      expandCoordinated(
        'sjukeheim- og heimetenestene',
        nnWord,
        nnWord,
        undefined,
        false,
        (w) => w === 'heime',
      ),
    ).toBe('sjukeheimtenestene og heimetenestene');
    // The s that joins "velferd" and "kontor" is not shared.
    expect(expandCoordinated('helse- og velferdskontor', has, has)).toBe('helsekontor og velferdskontor');
  });
});
