import { GeneralVocabulary, generalVocabulary } from '../../src/qa/general-vocabulary';

const dictionary = (words: string[]) => `${words.length}\n${words.join('\n')}\n`;

describe('general vocabulary', () => {
  const small = GeneralVocabulary.fromDictionaries([
    dictionary(['skriver/AEG', 'kaffe/AEGz', 'maskin/AEG', 'vaske/V', 'Trondheim/A', 'e-post/E', 'lærer/E']),
    dictionary(['kaffimaskin/ACDEFG', 'straum/ADFz']),
  ]);

  it('knows the base forms of the dictionaries, folded as the questions are, and their inflected forms', () => {
    expect(small.has('skriver')).toBe(true);
    expect(small.has('skriveren')).toBe(true);
    expect(small.has('vasker')).toBe(true);
    expect(small.has('straumen')).toBe(true);
    expect(small.has('laerere')).toBe(true);
    expect(small.isLemma('laerer')).toBe(true);
    expect(small.isLemma('laerere')).toBe(false);
  });

  it('knows the plural of a short noun in -e, too short for an ending to be stripped', () => {
    const short = GeneralVocabulary.fromDictionaries([dictionary(['uke/AEG', 'veke/AEG'])]);
    expect(short.has('uker')).toBe(true);
    expect(short.has('veker')).toBe(true);
    expect(short.has('ukar')).toBe(false);
  });

  it('leaves out names and abbreviations (written with a capital letter) and words no question token has', () => {
    expect(small.has('trondheim')).toBe(false);
    expect(small.has('epost')).toBe(false);
    expect(small.has('vpn')).toBe(false);
  });

  it('knows the names of the dictionaries apart from their words', () => {
    expect(small.isName('trondheim')).toBe(true);
    expect(small.isName('skriver')).toBe(false);
    expect(small.isName('vpn')).toBe(false);
  });

  it('takes a compound of two of its words for an everyday word', () => {
    expect(small.hasWordOrCompound('kaffemaskinen')).toBe(true);
    expect(small.hasWordOrCompound('kaffimaskina')).toBe(true);
    expect(small.hasWordOrCompound('helseplattformen')).toBe(false);
  });

  it('reads the installed bokmål, nynorsk and English dictionaries', () => {
    const words = generalVocabulary();
    for (const w of ['skriveren', 'kaffimaskina', 'snomaking', 'plants', 'coffee', 'laptop'])
      expect([w, words.hasWordOrCompound(w)]).toEqual([w, true]);
    for (const w of ['vpn', 'ingebrigtsen', 'kristiansund']) expect([w, words.has(w)]).toEqual([w, false]);
  });

  it('tells a word of English alone from one of Norwegian alone and one of both', () => {
    const both = GeneralVocabulary.fromDictionaries(
      [dictionary(['plan/AEG', 'tilsett/AEG', 'berørt/E'])],
      [dictionary(['plan/S', 'include/DSG', 'inhabitant/S'])],
    );
    expect(
      ['included', 'inhabitants', 'tilsette', 'berort', 'plan', 'xyz'].map((w) => both.languageOf(w)),
    ).toEqual(['en', 'en', 'no', 'no', undefined, undefined]);
  });
});
