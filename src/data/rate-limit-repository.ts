import { z } from 'zod';
import { isAppError } from '../errors';
import type { DocumentCollection } from './document-store';
import type { RateLimitRepository, RateLimitTake } from './repositories';
import { idSchema, parseInput } from './schemas';

const PURGE_EVERY_MS = 60_000;

/**
 * Counted limits shared by every instance on the store ("at most 5 per hour", "at most 30 per minute"), in fixed
 * windows. Each use takes a numbered slot, a document whose `_id` is `key|window|slot`; an insert against `_id` is
 * atomic on every backend (FerretDB 1.x included, where findOneAndUpdate and $inc under a filter are not), so of
 * any number of concurrent callers at most `limit` get a slot. Old windows are deleted as calls come in.
 */
export class DocumentRateLimitRepository implements RateLimitRepository {
  private lastPurge = 0;

  constructor(private readonly coll: DocumentCollection) {}

  async take(key: string, limit: number, windowMs: number, now: Date = new Date()): Promise<RateLimitTake> {
    const name = parseInput(idSchema, key, 'grense-nøkkel');
    const max = parseInput(z.number().int().positive().max(10_000), limit, 'grense');
    const span = parseInput(z.number().int().positive(), windowMs, 'grense-vindu');
    const window = Math.floor(now.getTime() / span);
    const resetsAt = new Date((window + 1) * span);
    await this.purgeNow(now);
    // Start at the count already used, so a caller usually needs one insert; a collision moves to the next slot.
    let slot = await this.coll.count({ key: name, window });
    while (slot < max) {
      try {
        await this.coll.insertOne({
          _id: `${name}|${window}|${slot}`,
          key: name,
          window,
          expiresAt: resetsAt,
        });
        return { taken: true, used: slot + 1, resetsAt };
      } catch (err) {
        if (!isAppError(err, 'CONFLICT')) throw err;
        slot++;
      }
    }
    return { taken: false, used: max, resetsAt };
  }

  /** Deletes the slots of windows that have ended, at most once a minute per instance. */
  private async purgeNow(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now.getTime();
    await this.coll.deleteMany({ expiresAt: { $lte: now } });
  }
}
