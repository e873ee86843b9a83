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

  it('takes a synonym only under one condition: beside certain words, or inside a yes/no claim', () => {
    const group = (condition: Record<string, unknown>) => ({
      ...raw(),
      synonymsWhen: [{ ...condition, synonyms: { flytte: 'migrere' } }],
    });
    expect(() => parseLanguageData(group({ beside: ['data'] }))).not.toThrow();
    expect(() => parseLanguageData(group({ inClaim: true }))).not.toThrow();
    for (const broken of [{}, { beside: ['data'], inClaim: true }])
      expect(() => parseLanguageData(group(broken), 'language.yaml')).toThrow(
        /synonymsWhen\.0: hver gruppe har nøyaktig én betingelse/,
      );
  });
});
