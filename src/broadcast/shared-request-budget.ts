import type { RequestBudgetRepository } from '../data/repositories';
import type { Logger } from '../logger';
import { AimdRate, type AimdSettings } from './aimd-rate';
import { millis, systemClock } from './clock';
import { ConversationWindows, type ConversationLimit } from './conversation-windows';
import { AbortedError, RateLimiter, sleep } from './rate-limiter';
import type { RequestBudget, RequestKind } from './request-budget';

/** Length of one slot of the app-wide rate: each slot's requests go to the one instance that took it. */
export const RATE_SLOT_MS = 200;
/** Slots taken ahead of time at most, so one busy instance does not hold the budget others need. */
const LOOKAHEAD_SLOTS = 2;
/** Length of one conversation slot: one single request per conversation per slot, app-wide. */
export const CONVERSATION_SLOT_MS = 1000;
/** A single request goes only in the first part of its conversation slot, so it reaches Teams within it. */
const CONVERSATION_SLOT_USABLE_MS = 900;
/** How often the rate other instances lowered is read from the store. */
const RATE_REFRESH_MS = 1000;

/**
 * What bulk requests (the one sender) may use of Teams' per-conversation limits (7/1 s, 8/2 s, 60/30 s) when any
 * instance may also send single requests: those take at most one conversation slot a second, so at most 2 in any
 * second, 3 in any 2 seconds and 31 in any 30 seconds; the rest is the sender's.
 */
export const SENDER_CONVERSATION_LIMITS: readonly ConversationLimit[] = [
  { limit: 5, windowMs: 1000 },
  { limit: 5, windowMs: 2000 },
  { limit: 29, windowMs: 30_000 },
];

/** Requests of one rate slot: one may go from `at` until the slot ends. */
interface Token {
  at: number;
  until: number;
}

/** Requests a slot holds at `ratePerSecond`, so that slot after slot they add up to the rate. */
export function requestsInSlot(slot: number, ratePerSecond: number): number {
  const perSlot = (ratePerSecond * RATE_SLOT_MS) / 1000;
  return Math.floor(perSlot * (slot + 1)) - Math.floor(perSlot * slot);
}

/**
 * The request budget of every instance on one store (MONGODB_URI). The app-wide rate is cut into slots of 200 ms;
 * an instance takes a whole slot with one insert and spreads its requests evenly over it, so the store sees about
 * five writes a second at any rate, and no two instances use the same part of a second. When Teams answers 429 the
 * lowered rate is written to the store and every instance follows it within a second. Per conversation, bulk
 * requests keep to SENDER_CONVERSATION_LIMITS in the sender, and single requests take one conversation slot a second
 * in the store. While the store cannot be reached, this instance paces itself alone, with a warning.
 */
