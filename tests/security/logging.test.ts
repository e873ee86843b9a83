import { loadConfig, redactedSummary } from '../../src/config';
import { createLogger } from '../../src/logger';
import { LogCapture, type RunningBot, startBot, teamsActivity } from './running-bot';

const APP_PASSWORD = 'Pw~app-SECRET-4711';
const DB_PASSWORD = 'dbS3cretPassw0rd';

describe('logging: redacted, with the activity id, and without secrets', () => {
  it('the configuration summary at start-up shows neither the app password nor the database password', () => {
    const env = {
      MicrosoftAppId: '0e7c6c58-8a3f-4c36-9d0c-2f1b8e5a7d10',
      MicrosoftAppPassword: APP_PASSWORD,
      MONGODB_URI: `mongodb://helseplattformen:${DB_PASSWORD}@db.example.net:27017/?tls=true`,
    };
    const config = loadConfig(env);
    const summary = redactedSummary(config, env);
    // The summary itself hides them (not only the logger's redact paths, which cover the app password).
    expect(summary).toMatchObject({ MicrosoftAppPassword: '*** [env]', MONGODB_URI: '*** [env]' });
    expect(JSON.stringify(summary)).not.toContain(APP_PASSWORD);
    expect(JSON.stringify(summary)).not.toContain(DB_PASSWORD);
    // It is still useful: ordinary settings are shown with where they came from.
    expect(summary.RATE_LIMIT_PER_MINUTE).toBe('30 [default]');

    const logs = new LogCapture();
    createLogger('info', logs).info({ config: summary }, 'configuration');
    expect(logs.text()).not.toContain(APP_PASSWORD);
    expect(logs.text()).not.toContain(DB_PASSWORD);
  });

  describe('turn logs', () => {
    let bot: RunningBot;
    beforeAll(async () => {
      bot = await startBot({}, { logLevel: 'trace' });
    });
    afterAll(() => bot.close());

    it('carry the activity id and show a question only with its personal data removed', async () => {
      const activity = teamsActivity(bot.connector.serviceUrl, {
        text: 'Jeg heter Kari, fnr 010280 37445, mobil +47 912 34 567, kari.nordmann@example.no. Hvem leder Teknisk?',
      });
      await bot.post(activity);

      const turn = bot.logs.lines.filter((l) => l.activityId === activity.id);
      expect(turn).toContainEqual(expect.objectContaining({ msg: 'turn handled', ms: expect.any(Number) }));
      const started = turn.find((l) => l.msg === 'turn started');
      expect(started?.text).toEqual(expect.stringContaining('[fjernet:'));
      expect(started?.text).toEqual(expect.stringContaining('Hvem leder Teknisk?'));

      const logged = bot.logs.text();
      for (const personal of ['010280 37445', '912 34 567', 'kari.nordmann@example.no'])
        expect(logged).not.toContain(personal);
    });

    it('do not copy the values of a card submit (e.g. a feedback comment)', async () => {
      const activity = teamsActivity(bot.connector.serviceUrl, {
        text: undefined,
        value: {
          action: 'feedback',
          helpful: false,
          comment: 'Ring meg på 41 22 33 44',
          question: 'fnr 01028037445',
        },
      });
      await bot.post(activity);
      expect(bot.logs.lines.filter((l) => l.activityId === activity.id).length).toBeGreaterThan(0);
      expect(bot.logs.text()).not.toContain('41 22 33 44');
      expect(bot.logs.text()).not.toContain('01028037445');
    });
  });
});
