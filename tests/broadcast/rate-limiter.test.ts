import { AbortedError, RateLimiter } from '../../src/broadcast/rate-limiter';
import { ConversationWindows, TEAMS_CONVERSATION_LIMITS } from '../../src/broadcast/conversation-windows';

describe('broadcast rate limiter', () => {
  // The two tests below run on jest's fake timers (Date and setTimeout), so they measure the limiter's schedule, not
  // how late a loaded machine fires its timers.
  const acquiredAt = async (limiter: RateLimiter, ids: string[], sequential: boolean): Promise<number[]> => {
    const started = Date.now();
    const times: number[] = [];
    const run = sequential
      ? (async () => {
          for (const id of ids) {
            await limiter.acquire(id);
            times.push(Date.now() - started);
          }
        })()
      : Promise.all(
          ids.map(async (id) => {
            await limiter.acquire(id);
            times.push(Date.now() - started);
          }),
        );
    await jest.advanceTimersByTimeAsync(5_000);
    await run;
    return times.sort((a, b) => a - b);
  };

  it('spaces requests evenly at the configured rate instead of sending them in bursts', async () => {
    jest.useFakeTimers();
    try {
      const limiter = new RateLimiter({ ratePerSecond: 100, now: () => Date.now() });
      const times = await acquiredAt(
        limiter,
        Array.from({ length: 30 }, (_, i) => `c${i}`),
        false,
      );
      expect(times[times.length - 1]).toBeGreaterThanOrEqual(285);
      // 10 a second apart each: in any 100 ms about 10 go out, never a burst.
      for (let i = 0; i + 10 < times.length; i += 1)
        expect((times[i + 10] as number) - (times[i] as number)).toBeGreaterThanOrEqual(100);
    } finally {
      jest.useRealTimers();
    }
  });

  it('lets at most 7 requests a second through to one conversation', async () => {
    jest.useFakeTimers();
    try {
      const limiter = new RateLimiter({ ratePerSecond: 1000, now: () => Date.now() });
      const times = await acquiredAt(
        limiter,
        Array.from({ length: 9 }, () => 'same'),
        true,
      );
      expect(times[6]).toBeLessThan(200);
      expect(times[7]).toBeGreaterThanOrEqual(995);
      const other = await acquiredAt(limiter, ['another'], true);
      expect(other[0]).toBeLessThan(50);
    } finally {
      jest.useRealTimers();
    }
  });

  it('halves the rate on a burst of 429s (once per burst) and climbs back gradually', () => {
    let now = 10_000;
    const limiter = new RateLimiter({
      ratePerSecond: 40,
      minRatePerSecond: 2,
      recoverySeconds: 10,
      now: () => now,
    });
    // At 40/s, a burst is 5 % of the 80 requests of two seconds: 4 429s.
    const throttled = (times: number) => {
      for (let i = 0; i < times; i += 1) limiter.throttled();
    };
    expect(limiter.currentRate()).toBe(40);
    throttled(3);
    expect(limiter.currentRate()).toBe(40);
    throttled(1);
    expect(limiter.currentRate()).toBe(20);
    throttled(4);
    expect(limiter.currentRate()).toBe(20);
    now += 1000;
    expect(limiter.currentRate()).toBeCloseTo(23.8, 5);
    // The burst goes on (8 429s within two seconds already): the next one halves again, the cooldown being over.
    throttled(1);
    expect(limiter.currentRate()).toBeCloseTo(11.9, 5);
    now += 5000;
    expect(limiter.currentRate()).toBeCloseTo(30.9, 5);
    now += 10_000;
    expect(limiter.currentRate()).toBe(40);
    for (let i = 0; i < 10; i += 1) {
      now += 1000;
      throttled(4);
    }
    // A burst every second: halving and recovery (3.8/s per second) settle near 3.8/s, far below 40 and above the floor.
    expect(limiter.currentRate()).toBeGreaterThanOrEqual(2);
    expect(limiter.currentRate()).toBeLessThan(4);
  });

  it('keeps its rate on 429s to 1 % of the requests, and halves it when they are 5 %', () => {
    let now = 10_000;
    const limiter = new RateLimiter({ ratePerSecond: 100, now: () => now });
    // A minute at 100/s with one 429 in every hundred requests: Teams' answer to those requests, not to the rate.
    for (let ms = 0; ms < 60_000; ms += 1000) {
      now += 1000;
      limiter.throttled();
    }
    expect(limiter.currentRate()).toBe(100);
    // Ten 429s within two seconds of 200 requests: the rate is too high.
    for (let i = 0; i < 10; i += 1) limiter.throttled();
    expect(limiter.currentRate()).toBe(50);
  });

  it('gives up waiting when told to stop', async () => {
    const limiter = new RateLimiter({ ratePerSecond: 1 });
    await limiter.acquire('a');
    const controller = new AbortController();
    const waiting = limiter.acquire('b', controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
  });
});

describe("Teams' limits per conversation", () => {
  it('holds 7 per second, 8 per 2 seconds and 60 per 30 seconds, counting when requests really went', () => {
    const windows = new ConversationWindows(TEAMS_CONVERSATION_LIMITS, 0);
    const sent: number[] = [];
    let now = 1_000_000;
    while (sent.length < 70) {
      now = windows.freeAt('a:chat', now);
      windows.record('a:chat', now);
      sent.push(now);
    }
    const inWindow = (t: number, ms: number) => sent.filter((s) => s >= t && s < t + ms).length;
    expect(Math.max(...sent.map((t) => inWindow(t, 1000)))).toBe(7);
    expect(Math.max(...sent.map((t) => inWindow(t, 2000)))).toBe(8);
    expect(Math.max(...sent.map((t) => inWindow(t, 30_000)))).toBe(60);
    // The 61st waits for the first to leave its 30 seconds; another conversation does not wait at all.
    expect(sent[60]).toBe((sent[0] as number) + 30_000);
    expect(windows.freeAt('a:other', now)).toBe(now);
  });
});
