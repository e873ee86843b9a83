import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { loadConfig } from '../../src/config';
import { isAppError } from '../../src/errors';
import type {
  TabAnnouncementListResponse,
  TabAnnouncementStatus,
  TabAudiencesResponse,
  TabFeedbackResponse,
  TabMeResponse,
  TabOverviewResponse,
  TabSearchResponse,
} from '../../src/tab/tab-api-types';
import { startTab, type RunningTab } from './tab-harness';

const ISSUER = 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0';
const AUDIENCE = 'api://tab.example.test/22222222-3333-4444-5555-666666666666';
const KID = 'test-key-1';
const USER_OID = '7d1c5a9e-0000-4000-8000-000000000001';
const ANNOUNCER_UPN = 'Tone.Fagerholt@trondheim.kommune.no';
/** Listed in ANNOUNCERS by object id. */
const ANNOUNCER_OID = '7d1c5a9e-0000-4000-8000-0000000000aa';
/** Listed by UPN only; Teams reports that UPN for this object id (through the bot's chat with her). */
const TONE_OID = '7d1c5a9e-0000-4000-8000-0000000000bb';

let jwksServer: Server;
let jwksUrl: string;
let signingKey: KeyLike;
let otherKey: KeyLike;
let tab: RunningTab;

/** A token like Entra ID issues for Teams single sign-on, with the given changes. */
async function token(
  options: {
    claims?: Record<string, unknown>;
    issuer?: string;
    audience?: string;
    expiresAt?: number;
    key?: KeyLike;
  } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    oid: USER_OID,
    tid: '11111111-2222-3333-4444-555555555555',
    name: 'Kari Nordmann',
    preferred_username: 'kari.nordmann@trondheim.kommune.no',
    ver: '2.0',
    ...options.claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(now - 60)
    .setNotBefore(now - 60)
    .setExpirationTime(options.expiresAt ?? now + 3600)
    .sign(options.key ?? signingKey);
}

