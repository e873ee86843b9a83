import { z } from 'zod';
import { isAppError } from '../errors';
import type { DocumentCollection } from './document-store';
import type { RequestBudgetRepository, SharedRequestRate } from './repositories';
import { idSchema, parseInput } from './schemas';

const RATE_ID = 'rate';
const PURGE_EVERY_MS = 60_000;
/** Slots are kept this long after they end, so a slow instance still sees them taken. */
const KEEP_MS = 60_000;

/**
 * The shared request budget on the store. A slot is a document whose `_id` is `series|slot`: an insert against `_id`
 * is atomic on every backend (FerretDB 1.x included), so each slot goes to exactly one caller. Old slots are deleted
 * as calls come in, at most once a minute per instance.
 */
export class DocumentRequestBudgetRepository implements RequestBudgetRepository {
  private lastPurge = 0;

  constructor(private readonly coll: DocumentCollection) {}

  async takeSlot(series: string, slot: number, expiresAt: Date): Promise<boolean> {
    const name = parseInput(idSchema, series, 'budsjett-serie');
    const number = parseInput(z.number().int().nonnegative(), slot, 'budsjett-luke');
    await this.purge(expiresAt);
    try {
      await this.coll.insertOne({
        _id: `${name}|${number}`,
        expiresAt: new Date(expiresAt.getTime() + KEEP_MS),
      });
      return true;
    } catch (err) {
      if (isAppError(err, 'CONFLICT')) return false;
      throw err;
    }
  }

  async readRate(): Promise<SharedRequestRate | undefined> {
    const doc = await this.coll.findOne({ _id: RATE_ID });
    if (!doc || typeof doc.rateAtChange !== 'number' || !(doc.changedAt instanceof Date)) return undefined;
    return { rateAtChange: doc.rateAtChange, changedAt: doc.changedAt };
  }

  async writeRate(rate: SharedRequestRate): Promise<void> {
    const set = { rateAtChange: rate.rateAtChange, changedAt: rate.changedAt, expiresAt: new Date(8.64e15) };
    if ((await this.coll.updateOne({ _id: RATE_ID }, { set })) > 0) return;
    try {
      await this.coll.insertOne({ _id: RATE_ID, ...set });
    } catch (err) {
      // Another instance wrote it first: ours is the newer news.
      if (!isAppError(err, 'CONFLICT')) throw err;
      await this.coll.updateOne({ _id: RATE_ID }, { set });
    }
  }

  private async purge(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now.getTime();
    await this.coll.deleteMany({ expiresAt: { $lte: new Date(now.getTime() - KEEP_MS) } });
  }
}
