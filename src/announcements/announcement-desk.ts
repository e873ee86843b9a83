import { audienceFilter } from '../broadcast/audience-expansion';
import type { BroadcastEngine } from '../broadcast/broadcast-engine';
import type { AnnouncementRepository, InstallationRepository } from '../data/repositories';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import {
  type Announcement,
  type AnnouncementContent,
  type Audience,
  type DeliveryCounts,
  scheduleProblem,
} from '../model/announcement';
import type { AnnouncementFormSubmit } from './announcement-form';

/** What the desk needs from the broadcast engine. */
export type AnnouncementEngine = Pick<
  BroadcastEngine,
  'start' | 'schedule' | 'cancel' | 'edit' | 'recall' | 'acknowledge' | 'counts'
>;

/** Posts the author's status card for an announcement about to go out; resolves with the message's activity id. */
export type StatusCardPoster = (
  announcement: Announcement,
  counts: DeliveryCounts,
) => Promise<string | undefined>;

/** Where the status card goes: the author's chat, or nowhere (a tab author without a chat with the bot). */
export interface StatusCardPlace {
  conversationId?: string;
  postStatusCard?: StatusCardPoster;
}

/** Result of send(), schedule() and compose(). */
export type DispatchOutcome =
  | { kind: 'started' | 'scheduled'; announcement: Announcement }
  | { kind: 'noRecipients'; announcement: Announcement }
  /** The scheduled time is not within the window (scheduleProblem). */
  | { kind: 'schedulePast' | 'scheduleTooFar'; announcement: Announcement }
  /** Someone (or an earlier click) sent, scheduled or discarded it already. */
  | { kind: 'notDraft'; announcement: Announcement };

/** An announcement with its delivery counts. */
export interface AnnouncementWithCounts {
  announcement: Announcement;
  counts: DeliveryCounts;
}

/** A team that has the bot in at least one channel, for the "Valgte team" choice. */
export interface TeamChoice {
  id: string;
  name: string;
}

/** Where the author follows an announcement: their chat with the bot and how to post the status card there. */
export interface AuthorChat {
  conversationId: string;
  postStatusCard: StatusCardPoster;
}

const TEAM_PAGE = 500;
/** At most this many channel installations are read to list the teams (20 pages). */
const MAX_TEAM_PAGES = 20;

/**
 * The communications lead's desk: drafts kept in the store, the recipients an audience reaches, and sending,
 * scheduling, editing, stopping and recalling through the broadcast engine. No Teams types here: the bot feature
 * turns its results into cards.
 */
export class AnnouncementDesk {
  constructor(
    private readonly deps: {
      announcements: AnnouncementRepository;
      installations: InstallationRepository;
      engine: AnnouncementEngine;
      logger: Logger;
      /** Told of each new "Bekreft lest", so the author's status card follows. */
      onAcknowledged?: (announcementId: string) => void;
    },
  ) {}

  /** Saves a new draft, or replaces the content and recipients of a draft that is still a draft. */
  async saveDraft(input: AnnouncementFormSubmit, authorPseudonym: string): Promise<Announcement> {
    const { announcements, logger } = this.deps;
    if (input.announcementId === undefined) {
      const draft = await announcements.create({
        content: input.content,
        audience: input.audience,
        authorPseudonym,
        status: 'draft',
      });
      logger.info({ announcementId: draft.id, audience: draft.audience.kind }, 'announcement draft saved');
      return draft;
    }
    const updated = await announcements.update(
      input.announcementId,
      { content: input.content, audience: input.audience },
      'draft',
    );
    if (updated) return updated;
    await this.get(input.announcementId);
    throw new AppError('CONFLICT', 'Kunngjøringen er allerede sendt, planlagt eller forkastet.');
  }

  /** An announcement; NOT_FOUND when there is none. */
  async get(id: string): Promise<Announcement> {
    const announcement = await this.deps.announcements.get(id);
    if (!announcement) throw new AppError('NOT_FOUND', 'Fant ikke kunngjøringen.');
    return announcement;
  }

