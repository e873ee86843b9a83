import type { Lang } from '../i18n/lang';
import type { Announcement, AnnouncementStatus, DeliveryCounts } from '../model/announcement';
import type { DeliveryReason, FollowUpReason } from '../model/delivery-reason';
/**
 * The data contracts of the bot. Every repository returns plain objects (no driver types, no `_id`),
 * and has two backends with the same behaviour: MongoDB (src/data/mongo-*) and the embedded store
 * (src/data/embedded-*). Handlers and modules depend on these interfaces only.
 */

/** Where a conversation takes place in Teams. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** One piece of feedback from a user, stored with personal data already removed. */
export interface FeedbackEntry {
  id: string;
  /** The question that was answered (redacted). */
  question?: string;
  /** Knowledge-base topic id of the answer the feedback is about. */
  topicId?: string;
  /** Ja = true, Nei = false, undefined for free feedback. */
  helpful?: boolean;
  /** Optional comment (redacted). */
  comment?: string;
  locale?: string;
  conversationType?: ConversationType;
  /** HMAC pseudonym of the user's AAD object id, never the name. */
  userPseudonym: string;
  /** Idempotency key: the same key is stored once (for example the reply activity id + user). */
  dedupeKey?: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Aggregates for the communications lead. */
export interface FeedbackStats {
  total: number;
  helpful: number;
  notHelpful: number;
  /** Topics with the most "Nei", most first. */
  topNotHelpful: { topicId: string; count: number }[];
}

/** Feedback storage. */
export interface FeedbackRepository {
  /** Stores an entry; returns it, or the existing one when dedupeKey was seen before (created=false). */
  add(
    entry: Omit<FeedbackEntry, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<{ entry: FeedbackEntry; created: boolean }>;
  /** Adds or replaces the comment of an existing entry. */
  setComment(id: string, comment: string): Promise<FeedbackEntry | null>;
  stats(limit?: number): Promise<FeedbackStats>;
  /** All entries, oldest first, in pages (for export). */
  list(options?: { after?: Date; limit?: number }): Promise<FeedbackEntry[]>;
  /** Deletes entries created before the date; returns how many. */
  deleteOlderThan(date: Date): Promise<number>;
}

/** A question the bot could not answer (redacted). */
export interface UnansweredQuestion {
  id: string;
  question: string;
  locale?: string;
  createdAt: Date;
}

/** Log of unanswered questions. */
export interface UnansweredRepository {
  add(entry: { question: string; locale?: string }): Promise<UnansweredQuestion>;
  /** Most frequent unanswered questions (grouped on the normalised text), most first. */
  top(limit: number): Promise<{ question: string; count: number }[]>;
  /** Like `top`, with each group's key (the normalised text) and when it was last asked. */
  groups(limit: number): Promise<UnansweredGroup[]>;
  deleteOlderThan(date: Date): Promise<number>;
}

/** Unanswered questions with the same normalised text. */
export interface UnansweredGroup {
  normalized: string;
  /** The latest wording. */
  question: string;
  count: number;
  lastAskedAt: Date;
}

/** What is needed to send a proactive message to a conversation (a botbuilder ConversationReference, as plain JSON). */
export interface InstallationRecord {
  /** conversation.id */
  conversationId: string;
  conversationType: ConversationType;
  serviceUrl: string;
  tenantId?: string;
  /** Team id for team installs and their channels. */
  teamId?: string;
  teamName?: string;
  /** The user's pseudonym for personal installs. */
  userPseudonym?: string;
  /** The full conversation reference as botbuilder gives it (plain JSON). */
  reference: Record<string, unknown>;
  active: boolean;
  installedAt: Date;
  updatedAt: Date;
}

/** Conversation references of everyone who has the bot. */
export interface InstallationRepository {
  /** Inserts or refreshes (and re-activates) the record for its conversationId. */
  upsert(
    record: Omit<InstallationRecord, 'installedAt' | 'updatedAt' | 'active'>,
  ): Promise<InstallationRecord>;
  get(conversationId: string): Promise<InstallationRecord | null>;
  deactivate(conversationId: string): Promise<void>;
  /** Deactivates every record of a team (team deleted or app removed from the team). */
  deactivateTeam(teamId: string): Promise<number>;
  /** Active records, optionally filtered, in pages ordered by conversationId. */
  listActive(filter: {
    conversationTypes?: ConversationType[];
    teamIds?: string[];
    /** Only the personal chat(s) of this user (their pseudonym). */
    userPseudonym?: string;
    afterConversationId?: string;
    limit?: number;
  }): Promise<InstallationRecord[]>;
  countActive(filter?: { conversationTypes?: ConversationType[]; teamIds?: string[] }): Promise<number>;
}

/** Announcements, with race-free status transitions. */
export interface AnnouncementRepository {
  create(
    input: Omit<Announcement, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'status'> & {
      status?: AnnouncementStatus;
    },
  ): Promise<Announcement>;
  get(id: string): Promise<Announcement | null>;
  /** Applies a partial update; with expectedStatus, only if the status still is that (returns null otherwise). */
  update(
    id: string,
    patch: Partial<Omit<Announcement, 'id' | 'createdAt'>>,
    expectedStatus?: AnnouncementStatus,
  ): Promise<Announcement | null>;
  listRecent(limit: number): Promise<Announcement[]>;
  /** Announcements with work left: status sending, or scheduled with scheduledAt <= now, or a pendingOperation. */
  listUnfinished(now: Date): Promise<Announcement[]>;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** One recipient of one announcement. */
export interface Delivery {
  announcementId: string;
  conversationId: string;
  status: DeliveryStatus;
  /** Activity id of the sent message (for edit and recall). */
  activityId?: string;
  /** Version of the announcement the recipient has (for edit). */
  sentVersion?: number;
  /** Set while a sender works on it; a claim older than the lease is free again. */
  claimedBy?: string;
  claimedAt?: Date;
  attempts: number;
  failureReason?: string;
  acknowledgedAt?: Date;
  updatedAt: Date;
  /** The conversation reference to send to, when the claim carries it (saves a look-up per recipient). */
  reference?: Record<string, unknown>;
}

export interface DeliveryRepository {
  /**
   * Creates pending deliveries; existing (announcementId, conversationId) pairs are left as they are. Returns how
   * many were new. `references` (by conversation id) are kept with the claim, so sending needs no look-up.
   */
  createPending(
    announcementId: string,
    conversationIds: string[],
    references?: ReadonlyMap<string, Record<string, unknown>>,
  ): Promise<number>;
  /**
   * Atomically claims up to `limit` pending deliveries not claimed by anyone since `staleBefore`,
   * marking them claimedBy=worker. Each delivery is claimed by one worker at a time.
   */
  claimPending(announcementId: string, worker: string, limit: number, staleBefore: Date): Promise<Delivery[]>;
  /** True once every recipient of the announcement has a delivery (a resumed run need not read the audience again). */
  audienceComplete(announcementId: string): Promise<boolean>;
  markAudienceComplete(announcementId: string): Promise<void>;
  /** Gives up every claim `worker` holds on the announcement (a graceful stop), so others can go on at once. */
  releaseClaims(announcementId: string, worker: string): Promise<void>;
  /**
   * Records that the recipient has `version` of the announcement. `followUpProblem` says why an edit or recall
   * did not reach the message (kept as failureReason, so an export shows who still has the old text).
   */
  markSent(
    announcementId: string,
    conversationId: string,
    activityId: string | undefined,
    version: number,
    followUpProblem?: FollowUpReason,
  ): Promise<void>;
  markFailed(announcementId: string, conversationId: string, reason: DeliveryReason): Promise<void>;
  /** Releases a claim without sending (shutdown, retry later); attempts is incremented when countAttempt. */
  release(announcementId: string, conversationId: string, countAttempt: boolean): Promise<void>;
  /** Records an acknowledgement once; returns false when it was already recorded. */
  acknowledge(announcementId: string, conversationId: string, at: Date): Promise<boolean>;
  get(announcementId: string, conversationId: string): Promise<Delivery | null>;
  counts(announcementId: string): Promise<DeliveryCounts>;
  /** Sent deliveries whose sentVersion is below `version` (for edit) or any sent one (for recall), in pages. */
  listSent(
    announcementId: string,
    options: { belowVersion?: number; afterConversationId?: string; limit: number },
  ): Promise<Delivery[]>;
  /** Every delivery of an announcement, in pages ordered by conversationId (for export). */
  list(announcementId: string, options: { afterConversationId?: string; limit: number }): Promise<Delivery[]>;
}

/** A named lease so that only one instance does a job at a time. */
/** What became of one use of a counted limit. */
export interface RateLimitTake {
  /** True when the use fits in the limit; false when the window's slots are all taken. */
  taken: boolean;
  /** Uses in this window so far, this one included when taken. */
  used: number;
  /** When the window ends and the count starts again. */
  resetsAt: Date;
}

/** Counted limits per key in fixed windows, shared by every instance on the same store; atomic on every backend. */
export interface RateLimitRepository {
  /** Takes one use of `key` in the current window of `windowMs`, unless `limit` uses are taken already. */
  take(key: string, limit: number, windowMs: number, now?: Date): Promise<RateLimitTake>;
}

/** Where the shared request rate stood after its last change (the AIMD state every instance follows). */
export interface SharedRequestRate {
  rateAtChange: number;
  changedAt: Date;
}

/**
 * The request budget to Teams that every instance on the store shares: time slots handed out once each (one insert
 * per slot, so a few writes per second), and the rate as Teams last allowed it.
 */
export interface RequestBudgetRepository {
  /**
   * Takes slot number `slot` of `series` for the caller; false when another caller has it. Atomic on every backend.
   * The slot is forgotten some time after `expiresAt`.
   */
  takeSlot(series: string, slot: number, expiresAt: Date): Promise<boolean>;
  /** The rate as last lowered by any instance, if ever. */
  readRate(): Promise<SharedRequestRate | undefined>;
  /** Records a lowered rate (the last writer wins). */
  writeRate(rate: SharedRequestRate): Promise<void>;
}

export interface LeaseRepository {
  /** Takes or renews the lease when free, expired, or already held by owner. True when owner now holds it. */
  acquire(name: string, owner: string, ttlMs: number, now?: Date): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

export type TicketStatus = 'open' | 'assigned' | 'answered' | 'closed';

/** A question sent to the project office. */
export interface Ticket {
  id: string;
  question: string;
  askerPseudonym: string;
  /** The asker's conversation reference, to send the answer back. */
  askerReference: Record<string, unknown>;
  status: TicketStatus;
  assigneeName?: string;
  assigneePseudonym?: string;
  answer?: string;
  /** The card in the project-office channel, to update it in place. */
  channelActivityId?: string;
  suggestedForKnowledgeBase?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface TicketRepository {
  create(input: Pick<Ticket, 'question' | 'askerPseudonym' | 'askerReference'>): Promise<Ticket>;
  get(id: string): Promise<Ticket | null>;
  /** Partial update; with expectedStatus only when the status still is that (null otherwise). */
  update(
    id: string,
    patch: Partial<Omit<Ticket, 'id' | 'createdAt'>>,
    expectedStatus?: TicketStatus[],
  ): Promise<Ticket | null>;
  listByAsker(askerPseudonym: string, limit: number): Promise<Ticket[]>;
}

/** A proposed knowledge-base answer for the project office to review. */
export interface KnowledgeSuggestion {
  id: string;
  ticketId: string;
  question: string;
  answer: string;
  createdAt: Date;
}

export interface KnowledgeSuggestionRepository {
  /** One suggestion per ticket: a second call returns the first. */
  add(input: Omit<KnowledgeSuggestion, 'id' | 'createdAt'>): Promise<KnowledgeSuggestion>;
  list(limit: number): Promise<KnowledgeSuggestion[]>;
}

/** One published version of the knowledge base (its content is read separately). */
export interface KnowledgeVersion {
  number: number;
  authorPseudonym: string;
  /** What changed, in a few words. */
  summary: string;
  /** The earlier version this one restores, when it is a restore. */
  restoredFrom?: number;
  createdAt: Date;
}

/** The knowledge base in the store: every published version, the newest one in use. */
export interface KnowledgeRepository {
  /** The newest version, or null before the first publish (an empty store). */
  head(): Promise<KnowledgeVersion | null>;
  get(number: number): Promise<{ version: KnowledgeVersion; content: unknown } | null>;
  /** Newest first. */
  list(limit: number): Promise<KnowledgeVersion[]>;
  /**
   * Publishes the content as version `expected + 1`; null when `expected` is no longer the newest (someone else
   * published first). `expected` 0 publishes the first version.
   */
  publish(input: {
    expected: number;
    content: unknown;
    authorPseudonym: string;
    summary: string;
    restoredFrom?: number;
  }): Promise<KnowledgeVersion | null>;
}

/** What an editor did with an item of the learning loop. */
export interface LearningResolution {
  /** `unanswered:<normalised question>` or `suggestion:<id>`. */
  key: string;
  action: 'attached' | 'created' | 'dismissed';
  /** The knowledge-base entry it was attached to or made as. */
  entryId?: string;
  byPseudonym: string;
  resolvedAt: Date;
}

export interface LearningResolutionRepository {
  /** Records (or replaces) what was done with the item. */
  resolve(input: Omit<LearningResolution, 'resolvedAt'>): Promise<LearningResolution>;
  list(keys: string[]): Promise<LearningResolution[]>;
}

/** The language each user last wrote in, by pseudonym: what a later reply falls back to when a message is unclear. */
export interface UserLanguageRepository {
  get(userPseudonym: string): Promise<Lang | undefined>;
  /** Remembers the language (replacing the one before). */
  set(userPseudonym: string, lang: Lang): Promise<void>;
}

/** Every repository, on one backend. */
export interface Repositories {
  /** 'mongodb' or 'embedded', for the start-up log. */
  kind: 'mongodb' | 'embedded';
  feedback: FeedbackRepository;
  unanswered: UnansweredRepository;
  installations: InstallationRepository;
  announcements: AnnouncementRepository;
  deliveries: DeliveryRepository;
  leases: LeaseRepository;
  rateLimits: RateLimitRepository;
  requestBudget: RequestBudgetRepository;
  tickets: TicketRepository;
  suggestions: KnowledgeSuggestionRepository;
  knowledge: KnowledgeRepository;
  learning: LearningResolutionRepository;
  userLanguages: UserLanguageRepository;
  /** True when the backend answered its last ping. */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
