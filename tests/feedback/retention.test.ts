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

  // Fake timers: the daily schedule is checked step by step, not by waiting and hoping the machine kept up.
  test('runs at start and then once a day until stopped, using the clock it is given', async () => {
    jest.useFakeTimers();
    try {
      const cutoffs: Date[] = [];
      const fake = {
        feedback: { ...repos.feedback, deleteOlderThan: async (d: Date) => (cutoffs.push(d), 0) },
        unanswered: { ...repos.unanswered, deleteOlderThan: async () => 0 },
      };
      const clock = new Date('2026-01-10T03:00:00Z');
      const retention = new FeedbackRetention(fake, 7, logger, { now: () => clock });
      retention.start();
      await jest.advanceTimersByTimeAsync(0);
      expect(cutoffs).toEqual([new Date('2026-01-03T03:00:00Z')]);
      await jest.advanceTimersByTimeAsync(DAY - 1);
      expect(cutoffs).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(cutoffs).toHaveLength(2);
      await jest.advanceTimersByTimeAsync(DAY);
      expect(cutoffs).toHaveLength(3);
      await retention.stop();
      await jest.advanceTimersByTimeAsync(3 * DAY);
      expect(cutoffs).toHaveLength(3);
    } finally {
      jest.useRealTimers();
    }
  });

  test('a run that fails while the store is down is logged, not thrown, and the next run goes ahead', async () => {
    jest.useFakeTimers();
    try {
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
      const retention = new FeedbackRetention(flaky, 7, spyLogger);
      retention.start();
      await jest.advanceTimersByTimeAsync(0);
      expect(warnings).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(DAY);
      await retention.stop();
      expect(warnings).toHaveLength(1);
      expect(calls).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
