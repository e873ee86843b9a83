import { randomUUID } from 'node:crypto';
import type {
  AnnouncementRepository,
  Delivery,
  DeliveryRepository,
  InstallationRecord,
  InstallationRepository,
  LeaseRepository,
} from '../../src/data/repositories';
import type { Announcement, AnnouncementStatus, DeliveryCounts } from '../../src/model/announcement';

/** The four repositories the broadcast engine uses. */
export interface BroadcastStore {
  announcements: AnnouncementRepository;
  deliveries: DeliveryRepository;
  installations: InstallationRepository;
  leases: LeaseRepository;
}

/** Deep copy that keeps Dates as Dates of this realm (structuredClone's would fail instanceof checks in jest). */
function clone<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map((v) => clone(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}

/** Applies a partial patch where an explicit undefined removes the field (as the real backends do). */
function applyPatch<T extends object>(target: T, patch: Partial<T>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete (target as Record<string, unknown>)[key];
    else (target as Record<string, unknown>)[key] = value;
  }
}

/** In-memory announcements, for unit tests only. */
export class InMemoryAnnouncements implements AnnouncementRepository {
  readonly items = new Map<string, Announcement>();

  async create(
    input: Omit<Announcement, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'status'> & {
      status?: AnnouncementStatus;
    },
  ): Promise<Announcement> {
    const now = new Date();
    const item: Announcement = {
      ...clone(input),
      id: randomUUID(),
      status: input.status ?? 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    this.items.set(item.id, item);
    return clone(item);
  }

  async get(id: string): Promise<Announcement | null> {
    const item = this.items.get(id);
    return item ? clone(item) : null;
  }

  async update(
    id: string,
    patch: Partial<Omit<Announcement, 'id' | 'createdAt'>>,
    expectedStatus?: AnnouncementStatus,
  ): Promise<Announcement | null> {
    const item = this.items.get(id);
    if (!item || (expectedStatus !== undefined && item.status !== expectedStatus)) return null;
    applyPatch(item, clone(patch));
    item.updatedAt = new Date();
    return clone(item);
  }

  async listRecent(limit: number): Promise<Announcement[]> {
    return [...this.items.values()]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit)
      .map(clone);
  }

  async listUnfinished(now: Date): Promise<Announcement[]> {
    return [...this.items.values()]
      .filter(
        (a) =>
          a.status === 'sending' ||
          (a.status === 'scheduled' && a.scheduledAt !== undefined && a.scheduledAt <= now) ||
          a.pendingOperation !== undefined,
      )
      .map(clone);
  }
}

/** In-memory deliveries with the same claim semantics as the real backends, for unit tests only. */
export class InMemoryDeliveries implements DeliveryRepository {
  readonly items = new Map<string, Delivery>();

  private key(announcementId: string, conversationId: string): string {
    return `${announcementId}\u0000${conversationId}`;
  }

  private sorted(announcementId: string): Delivery[] {
    return [...this.items.values()]
      .filter((d) => d.announcementId === announcementId)
      .sort((a, b) =>
        a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0,
      );
  }

  async createPending(announcementId: string, conversationIds: string[]): Promise<number> {
    let created = 0;
    for (const conversationId of conversationIds) {
      const key = this.key(announcementId, conversationId);
      if (this.items.has(key)) continue;
      this.items.set(key, {
        announcementId,
        conversationId,
        status: 'pending',
        attempts: 0,
        updatedAt: new Date(),
      });
      created += 1;
    }
    return created;
  }

  async claimPending(
    announcementId: string,
    worker: string,
    limit: number,
    staleBefore: Date,
  ): Promise<Delivery[]> {
    const claimed: Delivery[] = [];
    const now = new Date();
    for (const d of this.sorted(announcementId)) {
      if (claimed.length >= limit) break;
      if (d.status !== 'pending') continue;
      if (d.claimedAt !== undefined && d.claimedAt >= staleBefore) continue;
      d.claimedBy = worker;
      d.claimedAt = now;
      d.updatedAt = now;
      claimed.push(clone(d));
    }
    return claimed;
  }

  private readonly complete = new Set<string>();

  async audienceComplete(announcementId: string): Promise<boolean> {
    return this.complete.has(announcementId);
  }

  async markAudienceComplete(announcementId: string): Promise<void> {
    this.complete.add(announcementId);
  }

  async releaseClaims(announcementId: string, worker: string): Promise<void> {
    for (const d of this.sorted(announcementId)) {
      if (d.claimedBy !== worker) continue;
      delete d.claimedBy;
      delete d.claimedAt;
    }
  }

  private require(announcementId: string, conversationId: string): Delivery {
    const d = this.items.get(this.key(announcementId, conversationId));
    if (!d) throw new Error(`no delivery ${announcementId}/${conversationId}`);
    return d;
  }

  async markSent(
    announcementId: string,
    conversationId: string,
    activityId: string | undefined,
    version: number,
    followUpProblem?: string,
  ): Promise<void> {
    const d = this.require(announcementId, conversationId);
    d.status = 'sent';
    if (activityId !== undefined) d.activityId = activityId;
    d.sentVersion = version;
    if (followUpProblem !== undefined) d.failureReason = followUpProblem;
    else delete d.failureReason;
    delete d.claimedBy;
    delete d.claimedAt;
    d.updatedAt = new Date();
  }

  async markFailed(announcementId: string, conversationId: string, reason: string): Promise<void> {
    const d = this.require(announcementId, conversationId);
    d.status = 'failed';
    d.failureReason = reason;
    delete d.claimedBy;
    delete d.claimedAt;
    d.updatedAt = new Date();
  }

