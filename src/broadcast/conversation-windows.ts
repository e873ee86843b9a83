/** At most `limit` requests to one conversation in any `windowMs`. */
export interface ConversationLimit {
  limit: number;
  windowMs: number;
}

/** Teams' limits per conversation (per thread): 7 per second, 8 per 2 seconds, 60 per 30 seconds. */
export const TEAMS_CONVERSATION_LIMITS: readonly ConversationLimit[] = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
];

/**
 * Sliding windows per conversation, kept in this process: when the next request to a conversation may go so that
 * no window holds more than its limit. Conversations idle for the longest window are forgotten.
 */
export class ConversationWindows {
  private readonly stamps = new Map<string, number[]>();
  private readonly longestMs: number;
  private recordedSincePrune = 0;

  constructor(
    private readonly limits: readonly ConversationLimit[],
    /** Added to each window: requests reach Teams a few milliseconds apart from when they were let go. */
    private readonly marginMs = 50,
  ) {
    this.longestMs = Math.max(0, ...limits.map((l) => l.windowMs)) + marginMs;
  }

  /** The earliest time (≥ `now`) at which one more request to `conversationId` fits in every window. */
  freeAt(conversationId: string, now: number): number {
    const stamps = this.recent(conversationId, now);
    let at = now;
    for (const { limit, windowMs } of this.limits) {
      // The request `limit` back from the end must have left the window first.
      const blocking = stamps[stamps.length - limit];
      if (blocking !== undefined) at = Math.max(at, blocking + windowMs + this.marginMs);
    }
    return at;
  }

  /** Counts a request to `conversationId` going out at `at` (times are recorded in order per conversation). */
  record(conversationId: string, at: number): void {
    const stamps = this.stamps.get(conversationId) ?? [];
    let i = stamps.length;
    while (i > 0 && (stamps[i - 1] as number) > at) i -= 1;
    stamps.splice(i, 0, at);
    this.stamps.set(conversationId, stamps);
    this.recordedSincePrune += 1;
    if (this.recordedSincePrune >= 500) this.prune(at);
  }

  private recent(conversationId: string, now: number): number[] {
    const stamps = this.stamps.get(conversationId);
    if (!stamps) return [];
    while (stamps.length > 0 && (stamps[0] as number) <= now - this.longestMs) stamps.shift();
    return stamps;
  }

  /** Forgets conversations idle for the longest window, so memory stays flat over a large audience. */
  private prune(now: number): void {
    this.recordedSincePrune = 0;
    for (const [id, stamps] of this.stamps) {
      const last = stamps[stamps.length - 1];
      if (last === undefined || last <= now - this.longestMs) this.stamps.delete(id);
    }
  }
}
