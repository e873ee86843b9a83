import type { DataLayer } from '../../src/data';
import type { Ticket } from '../../src/data/repositories';
import { MAX_TICKETS_PER_WINDOW, ProjectOffice, type TicketBoard } from '../../src/office/project-office';
import { sharedRateLimit } from '../../src/security/rate-limit';
import {
  embeddedBackend,
  mongoBackend,
  mongoRequired,
  mongoServer,
  resolveMongoTarget,
  testLogger,
  type TestBackend,
  warnMongoSkipped,
} from '../data/backends';
import { describeUnless } from '../support/describe-unless';

const board: TicketBoard = {
  post: async (ticket: Ticket) => `activity-${ticket.id}`,
  refresh: async () => undefined,
};

/** The limits that must hold across instances, on one store: two "instances" are two data layers on it. */
function describeSharedLimits(name: string, backend: () => TestBackend): void {
  describe(`${name}: limits shared by every instance`, () => {
    let store: TestBackend;
    let first: DataLayer;
    let second: DataLayer;

    beforeEach(async () => {
      store = backend();
      first = await store.open();
      second = await store.open();
    });
    afterEach(() => store.cleanup());

    test("the project office's hourly limit holds for concurrent questions from one asker on two instances", async () => {
      const offices = [first, second].map(
        (data) =>
          new ProjectOffice({
            tickets: data.tickets,
            suggestions: data.suggestions,
            rateLimits: data.rateLimits,
            logger: testLogger,
          }),
      );
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          offices[i % 2]!.submit(
            {
              question: `Spørsmål nummer ${i} til prosjektkontoret`,
              askerPseudonym: 'asker-racing',
              askerReference: {},
            },
            board,
          ),
        ),
      );
      expect(results.filter((r) => r.kind === 'sent')).toHaveLength(MAX_TICKETS_PER_WINDOW);
      expect(results.filter((r) => r.kind === 'too-many')).toHaveLength(16 - MAX_TICKETS_PER_WINDOW);
      expect(await first.tickets.listByAsker('asker-racing', 50)).toHaveLength(MAX_TICKETS_PER_WINDOW);
      // Another asker is not affected.
      const other = await offices[0]!.submit(
        { question: 'Et annet spørsmål', askerPseudonym: 'asker-calm', askerReference: {} },
        board,
      );
      expect(other.kind).toBe('sent');
    });

    test('the per-user message limit is shared by two instances, also under concurrency', async () => {
      const limits = [first, second].map((data) =>
        sharedRateLimit('messages', 3, 60_000, data.rateLimits, testLogger),
      );
      const decisions = await Promise.all(
        Array.from({ length: 10 }, (_, i) => limits[i % 2]!.consume('aad-user-shared')),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
      expect(decisions.filter((d) => !d.allowed).every((d) => d.msBeforeReset <= 60_000)).toBe(true);
      expect((await limits[1]!.consume('aad-someone-else')).allowed).toBe(true);
    });
  });
}

describeSharedLimits('embedded store (SQLite in memory)', embeddedBackend);

describe('a shared limit while the store is unreachable', () => {
  test('falls back to counting in this instance, with a warning, instead of failing the message', async () => {
    const warnings: unknown[] = [];
    const logger = { ...testLogger, warn: (...args: unknown[]) => void warnings.push(args) } as never;
    const failing = { take: async () => Promise.reject(new Error('store down')) };
    const limit = sharedRateLimit('messages', 2, 60_000, failing, logger);
    const allowed = [];
    for (let i = 0; i < 4; i++) allowed.push((await limit.consume('aad-user')).allowed);
    expect(allowed).toEqual([true, true, false, false]);
    expect(warnings).toHaveLength(1);
  });
});

const target = resolveMongoTarget();
const skipReason = target.kind === 'none' && !mongoRequired ? target.reason : undefined;
if (skipReason) warnMongoSkipped('shared limits', skipReason);
describeUnless(skipReason, 'MongoDB', () => {
  let server: { uri: string; stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await mongoServer(target);
  }, 120_000);
  afterAll(() => server?.stop());
  describeSharedLimits(
    target.kind === 'uri' ? 'MongoDB at MONGODB_URI' : skipReason ? 'shared limits' : 'mongodb-memory-server',
    () => {
      if (!server) throw new Error('MongoDB did not start');
      return mongoBackend(server.uri);
    },
  );
});
