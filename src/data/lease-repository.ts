import { z } from 'zod';
import { isAppError } from '../errors';
import type { LeaseRepository } from './repositories';
import type { DocumentCollection } from './document-store';
import { ConditionalWriter, VERSION_FIELD, newVersion } from './conditional-writer';
import { idSchema, parseInput } from './schemas';

/** Named leases (one document per name) so that only one instance runs a job at a time. */
export class DocumentLeaseRepository implements LeaseRepository {
  constructor(
    private readonly coll: DocumentCollection,
    private readonly writer: ConditionalWriter,
  ) {}

  async acquire(name: string, owner: string, ttlMs: number, now: Date = new Date()): Promise<boolean> {
    const lease = parseInput(idSchema, name, 'lease-navn');
    const holder = parseInput(idSchema, owner, 'lease-eier');
    const ttl = parseInput(z.number().int().positive(), ttlMs, 'lease-varighet');
    const expiresAt = new Date(now.getTime() + ttl);
    try {
      await this.coll.insertOne({
        _id: lease,
        name: lease,
        owner: holder,
        expiresAt,
        [VERSION_FIELD]: newVersion(),
      });
      return true;
    } catch (err) {
      if (!isAppError(err, 'CONFLICT')) throw err;
    }
    const doc = await this.writer.update(
      this.coll,
      lease,
      (current) => {
        const free = !(current.expiresAt instanceof Date) || current.expiresAt.getTime() <= now.getTime();
        return free || current.owner === holder ? { set: { owner: holder, expiresAt } } : null;
      },
      // A holder killed between its marker and its renewal must not keep the lease for longer than it lasts.
      { contention: 'wait', staleMarkerMs: ttl },
    );
    return doc !== null;
  }

  async release(name: string, owner: string): Promise<void> {
    const lease = parseInput(idSchema, name, 'lease-navn');
    const holder = parseInput(idSchema, owner, 'lease-eier');
    await this.writer.update(
      this.coll,
      lease,
      (current) => (current.owner === holder ? { set: { expiresAt: new Date(0) }, unset: ['owner'] } : null),
      { contention: 'wait' },
    );
  }
}
