/**
 * Two instances of the composed application (src/composition.ts, as `npm start` runs it) on one store, a fake Bot
 * Connector that notes the time of every request, and five announcements from one author's chat. Then "Bekreft lest"
 * arrives at 100 per second, spread over both instances. No conversation may get more than Teams allows (7 requests
 * per second, 8 per 2 seconds, 60 per 30 seconds), the whole app stays within TEAMS_REQUESTS_PER_SECOND, and each
 * status card ends showing the final counts. Every check counts requests in windows of the recorded times.
 *
 * The store: MongoDB at MONGODB_URI (FerretDB in CI), each instance with its own connection, as two processes would
 * have; and always the embedded store, shared by the two compositions in one process.
 */
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { ANNOUNCEMENT_ACK_VERB } from '../../src/cards/announcement-card';
import { composeApplication, type Composition } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { createRepositories, type DataLayer, IN_MEMORY_DATA_DIR } from '../../src/data';
import { t } from '../../src/i18n/catalogue';
import { createLogger } from '../../src/logger';
import type { TabAnnouncementListResponse, TabAnnouncementStatus } from '../../src/tab/tab-api-types';
import { DEVELOPMENT_USER } from '../../src/tab/tab-authenticator';
import { mongoRequired, mongoServer, resolveMongoTarget, warnMongoSkipped } from '../data/backends';
import { type InvokeBody, postAcceptedActivity, teamsActivityBase } from '../support/bot-activity';
import { describeUnless } from '../support/describe-unless';
import { FakeConnector, type RecordedRequest } from '../support/fake-connector';
import { personalChat, type TestUser } from '../support/teams-people';
import { mostInWindow } from '../support/request-windows';

const TENANT = '11111111-2222-3333-4444-555555555555';
const RATE = 40;
const ANNOUNCEMENTS = 5;
const ACKS_PER_SECOND = 100;
/** 24 readers × 5 announcements: "Bekreft lest" for 1.2 s at 100/s, the edit pass in the middle of it. */
const READER_COUNT = 24;
const CORRECTED = 'Les og bekreft. Rettet: gjelder fra mandag.';
const AUTHOR: TestUser = { id: '29:author', name: 'Kommunikasjonsleder', aadObjectId: DEVELOPMENT_USER.id };
const READERS: TestUser[] = Array.from({ length: READER_COUNT }, (_, i) => ({
  id: `29:reader-${String(i + 1).padStart(2, '0')}`,
  name: `Leser ${i + 1}`,
  aadObjectId: `00000000-0000-0000-0001-${String(i + 1).padStart(12, '0')}`,
}));
const TEAMS_LIMITS = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
];
const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two instances on one store, each with the settings of a deployment. */
interface Instances {
  start(env: Record<string, string>): Promise<Composition[]>;
  close(): Promise<void>;
}

function embeddedInstances(): Instances {
  let data: DataLayer | undefined;
  return {
    start: async (env) => {
      const config = loadConfig({ ...env, DATA_DIR: IN_MEMORY_DATA_DIR, MONGODB_URI: '' });
      data = await createRepositories(config, logger);
      const shared = data;
      return Promise.all([1, 2].map(() => composeApplication(config, logger, { data: shared })));
    },
    close: async () => {
      await data?.close();
    },
  };
}

