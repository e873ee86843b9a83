import { loadConfig, redactedSummary } from '../../src/config';
import { isAppError } from '../../src/errors';
import { describeMongoUri } from '../../src/data/mongo-uri';
import { newId } from '../../src/data/new-id';

describe('data settings', () => {
  test('defaults to the embedded store in ./.data, a year of feedback and a 1.5 s MongoDB timeout', () => {
    const config = loadConfig({});
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config).toMatchObject({
      MONGODB_DB: 'helseplattformen',
      MONGODB_TIMEOUT_MS: 1500,
      DATA_DIR: './.data',
      FEEDBACK_RETENTION_DAYS: 365,
    });
  });

  test('never shows the MongoDB password in the logged summary', () => {
    const env = { MONGODB_URI: 'mongodb://bot:hemmelig@db.example:27017/?authSource=admin' };
    const summary = JSON.stringify(redactedSummary(loadConfig(env), env));
    expect(summary).not.toMatch(/hemmelig/);
    expect(summary).toMatch(/MONGODB_URI/);
  });

  test('rejects a MONGODB_URI that is not a MongoDB address, and a database name with odd characters', () => {
    for (const env of [
      { MONGODB_URI: 'http://db.example' },
      { MONGODB_DB: 'a/b' },
      { MONGODB_TIMEOUT_MS: '5' },
    ]) {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (err) {
        error = err;
      }
      expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });

  test('describes a MongoDB address by its hosts only', () => {
    expect(describeMongoUri('mongodb://bot:hemmelig@db1:27017,db2:27017/hp?tls=true')).toBe(
      'mongodb://db1:27017,db2:27017/',
    );
    expect(describeMongoUri('mongodb+srv://u:p%40ss@cluster0.example.net/')).toBe(
      'mongodb+srv://cluster0.example.net/',
    );
    expect(describeMongoUri('mongodb://u:pa/ss@host/db')).toBe('mongodb://host/');
    expect(describeMongoUri('mongodb://127.0.0.1:27018/')).toBe('mongodb://127.0.0.1:27018/');
    expect(describeMongoUri('not a uri with password')).toBe('***');
  });

  test('new ids sort in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId(1_750_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
