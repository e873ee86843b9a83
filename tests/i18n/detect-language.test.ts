import path from 'node:path';
import { chooseLanguage, languageCandidates, languagesByDictionary } from '../../src/i18n/detect-language';
import { generalVocabulary } from '../../src/qa/general-vocabulary';
import { loadLanguageData } from '../../src/qa/language-data';

const markers = loadLanguageData(path.resolve(__dirname, '../../content/language.yaml')).markers;

describe('the language a message is written in', () => {
  it.each([
    ['Kven leiar prosjektkontoret?', ['nn']],
    ['Kva blir vêret i morgon?', ['nn']],
    ['Hvem leder delprosjektet Teknisk?', ['nb']],
    ['Who leads the project office?', ['en']],
    ['Hvor ligger prosjektkontoret?', ['nb']],
    ['Opplæring på sjukehuset?', ['nn']],
    ['Kan du fortelje ein vits?', ['nn']],
    ['Kan du fortelle en vits?', ['nb']],
    ['Can you tell me a joke?', ['en']],
    ['Møte på fredag', ['nb', 'nn']],
    ['Er Oppdal med?', ['nb', 'nn']],
    ['Kan du sende det til meg?', ['nb', 'nn']],
    ['Is Bindal located in Møre og Romsdal?', ['en']],
    ['Helseplattformen?', []],
  ] as const)('"%s" may be in %j', (text, expected) => {
    expect(languageCandidates(text, markers)).toEqual(expected);
  });
});

describe('the language of a message without marker words, by the dictionaries', () => {
  const wordLanguage = (w: string) => generalVocabulary().languageOf(w);
  it.each([
    ['Bindal included?', ['en']],
    ['canteen opening hours', ['en']],
    ['legevakten inkludert?', ['nb', 'nn']],
    ['Helseplattformen?', []],
  ] as const)('"%s" may be in %j', (text, expected) => {
    expect(languagesByDictionary(text, wordLanguage)).toEqual(expected);
  });
});

describe('the language a reply is written in', () => {
  it('follows the card a button was pressed on before anything else', () => {
    expect(chooseLanguage({ card: 'nn', candidates: ['en'], remembered: 'en', locale: 'en' })).toBe('nn');
  });

  it('follows a message that is clearly in one language over the memory and the Teams locale', () => {
    expect(chooseLanguage({ candidates: ['nn'], remembered: 'en', locale: 'en' })).toBe('nn');
  });

  it('for "hjelp" (bokmål or nynorsk) takes the last language used, then the locale, then bokmål', () => {
    expect(chooseLanguage({ candidates: ['nb', 'nn'], remembered: 'nn', locale: 'nb' })).toBe('nn');
    expect(chooseLanguage({ candidates: ['nb', 'nn'], remembered: 'en', locale: 'nn' })).toBe('nn');
    expect(chooseLanguage({ candidates: ['nb', 'nn'], remembered: 'en', locale: 'en' })).toBe('nb');
  });

  it('for a message that says nothing, takes the last language used, then the locale, then bokmål', () => {
    expect(chooseLanguage({ candidates: [], remembered: 'en', locale: 'nn' })).toBe('en');
    expect(chooseLanguage({ candidates: [], locale: 'nn' })).toBe('nn');
    expect(chooseLanguage({ candidates: [] })).toBe('nb');
  });
});
