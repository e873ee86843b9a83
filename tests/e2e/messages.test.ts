import pino from 'pino';
import type { App } from '../../src/app';
import { composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { FakeConnector } from '../support/fake-connector';
import { createMessageActivity, postActivity, waitFor } from '../support/bot-activity';
import { adaptiveCardProblems } from '../support/validate-adaptive-card';

describe('POST /api/messages end to end', () => {
  let app: App;
  let botUrl: string;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    // The production composition, as `npm start` builds it.
    ({ app } = await composeApplication(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: ':memory:' }),
      pino({ level: 'silent' }),
    ));
    botUrl = (await app.start()).url;
  });
  afterAll(async () => {
    await app.stop();
    await connector.close();
  });

  it('replies to a question with the right Adaptive Card at the Bot Connector', async () => {
    const activity = createMessageActivity('Hvem leder delprosjektet Teknisk?', {
      serviceUrl: connector.serviceUrl,
      conversationId: 'a:e2e-1',
    });
    expect(await postActivity(botUrl, activity)).toBe(200);
    const [reply] = await waitFor(
      () => connector.messages('a:e2e-1').length > 0 && connector.messages('a:e2e-1'),
      'reply',
    );
    expect(reply!.replyToId).toBe(activity.id);
    const attachment = (reply!.activity!.attachments as { contentType: string; content: unknown }[])[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(adaptiveCardProblems(attachment.content)).toEqual([]);
    const card = JSON.stringify(attachment.content);
    expect(card).toContain('Anne Amdal Storsve');
    expect(card).not.toContain('Bjørnevik');
  });

  it('answers the health check', async () => {
    const response = await fetch(`${botUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses malformed JSON with 400 and keeps serving', async () => {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "mess',
    });
    expect(response.status).toBe(400);
    const activity = createMessageActivity('hjelp', {
      serviceUrl: connector.serviceUrl,
      conversationId: 'a:e2e-2',
    });
    expect(await postActivity(botUrl, activity)).toBe(200);
    await waitFor(() => connector.messages('a:e2e-2').length > 0, 'reply after malformed request');
  });

  it.each([
    ['an empty object', '{}', /type/],
    [
      'an activity without a type',
      '{"text":"hei","serviceUrl":"http://x/","conversation":{"id":"a"},"from":{"id":"u"}}',
      /type/,
    ],
    [
      'a message without a conversation',
      '{"type":"message","text":"hei","serviceUrl":"http://x/","from":{"id":"u"}}',
      /conversation\.id/,
    ],
    [
      'a message without serviceUrl or sender',
      '{"type":"message","conversation":{"id":"a"}}',
      /serviceUrl.*from\.id/,
    ],
    ['an array', '[]', /JSON-objekt/],
  ])('refuses %s with 400 and a short reason', async (_name, body, reason) => {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(reason);
  });

  it.each([
    ['text/plain', 'hei'],
    ['application/x-www-form-urlencoded', 'type=message&text=hei'],
  ])('refuses a %s body with 415', async (contentType, body) => {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toMatch(/application\/json/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const activity = createMessageActivity('x'.repeat(300 * 1024), { serviceUrl: connector.serviceUrl });
    expect(await postActivity(botUrl, activity)).toBe(413);
  });
});
