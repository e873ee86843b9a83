import { startTab, type RunningTab } from './tab-harness';

describe('tab API rate limit (TAB_RATE_LIMIT_PER_MINUTE)', () => {
  let tab: RunningTab;

  beforeAll(async () => {
    // TAB_AUTH=off: every call is the development user, so they all count toward one user's limit.
    tab = await startTab({ TAB_AUTH: 'off', TAB_RATE_LIMIT_PER_MINUTE: '4' });
    // A route added to /api/tab after the tab's own (as other modules do) is under the same limit.
    tab.app.server.get('/api/tab/added-later', async (_req, res) => {
      res.send(200, { ok: true });
    });
  });
  afterAll(() => tab.stop());

  const get = (path: string) => fetch(`${tab.url}${path}`);
  const postFeedback = (text: string) =>
    fetch(`${tab.url}/api/tab/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });

  it('answers a user up to the limit across every tab route, then 429 with a Norwegian message', async () => {
    const statuses = [
      (await get('/api/tab/me')).status,
      (await postFeedback('Fin fane')).status,
      (await get('/api/tab/added-later')).status,
      (await get('/api/tab/overview')).status,
    ];
    expect(statuses.every((s) => s < 400)).toBe(true);
    const over = await postFeedback('Enda en');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toEqual({
      error: expect.stringMatching(/^Du har gjort mange forespørsler på kort tid\. Prøv igjen om \d+ sekund/),
      code: 'RATE_LIMITED',
    });
    expect((await get('/api/tab/added-later')).status).toBe(429);
    // Nothing over the limit was stored.
    expect((await tab.data.feedback.list({ limit: 10 })).map((f) => f.comment)).toEqual(['Fin fane']);
  });

  it('leaves the tab itself (static files and /healthz) outside the limit', async () => {
    expect((await get('/healthz')).status).toBe(200);
  });
});
