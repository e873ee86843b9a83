import { MessengerError } from '../../src/broadcast/messenger-error';
import { parseRetryAfter, RetryPolicy } from '../../src/broadcast/retry-policy';

const error = (status: number | undefined, retryAfter?: string) =>
  new MessengerError(`status ${status}`, status, retryAfter);

describe('broadcast retry policy', () => {
  const now = Date.parse('2025-03-07T12:00:00Z');

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Fri, 07 Mar 2025 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Fri, 07 Mar 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('waits as long as Retry-After says on a 429 and asks the caller to slow down', () => {
    const policy = new RetryPolicy({
      maxAttempts: 5,
      baseDelayMs: 250,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 120_000,
    });
    expect(policy.decide(error(429, '2'), { attempts: 1 }, now)).toEqual({
      action: 'retry',
      delayMs: 2000,
      throttled: true,
    });
    expect(policy.decide(error(429, 'Fri, 07 Mar 2025 12:00:04 GMT'), { attempts: 1 }, now)).toEqual({
      action: 'retry',
      delayMs: 4000,
      throttled: true,
    });
    expect(policy.decide(error(429, '86400'), { attempts: 1 }, now)).toMatchObject({ delayMs: 120_000 });
  });

  it('backs off exponentially with jitter when there is no Retry-After, and for 412, 502, 503, 504 and network errors', () => {
    let dice = 0;
    const policy = new RetryPolicy({
      maxAttempts: 10,
      baseDelayMs: 200,
      maxDelayMs: 1000,
      maxRetryAfterMs: 60_000,
      random: () => dice,
    });
    for (const status of [412, 429, 500, 502, 503, 504, undefined]) {
      expect(policy.decide(error(status), { attempts: 1 }, now)).toMatchObject({
        action: 'retry',
        delayMs: 100,
      });
    }
    expect(policy.decide(new Error('socket hang up'), { attempts: 1 }, now)).toMatchObject({
      action: 'retry',
    });
    expect(policy.decide(error(503), { attempts: 2 }, now)).toMatchObject({ delayMs: 200 });
    expect(policy.decide(error(503), { attempts: 3 }, now)).toMatchObject({ delayMs: 400 });
    expect(policy.decide(error(503), { attempts: 8 }, now)).toMatchObject({ delayMs: 500 });
    dice = 0.999;
    expect(policy.decide(error(503), { attempts: 3 }, now)).toMatchObject({ delayMs: 800 });
    expect(policy.decide(error(503), { attempts: 8 }, now)).toMatchObject({ delayMs: 1000 });
  });

  it('gives up after the last attempt with the reason code gave_up', () => {
    const policy = new RetryPolicy({
      maxAttempts: 5,
      baseDelayMs: 250,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 60_000,
    });
    expect(policy.decide(error(503), { attempts: 5 }, now)).toEqual({
      action: 'fail',
      reason: 'gave_up',
      status: 503,
      deactivate: false,
      throttled: false,
    });
    expect(policy.decide(error(undefined), { attempts: 5 }, now)).toMatchObject({
      action: 'fail',
      reason: 'gave_up',
      status: undefined,
    });
  });

  it('does not count a 429 as a failed attempt: a recipient is given up only after four times as many 429s', () => {
    const policy = new RetryPolicy({
      maxAttempts: 5,
      baseDelayMs: 250,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 60_000,
    });
    // Four failures and then Teams asks to slow down: the recipient is still tried again, after Retry-After.
    expect(policy.decide(error(429, '1'), { attempts: 4, throttles: 1 }, now)).toMatchObject({
      action: 'retry',
      delayMs: 1000,
      throttled: true,
    });
    expect(policy.decide(error(429, '1'), { attempts: 0, throttles: 19 }, now)).toMatchObject({
      action: 'retry',
    });
    expect(policy.decide(error(429, '1'), { attempts: 0, throttles: 20 }, now)).toMatchObject({
      action: 'fail',
      reason: 'gave_up',
      throttled: true,
    });
  });

  it('fails at once on 403 and 404 and asks for the installation to be deactivated; other 4xx just fail', () => {
    const policy = new RetryPolicy({
      maxAttempts: 5,
      baseDelayMs: 250,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 60_000,
    });
    expect(policy.decide(error(403), { attempts: 1 }, now)).toMatchObject({
      action: 'fail',
      deactivate: true,
      reason: 'bot_removed',
    });
    expect(policy.decide(error(404), { attempts: 1 }, now)).toMatchObject({
      action: 'fail',
      deactivate: true,
      reason: 'conversation_not_found',
    });
    expect(policy.decide(error(400), { attempts: 1 }, now)).toMatchObject({
      action: 'fail',
      deactivate: false,
      reason: 'rejected',
      status: 400,
    });
    expect(policy.decide(error(413), { attempts: 1 }, now)).toMatchObject({
      action: 'fail',
      deactivate: false,
    });
  });
});