  async release(announcementId: string, conversationId: string, countAttempt: boolean): Promise<void> {
    const d = this.require(announcementId, conversationId);
    delete d.claimedBy;
    delete d.claimedAt;
    if (countAttempt) d.attempts += 1;
    d.updatedAt = new Date();
  }

  async acknowledge(announcementId: string, conversationId: string, at: Date): Promise<boolean> {
    const d = this.items.get(this.key(announcementId, conversationId));
    if (!d || d.acknowledgedAt !== undefined) return false;
    d.acknowledgedAt = at;
    return true;
  }

  async get(announcementId: string, conversationId: string): Promise<Delivery | null> {
    const d = this.items.get(this.key(announcementId, conversationId));
    return d ? clone(d) : null;
  }

  async counts(announcementId: string): Promise<DeliveryCounts> {
    const counts: DeliveryCounts = {
      total: 0,
      pending: 0,
      sent: 0,
      failed: 0,
      acknowledged: 0,
      notUpdated: 0,
      notRemoved: 0,
    };
    for (const d of this.items.values()) {
      if (d.announcementId !== announcementId) continue;
      counts.total += 1;
      counts[d.status] += 1;
      if (d.acknowledgedAt !== undefined) counts.acknowledged += 1;
      if (d.status === 'sent' && d.failureReason === 'not_updated') counts.notUpdated += 1;
      if (d.status === 'sent' && d.failureReason === 'not_removed') counts.notRemoved += 1;
    }
    return counts;
  }

  async listSent(
    announcementId: string,
    options: { belowVersion?: number; afterConversationId?: string; limit: number },
  ): Promise<Delivery[]> {
    return this.sorted(announcementId)
      .filter(
        (d) =>
          d.status === 'sent' &&
          (options.belowVersion === undefined || (d.sentVersion ?? 0) < options.belowVersion) &&
          (options.afterConversationId === undefined || d.conversationId > options.afterConversationId),
      )
      .slice(0, options.limit)
      .map(clone);
  }

  async list(
    announcementId: string,
    options: { afterConversationId?: string; limit: number },
  ): Promise<Delivery[]> {
    return this.sorted(announcementId)
      .filter(
        (d) => options.afterConversationId === undefined || d.conversationId > options.afterConversationId,
      )
      .slice(0, options.limit)
      .map(clone);
  }
}

/** In-memory installations, for unit tests only. */
export class InMemoryInstallations implements InstallationRepository {
  readonly items = new Map<string, InstallationRecord>();

  async upsert(
    record: Omit<InstallationRecord, 'installedAt' | 'updatedAt' | 'active'>,
  ): Promise<InstallationRecord> {
    const now = new Date();
    const existing = this.items.get(record.conversationId);
    const item: InstallationRecord = {
      ...clone(record),
      active: true,
      installedAt: existing?.installedAt ?? now,
      updatedAt: now,
    };
    this.items.set(item.conversationId, item);
    return clone(item);
  }

  async get(conversationId: string): Promise<InstallationRecord | null> {
    const item = this.items.get(conversationId);
    return item ? clone(item) : null;
  }

  async deactivate(conversationId: string): Promise<void> {
    const item = this.items.get(conversationId);
    if (item) item.active = false;
  }

  async deactivateTeam(teamId: string): Promise<number> {
    let n = 0;
    for (const item of this.items.values()) {
      if (item.teamId === teamId && item.active) {
        item.active = false;
        n += 1;
      }
    }
    return n;
  }

  private matching(filter: { conversationTypes?: string[]; teamIds?: string[] }): InstallationRecord[] {
    return [...this.items.values()]
      .filter(
        (r) =>
          r.active &&
          (filter.conversationTypes === undefined || filter.conversationTypes.includes(r.conversationType)) &&
          (filter.teamIds === undefined || (r.teamId !== undefined && filter.teamIds.includes(r.teamId))),
      )
      .sort((a, b) =>
        a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0,
      );
  }

  async listActive(filter: {
    conversationTypes?: InstallationRecord['conversationType'][];
    teamIds?: string[];
    afterConversationId?: string;
    limit?: number;
  }): Promise<InstallationRecord[]> {
    return this.matching(filter)
      .filter(
        (r) => filter.afterConversationId === undefined || r.conversationId > filter.afterConversationId,
      )
      .slice(0, filter.limit ?? 100)
      .map(clone);
  }

  async countActive(filter?: {
    conversationTypes?: InstallationRecord['conversationType'][];
    teamIds?: string[];
  }): Promise<number> {
    return this.matching(filter ?? {}).length;
  }
}

/** In-memory leases, for unit tests only. */
export class InMemoryLeases implements LeaseRepository {
  readonly items = new Map<string, { owner: string; expiresAt: number }>();

  async acquire(name: string, owner: string, ttlMs: number, now: Date = new Date()): Promise<boolean> {
    const lease = this.items.get(name);
    if (lease && lease.owner !== owner && lease.expiresAt > now.getTime()) return false;
    this.items.set(name, { owner, expiresAt: now.getTime() + ttlMs });
    return true;
  }

  async release(name: string, owner: string): Promise<void> {
    if (this.items.get(name)?.owner === owner) this.items.delete(name);
  }
}

/** A fresh in-memory store for one test. */
export function createInMemoryBroadcastStore(): BroadcastStore & {
  announcements: InMemoryAnnouncements;
  deliveries: InMemoryDeliveries;
  installations: InMemoryInstallations;
  leases: InMemoryLeases;
} {
  return {
    announcements: new InMemoryAnnouncements(),
    deliveries: new InMemoryDeliveries(),
    installations: new InMemoryInstallations(),
    leases: new InMemoryLeases(),
  };
}
