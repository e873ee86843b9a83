import pino from 'pino';
import { TEAMS_CONVERSATION_LIMITS } from '../../src/broadcast/conversation-windows';
import { SharedRequestBudget, requestsInSlot } from '../../src/broadcast/shared-request-budget';
import { createRepositories, IN_MEMORY_DATA_DIR, type DataLayer } from '../../src/data';
import { mostInWindow } from '../support/request-windows';

const logger = pino({ level: 'silent' });

describe('the request budget shared by instances on one store', () => {
  let data: DataLayer;
  beforeEach(async () => {
    data = await createRepositories(
      {
        MONGODB_URI: undefined,
        MONGODB_DB: 'unused',
        MONGODB_TIMEOUT_MS: 1500,
        DATA_DIR: IN_MEMORY_DATA_DIR,
      },
      logger,
    );
  });
  afterEach(async () => {
    await data.close();
  });
  const twoInstances = (ratePerSecond: number) =>
    [1, 2].map(() => new SharedRequestBudget(data.requestBudget, { ratePerSecond }, logger));

  it('hands out slots that add up to the rate', () => {
    const perSecond = (rate: number) =>
      [0, 1, 2, 3, 4].reduce((sum, i) => sum + requestsInSlot(5_000_000 + i, rate), 0);
    expect([perSecond(50), perSecond(30), perSecond(7), perSecond(1)]).toEqual([50, 30, 7, 1]);
  });

  it('lets two busy instances together send no more than the rate', async () => {
    const budgets = twoInstances(50);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 160 }, async (_, i) => {
        await budgets[i % 2]?.acquire(`a:chat-${i}`);
        times.push(Date.now());
      }),
    );
    // Each alone would go at 50 a second. Slots are a fifth of a second, each used within itself.
    expect(mostInWindow(times, 1000)).toBeLessThanOrEqual(60);
    expect(mostInWindow(times, 2000)).toBeLessThanOrEqual(110);
  });

  it('keeps single requests of both instances to one conversation within Teams’ limits', async () => {
    const budgets = twoInstances(50);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        await budgets[i % 2]?.acquire('a:author', undefined, 'single');
        times.push(Date.now());
      }),
    );
    // One conversation slot a second, app-wide: at most 2 in any second and 3 in any 2 seconds.
    expect(mostInWindow(times, 1000)).toBeLessThanOrEqual(2);
    expect(mostInWindow(times, 2000)).toBeLessThanOrEqual(3);
    for (const { limit, windowMs } of TEAMS_CONVERSATION_LIMITS)
      expect(mostInWindow(times, windowMs)).toBeLessThanOrEqual(limit);
  });

  it('lowers the rate of every instance when one is told 429 in a burst', async () => {
    const [first, second] = twoInstances(40);
    // A burst at 40/s: 5 % of two seconds' 80 requests.
    for (let i = 0; i < 4; i += 1) first?.throttled();
    for (let i = 0; i < 50 && !(await data.requestBudget.readRate()); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await second?.acquire('a:chat-1');
    expect(second?.currentRate()).toBeLessThanOrEqual(21);
    expect(second?.currentRate()).toBeGreaterThanOrEqual(20);
  });

  it('paces this instance alone, with one warning, while the store cannot be reached', async () => {
    const warnings: string[] = [];
    const warnLogger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const down = {
      takeSlot: () => Promise.reject(new Error('store unreachable')),
      readRate: () => Promise.reject(new Error('store unreachable')),
      writeRate: () => Promise.reject(new Error('store unreachable')),
    };
    const budget = new SharedRequestBudget(down, { ratePerSecond: 20 }, warnLogger);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        await budget.acquire(
          i % 3 === 0 ? 'a:author' : `a:chat-${i}`,
          undefined,
          i % 3 === 0 ? 'single' : 'bulk',
        );
        times.push(Date.now());
      }),
    );
    expect(times).toHaveLength(30);
    expect(mostInWindow(times, 1000)).toBeLessThanOrEqual(21);
    expect(warnings.filter((w) => w.includes('shared request budget unavailable'))).toHaveLength(1);
  });
});