  /** An announcement with its delivery counts. */
  async withCounts(id: string): Promise<AnnouncementWithCounts> {
    const announcement = await this.get(id);
    return { announcement, counts: await this.countsOf(announcement) };
  }

  /**
   * Delivery counts; before sending starts (a draft or a scheduled announcement has no deliveries yet) the
   * recipients it would reach now count as waiting, so the status card and the list do not say 0 recipients.
   */
  private async countsOf(announcement: Announcement): Promise<DeliveryCounts> {
    const counts = await this.deps.engine.counts(announcement.id);
    if (counts.total > 0 || (announcement.status !== 'draft' && announcement.status !== 'scheduled'))
      return counts;
    const recipients = await this.recipients(announcement.audience);
    return { ...counts, total: recipients, pending: recipients };
  }

  /** Throws a draft away (it is kept as cancelled); null when it is no longer a draft. */
  async discard(id: string): Promise<Announcement | null> {
    const discarded = await this.deps.announcements.update(id, { status: 'cancelled' }, 'draft');
    if (discarded) this.deps.logger.info({ announcementId: id }, 'announcement draft discarded');
    return discarded;
  }

  /** How many conversations the audience reaches now. */
  recipients(audience: Audience): Promise<number> {
    return this.deps.installations.countActive(audienceFilter(audience));
  }

