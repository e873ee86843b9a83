import { type RunningBot, startBot, teamsActivity } from './running-bot';

const QUESTION = 'Hvem leder delprosjektet Teknisk? Ring meg på 912 34 567';

describe('Bot Connector answers 5xx to the bot’s replies', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBot({}, { logLevel: 'trace' });
  });
  afterAll(() => bot.close());

  it('logs the failed turn with its activity id, survives, and answers the next message', async () => {
    // Every send fails, retries included: the answer and then the turn-error handler's apology.
    bot.connector.setFaults([{ status: 503 }]);
    const failing = teamsActivity(bot.connector.serviceUrl, { text: QUESTION });
    // botbuilder's connector client retries each 503 three times with back-off, so this turn takes ~10 s.
    const response = await bot.post(failing);
    bot.connector.setFaults([]);

    expect(response.status).toBe(200);
    expect(bot.logs.withMessage('turn failed')).toContainEqual(
      expect.objectContaining({ activityId: failing.id, err: expect.objectContaining({ statusCode: 503 }) }),
    );
    expect(bot.logs.withMessage('could not tell the user about the failed turn')).toHaveLength(1);

    const next = teamsActivity(bot.connector.serviceUrl, { text: 'hjelp' });
    expect((await bot.post(next)).status).toBe(200);
    const delivered = bot.connector.messages('a:conv-1');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.replyToId).toBe(next.id);
  });

  it('keeps the failed reply’s content and the outgoing token out of the error log', () => {
    const failed = bot.logs.withMessage('turn failed');
    expect(failed.length).toBeGreaterThan(0);
    const logged = JSON.stringify(failed);
    expect(logged).not.toContain('912 34 567');
    expect(logged).not.toContain('local-outgoing-token');
  });
});
