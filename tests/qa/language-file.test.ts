import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseLanguageData } from '../../src/qa/language-data';

const raw = () => parse(readFileSync('content/language.yaml', 'utf8')) as Record<string, unknown>;

describe('language file', () => {
  it('loads the committed file', () => {
    expect(() => parseLanguageData(raw())).not.toThrow();
  });

  it('names each broken field and what is wrong with it in Norwegian, for the person editing the file', () => {
    const data = raw();
    data.intents = 3;
    delete data.stopwords;
    expect(() => parseLanguageData(data, 'language.yaml')).toThrow(
      /Språkfilen language\.yaml er ugyldig: .*intents: skal være et sett med felt.*stopwords: mangler/,
    );
  });
});
