/**
 * What Teams answers to proactive sends reaches the delivery report: the composed application (src/composition.ts,
 * as `npm start` runs it, with the app's own onTurnError on its adapter) over HTTP, a fake Bot Connector that refuses
 * some chats, and the announcement made in the tab. Counts from the tab API and the rows of `npm run
 * announcements:export` must agree with what the chats actually received.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Composition } from '../../src/composition';
import { composeApplication } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { TabAnnouncementListResponse, TabAnnouncementStatus } from '../../src/tab/tab-api-types';
import { postAcceptedActivity, teamsActivityBase } from '../support/bot-activity';
import { FakeConnector, type FaultRule } from '../support/fake-connector';
import { personalChat, type TestUser } from '../support/teams-people';

const run = promisify(execFile);
const TENANT = '11111111-2222-3333-4444-555555555555';
const USERS: TestUser[] = Array.from({ length: 30 }, (_, i) => ({
  id: `29:user-${String(i + 1).padStart(2, '0')}`,
  name: `Bruker ${i + 1}`,
  aadObjectId: `00000000-0000-0000-0000-${String(i + 1).padStart(12, '0')}`,
}));
const CHATS = USERS.map((u) => personalChat(u).id);
const GONE = CHATS.slice(0, 5); // 404 ConversationNotFound
const BLOCKED = CHATS.slice(5, 7); // 403: the bot was removed
const BUSY = CHATS.slice(7, 12); // 429 with Retry-After once, then fine
const TITLE = 'Nedetid i Helseplattformen fredag kveld';

describe('Teams’ answers to announcements, end to end', () => {
  let composition: Composition;
  let url: string;
  let connector: FakeConnector;
  let dataDir: string;
  const env = () => ({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    // The export runs as its own process with this environment: it must read the same embedded store, also where
    // CI has MONGODB_URI set for the MongoDB suites.
    MONGODB_URI: '',
    PSEUDONYM_SECRET: 'teams-answers-pseudonym-secret',
    TAB_AUTH: 'off',
    ANNOUNCERS: 'utvikler@localhost',
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'teams-answers-'));
    connector = await FakeConnector.start({ conversationLimits: [] });
    composition = await composeApplication(
      loadConfig(env()),
      createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    );
    ({ url } = await composition.app.start());
    for (const user of USERS) {
      await postAcceptedActivity(url, {
        ...teamsActivityBase({
          serviceUrl: connector.serviceUrl,
          tenantId: TENANT,
          user,
          conversation: personalChat(user),
          team: { id: '' },
        }),
        type: 'installationUpdate',
        action: 'add',
      });
    }
    expect(await composition.data.installations.countActive()).toBe(30);
    // From now on Teams refuses some chats, as it does for chats that are gone or where the bot was removed.
    // botbuilder posts a proactive message as a reply to its continuation event, so both routes count as sending.
    const send: FaultRule['operations'] = ['send', 'reply'];
    connector.setFaults([
      { status: 404, conversationIds: GONE, operations: send },
      { status: 403, conversationIds: BLOCKED, operations: send },
      ...BUSY.map((id) => ({
        status: 429,
        retryAfter: '1',
        conversationIds: [id],
        operations: send,
        times: 1,
      })),
    ]);
  }, 60_000);

  afterAll(async () => {
    await composition?.app.stop();
    await connector?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  let announcementId: string;
  const reachable = () => CHATS.filter((c) => !GONE.includes(c) && !BLOCKED.includes(c));
  const statusOf = async (id: string): Promise<TabAnnouncementStatus | undefined> => {
    const response = await fetch(`${url}/api/tab/announcements`);
    const body = (await response.json()) as TabAnnouncementListResponse;
    return body.announcements.find((a) => a.id === id);
  };
  const announcementMessages = (conversationId: string) =>
    connector.messages(conversationId).filter((m) => JSON.stringify(m.activity ?? {}).includes(TITLE));

  it('the reachable chats get it once, the refused ones are failed with a reason, and the tab counts agree', async () => {
    const created = await fetch(`${url}/api/tab/announcements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        content: { title: TITLE, text: 'Helseplattformen er stengt fredag 19–21.' },
        audience: { kind: 'personal' },
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as TabAnnouncementStatus;

    let latest = await statusOf(id);
    for (const until = Date.now() + 30_000; latest?.status !== 'sent' && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      latest = await statusOf(id);
    }
    expect(latest?.status).toBe('sent');
    expect(latest?.counts).toMatchObject({ total: 30, sent: 23, failed: 7, pending: 0 });

    for (const chat of reachable()) expect(announcementMessages(chat)).toHaveLength(1);
    for (const chat of [...GONE, ...BLOCKED]) expect(announcementMessages(chat)).toHaveLength(0);
    // The chats that are gone no longer count as reachable.
    expect(await composition.data.installations.countActive()).toBe(23);
    expect(await composition.engine.counts(id)).toEqual(latest?.counts);

    announcementId = id;
  }, 60_000);

  it('a recall Teams refuses (501) leaves those messages counted as not removed', async () => {
    const refusing = reachable().slice(0, 3);
    connector.setFaults([{ status: 501, conversationIds: refusing, operations: ['delete'] }]);
    await composition.engine.recall(announcementId);
    await composition.engine.whenIdle();
    let latest = await statusOf(announcementId);
    for (const until = Date.now() + 30_000; latest?.counts.notRemoved !== 3 && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      latest = await statusOf(announcementId);
    }
    expect(latest).toMatchObject({ status: 'recalled', counts: { sent: 23, failed: 7, notRemoved: 3 } });
    for (const chat of reachable()) {
      expect(announcementMessages(chat)[0]?.deleted).toBe(!refusing.includes(chat));
    }
  }, 60_000);

  it('the export says the same, conversation by conversation', async () => {
    const refusing = reachable().slice(0, 3);
    // The export reads the same store while the bot is still running (a copy of the embedded store's files).
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/announcements-export.ts', announcementId, '--format', 'csv'],
      { env: { ...process.env, ...env() }, maxBuffer: 1 << 20 },
    );
    const rows = stdout
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const byChat = Object.fromEntries(rows.map((r) => [r[0], [r[4], r[5]]]));
    expect(Object.keys(byChat).sort()).toEqual([...CHATS].sort());
    for (const chat of reachable()) {
      expect(byChat[chat]).toEqual(refusing.includes(chat) ? ['sent', 'not_removed'] : ['recalled', '']);
    }
    for (const chat of GONE) expect(byChat[chat]).toEqual(['failed', 'conversation_not_found']);
    for (const chat of BLOCKED) expect(byChat[chat]).toEqual(['failed', 'bot_removed']);
  }, 90_000);
});
