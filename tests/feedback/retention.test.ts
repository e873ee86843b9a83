import { createRepositories, IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { AppError } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { FeedbackRetention } from '../../src/feedback/retention';

const DAY = 24 * 60 * 60 * 1000;
const logger = createLogger('silent');

describe('feedback retention', () => {
  let repos: DataLayer;

  beforeEach(async () => {
    repos = await createRepositories(
      {
        MONGODB_URI: undefined,
        MONGODB_DB: 'unused',
        MONGODB_TIMEOUT_MS: 1500,
        DATA_DIR: IN_MEMORY_DATA_DIR,
      },
      logger,
    );
    await repos.feedback.add({ helpful: false, comment: 'tregt', userPseudonym: 'u' });
    await repos.unanswered.add({ question: 'Hvem har vakt i helgen?' });
  });

  afterEach(() => repos.close());

  test('keeps feedback and questions younger than the retention period', async () => {
    const retention = new FeedbackRetention(repos, 365, logger);
    const result = await retention.runOnce(new Date(Date.now() + 364 * DAY));
    expect(result).toMatchObject({ feedback: 0, unanswered: 0 });
    expect((await repos.feedback.stats()).total).toBe(1);
  });

  test('deletes feedback and questions older than the retention period', async () => {
    const retention = new FeedbackRetention(repos, 30, logger);
    const now = new Date(Date.now() + 31 * DAY);
    const result = await retention.runOnce(now);
    expect(result).toEqual({ cutoff: new Date(now.getTime() - 30 * DAY), feedback: 1, unanswered: 1 });
    expect((await repos.feedback.stats()).total).toBe(0);
    expect(await repos.unanswered.top(10)).toEqual([]);
  });

  test('runs at start and then on every interval until stopped, using the clock it is given', async () => {
    const cutoffs: Date[] = [];
    const fake = {
      feedback: { ...repos.feedback, deleteOlderThan: async (d: Date) => (cutoffs.push(d), 0) },
      unanswered: { ...repos.unanswered, deleteOlderThan: async () => 0 },
    };
    const clock = new Date('2026-01-10T03:00:00Z');
    const retention = new FeedbackRetention(fake, 7, logger, { intervalMs: 20, now: () => clock });
    retention.start();
    await new Promise((r) => setTimeout(r, 110));
    await retention.stop();
    const runs = cutoffs.length;
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(cutoffs[0]).toEqual(new Date('2026-01-03T03:00:00Z'));
    await new Promise((r) => setTimeout(r, 60));
    expect(cutoffs).toHaveLength(runs);
  });

  test('a run that fails while the store is down is logged, not thrown, and the next run goes ahead', async () => {
    let calls = 0;
    const warnings: unknown[] = [];
    const spyLogger = Object.assign(Object.create(logger), { warn: (o: unknown) => warnings.push(o) });
    const flaky = {
      feedback: {
        ...repos.feedback,
        deleteOlderThan: async () => {
          calls += 1;
          if (calls === 1) throw new AppError('STORE_UNAVAILABLE', 'Databasen svarer ikke');
          return 2;
        },
      },
      unanswered: { ...repos.unanswered, deleteOlderThan: async () => 0 },
    };
    const retention = new FeedbackRetention(flaky, 7, spyLogger, { intervalMs: 20 });
    retention.start();
    await new Promise((r) => setTimeout(r, 70));
    await retention.stop();
    expect(warnings).toHaveLength(1);
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});
