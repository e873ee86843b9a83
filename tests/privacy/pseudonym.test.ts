import { loadConfig, redactedSummary } from '../../src/config';
import { isAppError } from '../../src/errors';
import {
  assertProductionSecrets,
  createPseudonymizer,
  DEVELOPMENT_PSEUDONYM_SECRET,
  PSEUDONYM_LENGTH,
  pseudonymSecretFrom,
} from '../../src/privacy/pseudonym';
import { capturingLogger } from '../support/capturing-logger';

const secret = 'test-secret-at-least-16';
const userId = '00000000-0000-0000-0000-000000000001';

describe('createPseudonymizer', () => {
  test('gives the HMAC-SHA256 of the id as 32 base64url characters (same as openssl computes)', () => {
    // printf 'aad-object-id:<id>' | openssl dgst -sha256 -hmac <secret> -binary | base64 | tr '+/' '-_' | cut -c1-32
    expect(createPseudonymizer(secret)(userId)).toBe('mfeYLZg593iPlO-XrQPlNHFfG7bJiDc-');
  });

  test('gives the same user the same pseudonym whatever the case or surrounding spaces of the id', () => {
    const pseudonym = createPseudonymizer(secret);
    const id = 'A1B2C3D4-0000-4000-8000-ABCDEFABCDEF';
    expect(pseudonym(` ${id} `)).toBe(pseudonym(id.toLowerCase()));
  });

  test('gives different users and different secrets different pseudonyms that never reveal the id', () => {
    const a = createPseudonymizer(secret);
    const b = createPseudonymizer(`${secret}-other`);
    const other = '00000000-0000-0000-0000-000000000002';
    expect(a(userId)).not.toBe(a(other));
    expect(a(userId)).not.toBe(b(userId));
    expect(a(userId)).toMatch(new RegExp(`^[A-Za-z0-9_-]{${PSEUDONYM_LENGTH}}$`));
    expect(a(userId)).not.toContain('0000');
  });

  test('refuses a secret shorter than 16 characters and an empty user id', () => {
    expect(() => createPseudonymizer('short')).toThrow(/minst 16 tegn/);
    expect(() => createPseudonymizer(secret)('  ')).toThrow(/Mangler bruker-id/);
  });
});

describe('PSEUDONYM_SECRET in the configuration', () => {
  test('is read as a secret setting and rejected when shorter than 16 characters', () => {
    const env = { PSEUDONYM_SECRET: secret };
    expect(loadConfig(env).PSEUDONYM_SECRET).toBe(secret);
    expect(redactedSummary(loadConfig(env), env).PSEUDONYM_SECRET).toBe('*** [env]');
    expect(loadConfig({ PSEUDONYM_SECRET: '' }).PSEUDONYM_SECRET).toBeUndefined();
    expect(() => loadConfig({ PSEUDONYM_SECRET: 'short' })).toThrow(/PSEUDONYM_SECRET/);
  });

  test('is required in production: start-up fails with an error naming the variable', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(() => assertProductionSecrets(config)).toThrow(/PSEUDONYM_SECRET må settes/);
    const error = (() => {
      try {
        assertProductionSecrets(config);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
    expect(() =>
      assertProductionSecrets({ NODE_ENV: 'production', PSEUDONYM_SECRET: DEVELOPMENT_PSEUDONYM_SECRET }),
    ).toThrow(/PSEUDONYM_SECRET/);
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', PSEUDONYM_SECRET: secret })).not.toThrow();
  });

  test('falls back to the development key outside production and says so in the log (debug; the start line lists it)', () => {
    const { logger, lines } = capturingLogger('debug');
    expect(pseudonymSecretFrom({ NODE_ENV: 'development', PSEUDONYM_SECRET: undefined }, logger)).toBe(
      DEVELOPMENT_PSEUDONYM_SECRET,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 20, setting: 'PSEUDONYM_SECRET' });
    expect(String(lines[0]!.msg)).toMatch(/development key/);
  });

  test('uses the configured key without a warning', () => {
    const { logger, lines } = capturingLogger();
    expect(pseudonymSecretFrom({ NODE_ENV: 'production', PSEUDONYM_SECRET: secret }, logger)).toBe(secret);
    expect(lines).toEqual([]);
  });
});