  /** Teams that have the bot in a channel, by name. */
  async teams(): Promise<TeamChoice[]> {
    const names = new Map<string, string>();
    let after: string | undefined;
    for (let page = 0; page < MAX_TEAM_PAGES; page += 1) {
      const channels = await this.deps.installations.listActive({
        conversationTypes: ['channel'],
        afterConversationId: after,
        limit: TEAM_PAGE,
      });
      for (const channel of channels) {
        if (!channel.teamId) continue;
        const name = channel.teamName?.trim();
        if (name || !names.has(channel.teamId)) names.set(channel.teamId, name || channel.teamId);
      }
      if (channels.length < TEAM_PAGE) break;
      after = channels[channels.length - 1]?.conversationId;
    }
    return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  /**
   * Sends a draft now: posts the author's status card first and records where it is, so the engine's progress
   * reports update it in place from the very first one; then starts the engine.
   */
  async send(id: string, author: StatusCardPlace): Promise<DispatchOutcome> {
    const draft = await this.get(id);
    if (draft.status !== 'draft') return { kind: 'notDraft', announcement: draft };
    const recipients = await this.recipients(draft.audience);
    if (recipients === 0) return { kind: 'noRecipients', announcement: draft };
    const claimed = await this.attachStatusCard({ ...draft, status: 'sending' }, recipients, author);
    if (!claimed) return { kind: 'notDraft', announcement: await this.get(id) };
    const started = await this.deps.engine.start(id);
    this.deps.logger.info({ announcementId: id, recipients }, 'announcement sent from the chat');
    return { kind: 'started', announcement: started };
  }

  /** Schedules a draft for `at`, with the author's status card as in send(). */
  async schedule(id: string, at: Date, author: StatusCardPlace, now: Date): Promise<DispatchOutcome> {
    const draft = await this.get(id);
    if (draft.status !== 'draft') return { kind: 'notDraft', announcement: draft };
    const problem = scheduleProblem(at, now);
    if (problem) return { kind: problem, announcement: draft };
    const recipients = await this.recipients(draft.audience);
    const claimed = await this.attachStatusCard(
      { ...draft, status: 'scheduled', scheduledAt: at },
      recipients,
      author,
    );
    if (!claimed) return { kind: 'notDraft', announcement: await this.get(id) };
    const scheduled = await this.deps.engine.schedule(id, at);
    this.deps.logger.info(
      { announcementId: id, scheduledAt: at.toISOString() },
      'announcement scheduled from the chat',
    );
    return { kind: 'scheduled', announcement: scheduled };
  }

  /**
   * Writes and dispatches an announcement in one step (the tab's composer), by the same rules as the chat: the
   * content and recipients as a draft, then send() or schedule(), with the status card in the author's chat
   * when they have one.
   */
  async compose(
    input: { content: AnnouncementContent; audience: Audience; scheduledAt?: Date },
    author: { pseudonym: string; chat?: AuthorChat },
    now: Date,
  ): Promise<DispatchOutcome> {
    const draft = await this.deps.announcements.create({
      content: input.content,
      audience: input.audience,
      authorPseudonym: author.pseudonym,
      status: 'draft',
    });
    const where: StatusCardPlace = {
      conversationId: author.chat?.conversationId,
      postStatusCard: author.chat?.postStatusCard,
    };
    const outcome = input.scheduledAt
      ? await this.schedule(draft.id, input.scheduledAt, where, now)
      : await this.send(draft.id, where);
    // A draft the tab cannot show again is not kept as one.
    if (outcome.kind !== 'started' && outcome.kind !== 'scheduled') await this.discard(draft.id);
    return outcome;
  }

  /** New content for a scheduled or sent announcement; sent messages are updated everywhere by the engine. */
  edit(id: string, content: AnnouncementContent): Promise<Announcement> {
    return this.deps.engine.edit(id, content);
  }

  /** Stops a scheduled announcement or a sending under way. */
  cancel(id: string): Promise<Announcement> {
    return this.deps.engine.cancel(id);
  }

  /** Deletes the announcement from every conversation it reached. */
  recall(id: string): Promise<Announcement> {
    return this.deps.engine.recall(id);
  }

  /** Records "Bekreft lest" from a conversation; idempotent. */
  async acknowledge(id: string, conversationId: string): ReturnType<AnnouncementEngine['acknowledge']> {
    const result = await this.deps.engine.acknowledge(id, conversationId);
    if (result.recorded) this.deps.onAcknowledged?.(id);
    return result;
  }

  /** Makes a newly posted status card the one the engine keeps up to date. */
  async moveStatusCard(id: string, conversationId: string, statusActivityId: string): Promise<void> {
    await this.deps.announcements.update(id, { authorConversationId: conversationId, statusActivityId });
  }

  /** The latest announcements that were sent or scheduled (drafts and discarded drafts left out), with counts. */
  async recent(limit: number): Promise<AnnouncementWithCounts[]> {
    const candidates = await this.deps.announcements.listRecent(limit * 3);
    const out: AnnouncementWithCounts[] = [];
    for (const announcement of candidates) {
      if (out.length >= limit) break;
      if (announcement.status === 'draft') continue;
      const counts = await this.countsOf(announcement);
      // A cancelled announcement that never reached anyone is a discarded draft or an unsent schedule.
      if (announcement.status === 'cancelled' && counts.total === 0) continue;
      out.push({ announcement, counts });
    }
    return out;
  }

  /** Posts the status card and records it on the draft, if it still is a draft. */
  private async attachStatusCard(
    shown: Announcement,
    recipients: number,
    author: StatusCardPlace,
  ): Promise<Announcement | null> {
    const { conversationId, postStatusCard } = author;
    // An author without a chat with the bot (the tab) only claims the draft.
    if (conversationId === undefined || postStatusCard === undefined)
      return this.deps.announcements.update(shown.id, {}, 'draft');
    let statusActivityId: string | undefined;
    try {
      statusActivityId = await postStatusCard(shown, {
        total: recipients,
        pending: recipients,
        sent: 0,
        failed: 0,
        acknowledged: 0,
        notUpdated: 0,
        notRemoved: 0,
      });
    } catch (err) {
      // The announcement goes out all the same; the tab and `status` still show its counts.
      this.deps.logger.warn({ err, announcementId: shown.id }, "status card not posted in the author's chat");
      return this.deps.announcements.update(shown.id, {}, 'draft');
    }
    if (statusActivityId === undefined) {
      this.deps.logger.warn(
        { announcementId: shown.id },
        'status card has no activity id; it stays as posted',
      );
    }
    return this.deps.announcements.update(
      shown.id,
      { authorConversationId: conversationId, statusActivityId },
      'draft',
    );
  }
}
