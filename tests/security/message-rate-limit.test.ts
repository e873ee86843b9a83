import { type RunningBot, startBot, teamsActivity } from './running-bot';

const textOf = (m: { activity?: Record<string, unknown> }) => String(m.activity?.text ?? '');

describe('per-user message rate limit (RATE_LIMIT_PER_MINUTE)', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => bot.close());

  it('answers a user up to the limit, then replies politely once and ignores the rest of the minute', async () => {
    const from = (id: string) => ({ from: { id, aadObjectId: 'aad-busy-user', name: 'Ivrig' } });
    for (let i = 0; i < 6; i++) {
      // A new Teams id with the same Entra ID object id is still the same user.
      const response = await bot.post(
        teamsActivity(bot.connector.serviceUrl, {
          ...from(`29:busy-${i % 2}`),
          conversation: { id: 'a:busy', tenantId: 'x' },
        }),
      );
      expect(response.status).toBe(200);
    }
    const received = bot.connector.messages('a:busy');
    expect(received).toHaveLength(4);
    expect(received.slice(0, 3).every((m) => !textOf(m).includes('mange meldinger'))).toBe(true);
    expect(textOf(received[3]!)).toMatch(
      /Du har sendt mange meldinger på kort tid.*Prøv igjen om \d+ sekund/,
    );
    expect(bot.seen.filter((s) => s.type === 'message')).toHaveLength(3);
    expect(bot.logs.withMessage('user over the message rate limit: message ignored')).toHaveLength(3);
  });

  it('still answers other users while one is over the limit', async () => {
    const other = teamsActivity(bot.connector.serviceUrl, {
      from: { id: '29:calm', aadObjectId: 'aad-calm-user', name: 'Rolig' },
      conversation: { id: 'a:calm' },
    });
    await bot.post(other);
    expect(bot.connector.messages('a:calm')).toHaveLength(1);
    expect(textOf(bot.connector.messages('a:calm')[0]!)).not.toContain('mange meldinger');
  });

  it('counts card submits and card actions (invokes) toward the same limit; an invoke over it gets 429', async () => {
    const user = { from: { id: '29:clicker', aadObjectId: 'aad-clicker', name: 'Klikker' } };
    const conversation = { conversation: { id: 'a:clicker', tenantId: 'x' } };
    const invoke = () =>
      bot.post(
        teamsActivity(bot.connector.serviceUrl, {
          ...user,
          ...conversation,
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          value: { action: { type: 'Action.Execute', verb: 'ukjent.verb', data: {} } },
        }),
      );
    const submit = () =>
      bot.post(
        teamsActivity(bot.connector.serviceUrl, {
          ...user,
          ...conversation,
          text: undefined,
          value: { action: 'ukjent.knapp' },
        }),
      );
    // Three uses within the limit (unknown verb and action: 400 and a friendly card, but counted all the same).
    expect((await invoke()).status).toBe(400);
    expect((await submit()).status).toBe(200);
    expect((await invoke()).status).toBe(400);
    const over = await invoke();
    expect(over.status).toBe(429);
    expect(JSON.parse(over.text)).toMatchObject({
      statusCode: 429,
      value: { message: expect.stringContaining('Du har sendt mange meldinger på kort tid') },
    });
    expect((await submit()).status).toBe(200);
    // The user was told by the 429; the submit after it is dropped unseen: only the first submit's card arrived.
    expect(bot.connector.messages('a:clicker')).toHaveLength(1);
  });
});
