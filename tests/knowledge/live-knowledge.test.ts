import { createRepositories, IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { summarizeChanges } from '../../src/knowledge/change-summary';
import { ifMatchVersion } from '../../src/knowledge/knowledge-api';
import { LiveKnowledge } from '../../src/knowledge/live-knowledge';
import { createLogger } from '../../src/logger';
import { languageFileFor } from '../../src/qa';
import { loadKnowledgeBase } from '../../src/qa/knowledge-base';
import { loadLanguageData } from '../../src/qa/language-data';
import { capturingLogger } from '../support/capturing-logger';

const FILE = 'content/knowledge-base.yaml';
const seed = loadKnowledgeBase(FILE);
const language = loadLanguageData(languageFileFor(FILE));

describe('the knowledge base in use', () => {
  let data: DataLayer;

  beforeEach(async () => {
    data = await createRepositories(
      { MONGODB_URI: undefined, MONGODB_DB: 'x', MONGODB_TIMEOUT_MS: 1000, DATA_DIR: IN_MEMORY_DATA_DIR },
      createLogger('silent'),
    );
  });
  afterEach(async () => data.close());

  test('answers from the seed until the store answers, then from version 1 published from it', async () => {
    const live = new LiveKnowledge({
      repository: data.knowledge,
      seed,
      language,
      logger: createLogger('silent'),
      pollMs: 60_000,
    });
    expect(live.version).toBe(0);
    expect(live.answerer.answer('Hvem leder delprosjektet Teknisk?').items.length).toBeGreaterThan(0);
    await live.start();
    live.stop();
    expect(live.version).toBe(1);
    expect((await data.knowledge.list(5)).map((v) => v.authorPseudonym)).toEqual(['kunnskapsbase-fil']);
  });

  test('a stored version this bot cannot read is logged and the one in use is kept', async () => {
    const logger = capturingLogger('warn');
    const live = new LiveKnowledge({
      repository: data.knowledge,
      seed,
      language,
      logger: logger.logger,
      pollMs: 60_000,
    });
    await live.refresh();
    await data.knowledge.publish({
      expected: 1,
      content: { people: 'not a list' },
      authorPseudonym: 'x',
      summary: 'broken',
    });
    await live.refresh();
    expect(live.version).toBe(1);
    expect(logger.lines.map((l) => l.msg)).toContain(
      'stored knowledge base version is not valid for this version of the bot; keeping the one in use',
    );
  });
});

describe('the summary of a publish', () => {
  test('names added, changed and removed entries per list', () => {
    const after = structuredClone(seed);
    after.people.push({ ...after.people[0]!, id: 'ny-person', name: 'Ny Person' });
    after.subprojects[0]!.lead = 'ny-person';
    after.facts = after.facts.filter((f) => f.id !== 'fotograf');
    expect(summarizeChanges(seed, after)).toBe(
      'personer: ny ny-person. delprosjekter: endret funksjonalitet. fakta: fjernet fotograf',
    );
    expect(summarizeChanges(seed, structuredClone(seed))).toBe('Ingen endringer');
  });
});

describe('If-Match', () => {
  test.each([
    ['7', 7],
    ['"7"', 7],
    ['W/"12"', 12],
    [undefined, undefined],
    ['', undefined],
    ['*', 'unreadable'],
    ['"abc"', 'unreadable'],
  ])('%j names version %j', (header, expected) => {
    expect(ifMatchVersion(header)).toBe(expected);
  });
});
