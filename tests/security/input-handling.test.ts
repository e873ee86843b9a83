import { type RunningBot, startBot, teamsActivity } from './running-bot';

describe('bad and unusual input over HTTP', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({ MAX_BODY_BYTES: String(256 * 1024) });
  });
  afterAll(() => bot.close());
  beforeEach(() => {
    bot.connector.reset();
    bot.seen.length = 0;
  });

  it('refuses a body over MAX_BODY_BYTES with 413 before the bot sees it', async () => {
    const response = await bot.post(
      teamsActivity(bot.connector.serviceUrl, { text: 'x'.repeat(300 * 1024) }),
    );
    expect(response.status).toBe(413);
    expect(bot.seen).toEqual([]);
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await bot.post('{"type": "message", "text": "hei"');
    expect(response.status).toBe(400);
    expect(bot.seen).toEqual([]);
  });

  it('refuses JSON that is not an activity object with 400', async () => {
    expect((await bot.post('[1,2,3]')).status).toBe(400);
    expect((await bot.post('"message"')).status).toBe(400);
    expect(bot.seen).toEqual([]);
  });

  it('refuses a body that is not JSON (415)', async () => {
    const response = await bot.post('type=message&text=hei', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(bot.seen).toEqual([]);
  });

  it('ignores an activity type it does not know: 200, no reply, no error', async () => {
    const activity = teamsActivity(bot.connector.serviceUrl, { type: 'somethingNew', text: undefined });
    const response = await bot.post(activity);
    expect(response.status).toBe(200);
    expect(bot.connector.stats().requests).toBe(0);
    expect(bot.logs.lines.filter((l) => l.activityId === activity.id && Number(l.level) >= 40)).toEqual([]);
    expect(bot.logs.lines).toContainEqual(
      expect.objectContaining({ activityId: activity.id, msg: 'turn handled' }),
    );
  });

  it('answers a 100 kB message', async () => {
    const text = `Hvem leder delprosjektet Teknisk? ${'Dette er en veldig lang melding. '.repeat(3200)}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(100 * 1024);
    const response = await bot.post(teamsActivity(bot.connector.serviceUrl, { text }));
    expect(response.status).toBe(200);
    const [reply] = bot.connector.messages('a:conv-1');
    expect(reply?.activity?.attachments).toHaveLength(1);
    // The reply is a card, not an echo of the 100 kB: replies stay small.
    expect(JSON.stringify(reply?.activity).length).toBeLessThan(20 * 1024);
  });

  const inheritedNames = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

  it.each(inheritedNames)(
    'answers an Action.Execute whose verb is %s with 400 and a Norwegian message, never a 5xx',
    async (verb) => {
      const response = await bot.post(
        teamsActivity(bot.connector.serviceUrl, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          value: { action: { type: 'Action.Execute', verb, data: { verb } } },
        }),
      );
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text)).toMatchObject({
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { message: expect.stringContaining('Den knappen kjenner jeg ikke igjen') },
      });
    },
  );

  it.each(inheritedNames)(
    'answers a card submit whose action is %s with a friendly card, never a 5xx',
    async (action) => {
      const response = await bot.post(
        teamsActivity(bot.connector.serviceUrl, { text: undefined, value: { action } }),
      );
      expect(response.status).toBe(200);
      const [reply] = bot.connector.messages('a:conv-1');
      expect(JSON.stringify(reply?.activity?.attachments)).toContain('Den knappen kjenner jeg ikke igjen');
    },
  );

  it('answers a malformed Action.Execute or an invoke it does not handle with 400, never a 5xx', async () => {
    const invokes = [
      ...[{ action: { verb: 42, data: 'x' } }, { action: null }, { action: 'x' }, 'text', null, []].map(
        (value) => ({ name: 'adaptiveCard/action', value }),
      ),
      { name: 'constructor', value: {} },
      { name: 'task/fetch', value: { data: {} } },
      { name: 'composeExtension/query', value: {} },
      { name: undefined, value: {} },
    ];
    for (const invoke of invokes) {
      const response = await bot.post(
        teamsActivity(bot.connector.serviceUrl, { type: 'invoke', text: undefined, ...invoke }),
      );
      expect({ ...invoke, status: response.status }).toEqual({ ...invoke, status: 400 });
    }
  });
});