function mongoInstances(uri: string): Instances {
  const db = `hp_test_${randomBytes(6).toString('hex')}`;
  return {
    start: (env) =>
      Promise.all(
        [1, 2].map(() =>
          composeApplication(loadConfig({ ...env, MONGODB_URI: uri, MONGODB_DB: db }), logger),
        ),
      ),
    close: async () => {
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
      try {
        await client.db(db).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
}

function describeBurst(label: string, instances: () => Instances): void {
  describe(`"Bekreft lest" at 100/s on two instances (${label})`, () => {
    let connector: FakeConnector;
    let store: Instances;
    let apps: Composition[] = [];
    let urls: string[] = [];
    let requests: RecordedRequest[] = [];
    const ids: string[] = [];
    /** What the readers were told when a press was not confirmed (they pressed again). */
    const toldToRetry: string[] = [];

    const statuses = async (): Promise<TabAnnouncementStatus[]> => {
      const response = await fetch(`${urls[0]}/api/tab/announcements`);
      return ((await response.json()) as TabAnnouncementListResponse).announcements;
    };
    const post = (i: number, user: TestUser, extra: Record<string, unknown>) =>
      postAcceptedActivity(urls[i % urls.length] as string, {
        ...teamsActivityBase({
          serviceUrl: connector.serviceUrl,
          tenantId: TENANT,
          user,
          conversation: personalChat(user),
          team: { id: '' },
        }),
        ...extra,
      });
    /** The "Bekreftet lest" count each announcement's status card shows now. */
    const cardsShow = async (): Promise<string[]> =>
      Promise.all(
        ids.map(async (id) => {
          const announcement = await apps[0]?.data.announcements.get(id);
          const card = connector.message(announcement?.statusActivityId ?? '');
          const text = JSON.stringify(card?.activity ?? {});
          const sent = /"Sendt","value":"(\d+)"/.exec(text)?.[1];
          const read = /"Bekreftet lest","value":"(\d+)/.exec(text)?.[1];
          return `sent ${sent ?? '?'}, read ${read ?? '?'}`;
        }),
      );

    beforeAll(async () => {
      /** When each step ended (figures only). */
      const begun = Date.now();
      const phases: Record<string, number> = {};
      connector = await FakeConnector.start({ conversationLimits: TEAMS_LIMITS, recordRequests: true });
      store = instances();
      apps = await store.start({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        PSEUDONYM_SECRET: 'acknowledgement-burst-pseudonym-secret',
        TAB_AUTH: 'off',
        ANNOUNCERS: DEVELOPMENT_USER.trustedUpn ?? '',
        TEAMS_REQUESTS_PER_SECOND: String(RATE),
      });
      urls = await Promise.all(apps.map(async (app) => (await app.app.start()).url));
      for (const [i, user] of [AUTHOR, ...READERS].entries())
        await post(i, user, { type: 'installationUpdate', action: 'add' });
      expect(await apps[0]?.data.installations.countActive()).toBe(READERS.length + 1);
      // From here on the bot speaks on its own only: the welcome replies to the installations are not counted.
      connector.reset();
      phases.installed = Date.now();

      // Five announcements written in the tab, on one instance or the other; their status cards go to the author's chat.
      for (let i = 0; i < ANNOUNCEMENTS; i += 1) {
        const created = await fetch(`${urls[i % 2]}/api/tab/announcements`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            content: { title: `Melding ${i + 1} om Helseplattformen`, text: 'Les og bekreft.' },
            audience: { kind: 'personal' },
          }),
        });
        expect(created.status).toBe(201);
        ids.push(((await created.json()) as TabAnnouncementStatus).id);
      }
      for (const until = Date.now() + 120_000; ; await sleep(200)) {
        const mine = (await statuses()).filter((a) => ids.includes(a.id));
        if (mine.filter((a) => a.status === 'sent').length === ANNOUNCEMENTS) break;
        if (Date.now() > until) throw new Error(`not all sent: ${JSON.stringify(mine)}`);
      }
      phases.sent = Date.now();

      // Every reader confirms every announcement, 100 a second, taking turns between the instances. A press is
      // answered with the card marked read once it is stored; a reader told to try again presses again.
      const confirmed = t('nb', 'announcement.cardRead');
      const press = async (n: number, reader: TestUser, id: string): Promise<void> => {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const response = await post(n + attempt, reader, {
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: {
              action: { type: 'Action.Execute', verb: ANNOUNCEMENT_ACK_VERB, data: { announcementId: id } },
            },
          });
          const body = (await response.json()) as InvokeBody;
          if (JSON.stringify(body.value).includes(confirmed)) return;
          toldToRetry.push(String(body.value));
        }
      };
      const started = Date.now();
      const acks: Promise<void>[] = [];
      let n = 0;
      for (const reader of READERS) {
        for (const id of ids) {
          const due = started + (n * 1000) / ACKS_PER_SECOND;
          if (due > Date.now()) await sleep(due - Date.now());
          acks.push(press(n, reader, id));
          n += 1;
          // Halfway, the author corrects the first announcement: every chat's copy is updated while "Bekreft lest"
          // keeps coming, so the author's chat gets an edit and status cards at once.
          if (n === (READERS.length * ANNOUNCEMENTS) / 2) {
            const first = await apps[1]?.data.announcements.get(ids[0] as string);
            if (first) await apps[1]?.engine.edit(first.id, { ...first.content, text: CORRECTED });
          }
        }
      }
      await Promise.all(acks);
      phases.acknowledged = Date.now();
      await Promise.all(apps.map((app) => app.engine.whenIdle()));
      // The status cards catch up within their budget; wait until both instances have nothing left to show.
      const final = ids.map(() => `sent ${READERS.length + 1}, read ${READERS.length}`);
      for (const until = Date.now() + 120_000; Date.now() < until; await sleep(250)) {
        if (JSON.stringify(await cardsShow()) === JSON.stringify(final)) break;
      }
      await Promise.all(apps.map((app) => app.statusCards.settled()));
      requests = connector.requests();
      phases.cards = Date.now();
      if (process.env.BURST_FIGURES)
        console.log(
          Object.fromEntries(
            Object.entries(phases).map(([k, v]) => [k, `${((v - begun) / 1000).toFixed(1)} s`]),
          ),
        );
    }, 300_000);

    afterAll(async () => {
      await Promise.all(apps.map((app) => app.app.stop()));
      await store?.close();
      await connector?.close();
    });

    it('sends every announcement once to every chat, applies the edit, and each status card ends with the final counts', async () => {
      // Every press the reader saw confirmed is counted (a press that was not confirmed was made again).
      if (process.env.BURST_FIGURES) console.log({ toldToRetry });
      for (const id of ids) {
        const counts = await apps[1]?.engine.counts(id);
        expect(counts).toMatchObject({ sent: READERS.length + 1, failed: 0, acknowledged: READERS.length });
      }
      for (const reader of READERS) {
        const announcements = connector
          .messages(personalChat(reader).id)
          .filter((m) => String(m.activity?.summary).startsWith('Melding '));
        expect(announcements).toHaveLength(ANNOUNCEMENTS);
        expect(JSON.stringify(announcements[0]?.activity)).toContain(CORRECTED);
      }
      expect(await cardsShow()).toEqual(ids.map(() => `sent ${READERS.length + 1}, read ${READERS.length}`));
    });

    it("no conversation gets more than Teams' limits (7 per second, 8 per 2 seconds, 60 per 30 seconds)", () => {
      const byConversation = new Map<string, number[]>();
      for (const r of requests)
        byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r.at]);
      const authorChat = personalChat(AUTHOR).id;
      // The author's chat got the announcements, their status cards and the cards' updates.
      expect(byConversation.get(authorChat)?.length).toBeGreaterThan(ANNOUNCEMENTS * 2);
      const worst = TEAMS_LIMITS.map(({ windowMs }) =>
        Math.max(...[...byConversation.values()].map((times) => mostInWindow(times, windowMs))),
      );
      if (process.env.BURST_FIGURES)
        console.log({ worst, authorChat: byConversation.get(authorChat)?.length });
      for (const [i, { limit }] of TEAMS_LIMITS.entries()) expect(worst[i]).toBeLessThanOrEqual(limit);
      expect(connector.stats().throttled).toBe(0);
    });

    it('the whole app stays within TEAMS_REQUESTS_PER_SECOND', () => {
      const times = requests.map((r) => r.at);
      if (process.env.BURST_FIGURES)
        console.log({
          requests: times.length,
          in1s: mostInWindow(times, 1000),
          in5s: mostInWindow(times, 5000),
        });
      // Instances take the rate in slots of a fifth of a second and space their requests evenly within them; where
      // two instances' slots meet, two requests may go close together: a few more than the rate in one second.
      expect(mostInWindow(times, 1000)).toBeLessThanOrEqual(Math.ceil(RATE * 1.25));
      expect(mostInWindow(times, 5000)).toBeLessThanOrEqual(Math.ceil(RATE * 5.2));
    });
  });
}

describeBurst('embedded store shared by both', embeddedInstances);

const target = resolveMongoTarget();
const skipReason = target.kind === 'none' && !mongoRequired ? target.reason : undefined;
if (skipReason) warnMongoSkipped('acknowledgements at 100/s on two instances', skipReason);
describeUnless(skipReason, 'MongoDB', () => {
  let server: { uri: string; stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await mongoServer(target);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  describeBurst('MongoDB, one connection per instance', () => {
    if (!server) throw new Error('MongoDB did not start');
    return mongoInstances(server.uri);
  });
});
