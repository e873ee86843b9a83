import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { APP_ID, LogCapture, type RunningBot, startBot, TENANT_ID, teamsActivity } from './running-bot';

const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';

describe('tenant allow-list (ALLOWED_TENANT_IDS)', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({ ALLOWED_TENANT_IDS: `  ${TENANT_ID.toUpperCase()} ` });
  });
  afterAll(() => bot.close());
  beforeEach(() => {
    bot.connector.reset();
    bot.seen.length = 0;
  });

  it('answers a user of the allowed tenant', async () => {
    const activity = teamsActivity(bot.connector.serviceUrl);
    expect((await bot.post(activity)).status).toBe(200);
    expect(bot.connector.messages('a:conv-1')).toHaveLength(1);
    expect(bot.seen).toEqual([{ type: 'message', id: activity.id }]);
  });

  const foreign: [string, Record<string, unknown>][] = [
    [
      'another tenant',
      {
        conversation: { id: 'a:conv-1', tenantId: OTHER_TENANT },
        channelData: { tenant: { id: OTHER_TENANT } },
      },
    ],
    [
      'an allowed tenant in channelData but another on the conversation',
      {
        conversation: { id: 'a:conv-1', tenantId: OTHER_TENANT },
        channelData: { tenant: { id: TENANT_ID } },
      },
    ],
    ['no tenant at all', { conversation: { id: 'a:conv-1' }, channelData: {} }],
  ];
  for (const [name, overrides] of foreign) {
    it(`ignores a message from ${name}: no reply, not seen by the bot, logged with the activity id`, async () => {
      const activity = teamsActivity(bot.connector.serviceUrl, overrides);
      expect((await bot.post(activity)).status).toBe(200);
      expect(bot.connector.stats().requests).toBe(0);
      expect(bot.seen).toEqual([]);
      expect(bot.logs.withMessage('activity from a tenant that is not allowed: ignored')).toContainEqual(
        expect.objectContaining({ activityId: activity.id }),
      );
    });
  }

  it('answers a card action (invoke) from another tenant with 403 and nothing else', async () => {
    const activity = teamsActivity(bot.connector.serviceUrl, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'anything', data: {} } },
      conversation: { id: 'a:conv-1', tenantId: OTHER_TENANT },
      channelData: { tenant: { id: OTHER_TENANT } },
    });
    expect((await bot.post(activity)).status).toBe(403);
    expect(bot.connector.stats().requests).toBe(0);
    expect(bot.logs.withMessage('unknown invoke verb')).toEqual([]);
  });

  it('lets every tenant through when the list is empty', async () => {
    const open = await startBot({});
    try {
      const activity = teamsActivity(open.connector.serviceUrl, {
        conversation: { id: 'a:conv-1', tenantId: OTHER_TENANT },
        channelData: { tenant: { id: OTHER_TENANT } },
      });
      await open.post(activity);
      expect(open.connector.messages('a:conv-1')).toHaveLength(1);
    } finally {
      await open.close();
    }
  });

  it('warns at start-up in production when every tenant is allowed', () => {
    const logs = new LogCapture();
    const production = {
      NODE_ENV: 'production',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: TENANT_ID,
    };
    createApp(loadConfig(production), createLogger('info', logs));
    createApp(loadConfig({ ...production, ALLOWED_TENANT_IDS: TENANT_ID }), createLogger('info', logs));
    const warnings = logs.lines.filter((l) => String(l.msg).startsWith('ALLOWED_TENANT_IDS is empty'));
    expect(warnings).toHaveLength(1);
  });

  it('refuses a tenant id that is not a GUID at start-up, naming the variable', () => {
    expect(() => loadConfig({ ALLOWED_TENANT_IDS: `${TENANT_ID},trondheim` })).toThrow(/ALLOWED_TENANT_IDS/);
  });
});
