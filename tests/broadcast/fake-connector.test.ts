import { FakeConnector } from '../support/fake-connector';

/** One request to the connector; returns the status, Retry-After and JSON body. */
async function call(connector: FakeConnector, method: string, path: string, body?: unknown) {
  const res = await fetch(new URL(path, connector.serviceUrl), {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Record<string, unknown>,
  };
}

describe('fake Bot Connector', () => {
  let connector: FakeConnector;
  afterEach(async () => connector.close());

  it('records sends, replies, updates and deletes per conversation', async () => {
    connector = await FakeConnector.start();
    const sent = await call(connector, 'POST', '/v3/conversations/a%3Auser-1/activities', {
      type: 'message',
      text: 'hei',
    });
    expect(sent.status).toBe(201);
    const id = String(sent.body.id);
    const reply = await call(connector, 'POST', `/v3/conversations/a%3Auser-1/activities/${id}`, {
      type: 'message',
      text: 'svar',
    });
    expect(reply.status).toBe(201);
    expect(
      (
        await call(connector, 'PUT', `/v3/conversations/a%3Auser-1/activities/${id}`, {
          type: 'message',
          text: 'endret',
        })
      ).status,
    ).toBe(200);
    expect((await call(connector, 'DELETE', `/v3/conversations/a%3Auser-1/activities/${id}`)).status).toBe(
      200,
    );
    expect((await call(connector, 'PUT', `/v3/conversations/a%3Auser-1/activities/${id}`, {})).status).toBe(
      404,
    );
    expect((await call(connector, 'DELETE', '/v3/conversations/a%3Auser-1/activities/unknown')).status).toBe(
      404,
    );

    const messages = connector.messages('a:user-1');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({
      activityId: id,
      updates: 1,
      deleted: true,
      activity: { text: 'endret' },
    });
    expect(messages[1]).toMatchObject({ replyToId: id, deleted: false, activity: { text: 'svar' } });
    expect(connector.stats().byOperation).toEqual({
      send: 1,
      reply: 1,
      update: 1,
      delete: 1,
      createConversation: 0,
    });
  });

  it('creates a conversation and can wait for messages to arrive in it', async () => {
    connector = await FakeConnector.start();
    const created = await call(connector, 'POST', '/v3/conversations', {
      isGroup: false,
      members: [{ id: '29:u' }],
      activity: { type: 'message', text: 'velkommen' },
    });
    expect(created.status).toBe(201);
    const conversationId = String(created.body.id);
    expect(connector.messages(conversationId)).toHaveLength(1);
    const waiting = connector.waitForMessages(conversationId, 2, 2000);
    await call(connector, 'POST', `/v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      type: 'message',
      text: 'to',
    });
    expect((await waiting).map((m) => m.activity?.text)).toEqual(['velkommen', 'to']);
  });

  it('answers 429 with Retry-After beyond the global limit, without using budget for refused requests', async () => {
    connector = await FakeConnector.start({ globalLimit: { ratePerSecond: 10, burst: 3 } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i += 1) {
      const r = await call(connector, 'POST', `/v3/conversations/c${i}/activities`, { type: 'message' });
      statuses.push(r.status);
      retryAfter ??= r.retryAfter;
    }
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(4);
    expect(statuses).toContain(429);
    expect(retryAfter).toBe('1');
    const stats = connector.stats();
    expect(stats.throttled + stats.admitted).toBe(6);
    expect(stats.admitted).toBe(statuses.filter((s) => s === 201).length);
  });

  it('allows 7 requests a second to one conversation and refuses the 8th with 429', async () => {
    connector = await FakeConnector.start();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1)
      statuses.push((await call(connector, 'POST', '/v3/conversations/same/activities', {})).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    expect((await call(connector, 'POST', '/v3/conversations/other/activities', {})).status).toBe(201);
  });

  it('injects faults at a rate, for chosen conversations and operations, a limited number of times', async () => {
    connector = await FakeConnector.start({
      conversationLimits: [],
      faults: [
        { status: 403, conversationIds: ['blocked'] },
        { status: 503, operations: ['update'], times: 1 },
        { status: 429, rate: 0.5, retryAfter: '2', conversationIds: ['flaky'] },
      ],
    });
    expect((await call(connector, 'POST', '/v3/conversations/blocked/activities', {})).status).toBe(403);
    const sent = await call(connector, 'POST', '/v3/conversations/ok/activities', {});
    const path = `/v3/conversations/ok/activities/${String(sent.body.id)}`;
    expect((await call(connector, 'PUT', path, {})).status).toBe(503);
    expect((await call(connector, 'PUT', path, {})).status).toBe(200);
    const flaky = [];
    for (let i = 0; i < 200; i += 1)
      flaky.push(await call(connector, 'POST', '/v3/conversations/flaky/activities', {}));
    const throttled = flaky.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(70);
    expect(throttled.length).toBeLessThan(130);
    expect(throttled.every((r) => r.retryAfter === '2')).toBe(true);
    expect(connector.stats().faulted).toBe(2 + throttled.length);
    expect(connector.messages('flaky')).toHaveLength(200 - throttled.length);
  });

  it("without kept messages counts each conversation's messages, so losses and duplicates still show", async () => {
    connector = await FakeConnector.start({ keepMessages: false, keepBodies: false });
    const first = await call(connector, 'POST', '/v3/conversations/a%3Atwice/activities', { text: 'hei' });
    await call(connector, 'POST', `/v3/conversations/a%3Atwice/activities/${String(first.body.id)}`, {});
    await call(connector, 'POST', '/v3/conversations/a%3Aonce/activities', {});
    expect(connector.received('a:twice')).toBe(2);
    expect(connector.received('a:once')).toBe(1);
    expect(connector.received('a:never')).toBe(0);
    expect(connector.conversationIds().sort()).toEqual(['a:once', 'a:twice']);
    expect(() => connector.messages('a:once')).toThrow(/not kept/);
    // Edits and deletions are answered as done (nothing is kept to check them against).
    expect(
      (await call(connector, 'PUT', `/v3/conversations/a%3Atwice/activities/${String(first.body.id)}`, {}))
        .status,
    ).toBe(200);
    expect(connector.stats().byOperation).toMatchObject({ send: 2, reply: 1, update: 1 });
  });
});