export class SharedRequestBudget implements RequestBudget {
  private readonly rate: AimdRate;
  private readonly now: () => number;
  private readonly tokens: Token[] = [];
  /** Callers waiting for a request of the rate now. */
  private waiting = 0;
  /** When the last request this instance let go was due. */
  private lastGoes = Number.NEGATIVE_INFINITY;
  private nextSlot = 0;
  /** The slot being taken now; resolves with the store's error when it failed. */
  private claiming: Promise<unknown> | undefined;
  private rateReadAt = Number.NEGATIVE_INFINITY;
  private readonly bulkWindows = new ConversationWindows(SENDER_CONVERSATION_LIMITS);
  /** The next conversation slot worth trying, per conversation (earlier ones were taken). */
  private readonly nextConversationSlot = new Map<string, number>();
  private readonly fallback: RateLimiter;
  private warnedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: RequestBudgetRepository,
    settings: AimdSettings & { now?: () => number },
    private readonly logger: Logger,
  ) {
    this.rate = new AimdRate(settings);
    this.now = settings.now ?? (() => millis(systemClock));
    this.fallback = new RateLimiter({ ...settings, conversationLimits: SENDER_CONVERSATION_LIMITS });
  }

  /** The app-wide rate as this instance knows it, requests per second. */
  currentRate(now: number = this.now()): number {
    return this.rate.current(now);
  }

  async acquire(conversationId: string, signal?: AbortSignal, kind: RequestKind = 'bulk'): Promise<void> {
    try {
      if (kind === 'single') await this.acquireSingle(conversationId, signal);
      else await this.acquireBulk(conversationId, signal);
    } catch (err) {
      if (err instanceof AbortedError) throw err;
      this.warn(err);
      await this.fallback.acquire(conversationId, signal);
    }
  }

  throttled(): void {
    const now = this.now();
    this.fallback.throttled();
    const lowered = this.rate.decrease(now);
    if (!lowered) return;
    this.store
      .writeRate({ rateAtChange: lowered.rateAtChange, changedAt: new Date(lowered.changedAt) })
      .catch((err: unknown) => this.warn(err));
  }

  private async acquireBulk(conversationId: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      const freeAt = this.bulkWindows.freeAt(conversationId, now);
      if (freeAt > now) {
        await sleep(freeAt - now, signal);
        continue;
      }
      await this.takeRequest(signal);
      // Counted when it really goes: another request to the same conversation may have gone while this one waited.
      const at = this.now();
      if (this.bulkWindows.freeAt(conversationId, at) > at) continue;
      this.bulkWindows.record(conversationId, at);
      return;
    }
  }

  /** A conversation slot in the store first, then a request of the app-wide rate inside that slot. */
  private async acquireSingle(conversationId: string, signal?: AbortSignal): Promise<void> {
    const series = `conversation:${conversationId}`;
    for (;;) {
      const current = Math.floor(this.now() / CONVERSATION_SLOT_MS);
      const slot = Math.max(current, this.nextConversationSlot.get(conversationId) ?? 0);
      const start = slot * CONVERSATION_SLOT_MS;
      const taken = await this.store.takeSlot(series, slot, new Date(start + CONVERSATION_SLOT_MS));
      this.nextConversationSlot.set(conversationId, slot + 1);
      this.forgetOldConversations(current);
      if (!taken) continue;
      if (start > this.now()) await sleep(start - this.now(), signal);
      await this.takeRequest(signal);
      // Otherwise it waited too long for the rate: the slot is (nearly) over, so take another one.
      if (this.now() < start + CONVERSATION_SLOT_USABLE_MS) return;
    }
  }

  /** Waits for one request of the app-wide rate: from a slot this instance holds, or one it takes now. */
  private async takeRequest(signal?: AbortSignal): Promise<void> {
    this.waiting += 1;
    try {
      for (;;) {
        if (signal?.aborted) throw new AbortedError();
        const now = this.now();
        while (this.tokens.length > 0 && (this.tokens[0] as Token).until <= now) this.tokens.shift();
        const token = this.tokens.shift();
        if (token) {
          // Busy (more callers than requests held, or the slot half used): take the next slot before this one ends.
          const rate = this.rate.current(now);
          if (
            this.waiting > this.tokens.length + 1 ||
            this.tokens.length < requestsInSlot(this.nextSlot, rate) / 2
          )
            this.claimSoon();
          // Evenly spaced also when a slot came late: a request whose turn would fall after its slot is dropped.
          const at = Math.max(token.at, now, this.lastGoes + 1000 / rate);
          if (at >= token.until) continue;
          this.lastGoes = at;
          if (at > now) await sleep(at - now, signal);
          if (this.now() < token.until) return;
          continue;
        }
        this.claimSoon();
        const failure = await this.claiming;
        if (failure !== undefined) throw failure;
      }
    } finally {
      this.waiting -= 1;
    }
  }

  private claimSoon(): void {
    this.claiming ??= this.claimSlot().then(
      () => {
        this.claiming = undefined;
        return undefined;
      },
      (err: unknown) => {
        this.claiming = undefined;
        return err ?? new Error('request budget slot not taken');
      },
    );
  }

  /** Takes the next free slot of the app-wide rate (at most LOOKAHEAD_SLOTS ahead) and holds its requests. */
  private async claimSlot(): Promise<void> {
    await this.refreshRate();
    for (;;) {
      const now = this.now();
      const current = Math.floor(now / RATE_SLOT_MS);
      const slot = Math.max(current, this.nextSlot);
      if (slot > current + LOOKAHEAD_SLOTS) {
        await sleep((slot - LOOKAHEAD_SLOTS) * RATE_SLOT_MS - now);
        continue;
      }
      this.nextSlot = slot + 1;
      const count = requestsInSlot(slot, this.rate.current(now));
      if (count === 0) continue;
      const start = slot * RATE_SLOT_MS;
      if (!(await this.store.takeSlot('rate', slot, new Date(start + RATE_SLOT_MS)))) continue;
      for (let i = 0; i < count; i += 1)
        this.tokens.push({ at: start + (i * RATE_SLOT_MS) / count, until: start + RATE_SLOT_MS });
      return;
    }
  }

  private async refreshRate(): Promise<void> {
    const now = this.now();
    if (now - this.rateReadAt < RATE_REFRESH_MS) return;
    this.rateReadAt = now;
    const shared = await this.store.readRate();
    if (shared) this.rate.adopt({ rateAtChange: shared.rateAtChange, changedAt: shared.changedAt.getTime() });
  }

  private forgetOldConversations(current: number): void {
    if (this.nextConversationSlot.size < 1000) return;
    for (const [id, slot] of this.nextConversationSlot)
      if (slot <= current) this.nextConversationSlot.delete(id);
  }

  private warn(err: unknown): void {
    const now = this.now();
    if (now - this.warnedAt < 60_000) return;
    this.warnedAt = now;
    this.logger.warn(
      { err },
      'shared request budget unavailable: this instance paces its requests to Teams alone',
    );
  }
}