async function call<T>(
  path: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${tab.url}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  jwksServer = createServer((req, res) => {
    res.writeHead(req.url === '/keys' ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(req.url === '/keys' ? JSON.stringify({ keys: [jwk] }) : '{}');
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/keys`;
  tab = await startTab(
    {
      TAB_AUTH: 'on',
      TAB_AUTH_ISSUER: ISSUER,
      TAB_AUTH_AUDIENCE: AUDIENCE,
      TAB_AUTH_JWKS_URL: jwksUrl,
      ANNOUNCERS: `someone-else@trondheim.kommune.no, ${ANNOUNCER_UPN}, ${ANNOUNCER_OID.toUpperCase()}`,
    },
    {
      broadcast: true,
      teams: {
        upnOf: async (objectId) => (objectId === TONE_OID ? ANNOUNCER_UPN : undefined),
        inTeam: async () => undefined,
      },
    },
  );
});

afterAll(async () => {
  await tab?.stop();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

describe('sign-in to the tab API', () => {
  test('a call without a token is refused with 401 and a Norwegian reason', async () => {
    const res = await call<{ error: string; code: string }>('/api/tab/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(res.body.code).toBe('UNAUTHORIZED');
    expect(res.body.error).toMatch(/logget inn via Teams/);
  });

  test('a valid Teams single sign-on token is accepted and names the user', async () => {
    const res = await call<TabMeResponse>('/api/tab/me', { token: await token() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: 'Kari Nordmann',
      development: false,
      isAnnouncer: false,
      isKnowledgeEditor: false,
      announcementsAvailable: true,
      // ANNOUNCERS lists people by UPN, and Teams has not reported one for Kari (she has no chat with the bot).
      accessNote: expect.stringMatching(/chat med boten/),
    });
  });

  test.each([
    ['an expired token', () => token({ expiresAt: Math.floor(Date.now() / 1000) - 600 })],
    ['a token for another app (wrong audience)', () => token({ audience: 'api://other.example/abc' })],
    [
      'a token from another tenant (wrong issuer)',
      () => token({ issuer: 'https://login.microsoftonline.com/99999999-0000-0000-0000-000000000000/v2.0' }),
    ],
    ['a token signed with another key (bad signature)', () => token({ key: otherKey })],
    ['a token without a user object id', () => token({ claims: { oid: undefined } })],
    [
      'an unsigned token (alg none)',
      async () => {
        const [, payload] = (await token()).split('.');
        const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        return `${header}.${payload}.`;
      },
    ],
    ['a garbled token', async () => 'not-a-token'],
  ])('%s is refused with 401', async (_name, make) => {
    const res = await call<{ code: string }>('/api/tab/overview', { token: await make() });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHORIZED');
  });
});

describe('knowledge base in the tab', () => {
  test('search answers from the same knowledge base as the bot and lists the matches', async () => {
    const res = await call<TabSearchResponse>(`/api/tab/search?q=${encodeURIComponent('opplæring')}`, {
      token: await token(),
    });
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('answer');
    const people = res.body.sections.flatMap((s) => s.people.map((p) => p.name));
    expect(people).toContain('May Liz Bjørnevik Tho');
    expect(res.body.matches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'subproject', title: 'Opplæring' }),
        expect.objectContaining({ type: 'person', title: 'May Liz Bjørnevik Tho' }),
      ]),
    );
  });

  test('a question in English gets English labels when the tab asks for English', async () => {
    const res = await call<TabSearchResponse>(
      `/api/tab/search?lang=en&q=${encodeURIComponent('who leads training')}`,
      {
        token: await token(),
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.sections[0]?.people[0]).toEqual(
      expect.objectContaining({
        name: 'May Liz Bjørnevik Tho',
        role: 'Lead of the Training (Opplæring) subproject',
      }),
    );
  });

  test('an empty search is a 400 with a hint', async () => {
    const res = await call<{ error: string }>('/api/tab/search?q=%20', { token: await token() });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/Skriv hva du leter etter/);
  });

  test('the overview lists people, subprojects with leads, councils and decisions', async () => {
    const res = await call<TabOverviewResponse>('/api/tab/overview', { token: await token() });
    expect(res.status).toBe(200);
    expect(res.body.subprojects.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Funksjonalitet', 'Teknisk', 'Opplæring', 'Gevinstrealisering']),
    );
    expect(res.body.subprojects.find((s) => s.name === 'Opplæring')?.lead.name).toBe('May Liz Bjørnevik Tho');
    expect(res.body.keyContacts[0]?.name).toBe('Ola Skorstad');
    expect(res.body.bodies.length).toBeGreaterThan(0);
    expect(res.body.decisions.find((d) => d.id === 'deleierskap')).toEqual(
      expect.objectContaining({ date: '29. august', status: 'planned' }),
    );
  });
});

describe('feedback from the tab', () => {
  test('is stored redacted under the user pseudonym, never the object id', async () => {
    const res = await call<TabFeedbackResponse>('/api/tab/feedback', {
      token: await token(),
      method: 'POST',
      body: { text: 'Fin fane! Ring meg på 412 34 567 om noe er uklart.', locale: 'nb-NO' },
    });
    expect(res.status).toBe(201);
    expect(res.body.removed).toEqual(['telefonnummer']);
    const stored = (await tab.data.feedback.list()).find((f) => f.id === res.body.id);
    expect(stored?.comment).toBe('Fin fane! Ring meg på [fjernet: telefonnummer] om noe er uklart.');
    expect(stored?.userPseudonym).toBe(tab.pseudonymize(USER_OID));
    expect(JSON.stringify(stored)).not.toContain(USER_OID);
    expect(stored?.locale).toBe('nb-NO');
  });

  test('empty feedback is refused with 400', async () => {
    const res = await call<{ error: string }>('/api/tab/feedback', {
      token: await token(),
      method: 'POST',
      body: { text: '   ' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/Skriv en tilbakemelding/);
  });
});

describe('announcements from the tab', () => {
  const content = {
    title: 'Ny opplæringsplan',
    text: 'Planen for superbrukeropplæringen er klar.',
    links: [{ title: 'Les planen', url: 'https://www.trondheim.kommune.no/helseplattformen' }],
    importance: 'high',
  };

  test('a signed-in user who is not an announcer gets 403 from the composer', async () => {
    const res = await call<{ code: string }>('/api/tab/announcements', {
      token: await token(),
      method: 'POST',
      body: { content, audience: { kind: 'all' } },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await call('/api/tab/audiences', { token: await token() })).status).toBe(403);
  });

  test('the sign-in name in the token grants nothing: it is a claim the user can change', async () => {
    const claimsToBe = await token({ claims: { preferred_username: ANNOUNCER_UPN, upn: ANNOUNCER_UPN } });
    const me = await call<TabMeResponse>('/api/tab/me', { token: claimsToBe });
    expect(me.body.isAnnouncer).toBe(false);
    expect(me.body.accessNote).toMatch(/chat med boten/);
    const res = await call<{ code: string; error: string }>('/api/tab/audiences', { token: claimsToBe });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/chat med boten/);
  });

  test('a UPN in ANNOUNCERS counts when Teams reports it for the caller’s object id', async () => {
    const tone = await token({ claims: { oid: TONE_OID, preferred_username: 'whatever@example.com' } });
    const me = await call<TabMeResponse>('/api/tab/me', { token: tone });
    expect(me.body.isAnnouncer).toBe(true);
    expect((await call('/api/tab/audiences', { token: tone })).status).toBe(200);
  });

  test('an announcer (by object id, any case) sends to everyone and sees the progress', async () => {
    const announcer = await token({ claims: { oid: ANNOUNCER_OID } });
    const audiences = await call<TabAudiencesResponse>('/api/tab/audiences', { token: announcer });
    expect(audiences.body).toEqual({
      personal: 2,
      channels: 2,
      teams: [{ id: 'team-Helseplattformen Trondheim', name: 'Helseplattformen Trondheim', channels: 2 }],
    });

    const created = await call<TabAnnouncementStatus>('/api/tab/announcements', {
      token: announcer,
      method: 'POST',
      body: { content, audience: { kind: 'all' } },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('sending');
    await tab.engine!.whenIdle();

    const sent = tab.messenger!.callsOf('send');
    expect(sent.map((c) => c.conversationId).sort()).toEqual(
      ['19:general@thread.tacv2', '19:opplaering@thread.tacv2', 'a:personal-1', 'a:personal-2'].sort(),
    );
    expect(JSON.stringify(sent[0]?.activity)).toContain('Ny opplæringsplan');

    const list = await call<TabAnnouncementListResponse>('/api/tab/announcements', { token: announcer });
    const status = list.body.announcements.find((a) => a.id === created.body.id);
    expect(status).toEqual(
      expect.objectContaining({
        status: 'sent',
        counts: expect.objectContaining({ total: 4, sent: 4, failed: 0 }),
      }),
    );
  });

  test('an announcer can schedule for later and stop it again', async () => {
    const announcer = await token({ claims: { oid: ANNOUNCER_OID } });
    const at = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const created = await call<TabAnnouncementStatus>('/api/tab/announcements', {
      token: announcer,
      method: 'POST',
      body: {
        content: { ...content, importance: 'normal' },
        audience: { kind: 'personal' },
        scheduledAt: at,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ status: 'scheduled', scheduledAt: at }));
    const cancelled = await call<TabAnnouncementStatus>(`/api/tab/announcements/${created.body.id}/cancel`, {
      token: announcer,
      method: 'POST',
    });
    expect(cancelled.body.status).toBe('cancelled');
  });

  test('the composer goes through the chat’s announcement desk: schedule window, Oslo time, recipients', async () => {
    const announcer = await token({ claims: { oid: ANNOUNCER_OID } });
    const post = (body: Record<string, unknown>) =>
      call<TabAnnouncementStatus & { error: string; code: string }>('/api/tab/announcements', {
        token: announcer,
        method: 'POST',
        body: { content, audience: { kind: 'personal' }, ...body },
      });
    const past = await post({ scheduledAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.error).toBe(
      'Tidspunktet har allerede passert. Velg et tidspunkt fram i tid, eller trykk «Send nå».',
    );
    const tooFar = await post({ scheduledAt: new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString() });
    expect(tooFar.body.error).toBe('Kunngjøringer kan planlegges høyst ett år fram i tid.');
    // Norwegian wall-clock time, as in the chat: 08:00 in Oslo on a winter day is 07:00 UTC.
    const year = new Date().getUTCFullYear() + 1;
    const oslo = await post({ schedule: { date: `${year}-01-15`, time: '08:00' } });
    expect(oslo.status).toBe(201);
    expect(oslo.body.scheduledAt).toBe(`${year}-01-15T07:00:00.000Z`);
    const nobody = await post({ audience: { kind: 'teams', teamIds: ['19:no-such-team@thread.tacv2'] } });
    expect(nobody.status).toBe(409);
    expect(nobody.body.error).toMatch(/ingen mottakere/);
    await call(`/api/tab/announcements/${oslo.body.id}/cancel`, { token: announcer, method: 'POST' });
  });

  test('an announcer with a chat with the bot gets the status card there, as from the chat', async () => {
    await tab.data.installations.upsert({
      conversationId: 'a:announcer-chat',
      conversationType: 'personal',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      userPseudonym: tab.pseudonymize(ANNOUNCER_OID),
      reference: {
        conversation: { id: 'a:announcer-chat' },
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
      },
    });
    const announcer = await token({ claims: { oid: ANNOUNCER_OID } });
    const at = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const created = await call<TabAnnouncementStatus>('/api/tab/announcements', {
      token: announcer,
      method: 'POST',
      body: {
        content: { ...content, title: 'Med statuskort' },
        audience: { kind: 'channels' },
        scheduledAt: at,
      },
    });
    expect(created.status).toBe(201);
    expect(tab.statusCards).toContainEqual({
      conversationId: 'a:announcer-chat',
      summary: 'Status: Med statuskort',
    });
    const stored = await tab.data.announcements.get(created.body.id);
    expect(stored).toMatchObject({
      authorConversationId: 'a:announcer-chat',
      statusActivityId: expect.any(String),
    });
    await call(`/api/tab/announcements/${created.body.id}/cancel`, { token: announcer, method: 'POST' });
    await tab.data.installations.deactivate('a:announcer-chat');
  });

  test('invalid content is refused with the broadcast module’s Norwegian reasons', async () => {
    const announcer = await token({ claims: { oid: ANNOUNCER_OID } });
    const res = await call<{ error: string }>('/api/tab/announcements', {
      token: announcer,
      method: 'POST',
      body: {
        content: { ...content, title: '', imageUrl: 'javascript:alert(1)' },
        audience: { kind: 'all' },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/Tittel mangler/);
    expect(res.body.error).toMatch(/https-adresse/);
  });
});

describe('tab sign-in configuration', () => {
  test('TAB_AUTH=off is refused at start-up in production', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', TAB_AUTH: 'off' });
    } catch (err) {
      error = err;
    }
    expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toMatch(/TAB_AUTH=off/);
  });

  test('without tenant or audience settings every call is refused with a message naming the settings', async () => {
    const unconfigured = await startTab({ TAB_AUTH: 'on' });
    try {
      const res = await fetch(`${unconfigured.url}/api/tab/me`, {
        headers: { Authorization: `Bearer ${await token()}` },
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toMatch(/TAB_AUTH_ISSUER.*TAB_AUTH_AUDIENCE/);
    } finally {
      await unconfigured.stop();
    }
  });

  test('TAB_AUTH=off (development) answers without a token as the development user', async () => {
    const dev = await startTab({ TAB_AUTH: 'off', ANNOUNCERS: 'utvikler@localhost' });
    try {
      const res = await fetch(`${dev.url}/api/tab/me`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(
        expect.objectContaining({ development: true, isAnnouncer: true, announcementsAvailable: false }),
      );
      const compose = await fetch(`${dev.url}/api/tab/announcements`);
      expect(compose.status).toBe(503);
    } finally {
      await dev.stop();
    }
  });
});
