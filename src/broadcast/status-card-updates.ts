import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';
import type { Repositories, UserLanguageRepository } from '../data/repositories';
import type { Lang } from '../i18n/lang';
import { announcementStatusSummary, createAnnouncementStatusCard } from '../cards/announcement-status-card';
import { cardMessage } from '../cards/card-message';
import type { Messenger, OutgoingActivity } from './messenger';
import { MessengerError } from './messenger-error';
import { AbortedError, sleep } from './rate-limiter';
import type { RequestBudget } from './request-budget';

/** How long stop() lets the updates under way finish (the final counts of a run that just ended). */
const STOP_GRACE_MS = 5000;
/** Attempts per update when Teams refuses it for a moment (429, 5xx, network). */
const ATTEMPTS = 3;

/** The status card as it should look now, and where it is. */
interface CardState {
  conversationId: string;
  reference: Record<string, unknown>;
  activityId: string;
  message: OutgoingActivity;
  /** Identifies what the card shows, to tell whether it changed. */
  key: string;
}

/**
 * Keeps each author's status card in place up to date, within the app's request budget. Changes are coalesced:
 * however many acknowledgements or progress reports arrive, an announcement's card gets one update per turn the
 * budget gives its chat, showing the state read just before it goes (the latest state wins). After each update the
 * state is read once more and sent again if it moved, so the last update shows the final counts, also when another
 * instance updated the same card with an older state meanwhile. Failures are logged, never thrown.
 */
export class StatusCardUpdates {
  private readonly dirty = new Set<string>();
  private readonly workers = new Map<string, Promise<void>>();
  /** What this instance last showed on each card (the recent announcements' cards; older ones are shown anew). */
  private readonly shown = new LRUCache<string, string>({ max: 500 });
  private readonly abort = new AbortController();

  constructor(
    private readonly deps: {
      /** Sends without a budget of its own: the turn is taken here, right before the latest state is read. */
      messenger: Pick<Messenger, 'update'>;
      budget: RequestBudget;
      repositories: Pick<Repositories, 'announcements' | 'deliveries' | 'installations'>;
      /** The author's language (remembered by pseudonym); bokmål when unknown. */
      userLanguages?: UserLanguageRepository;
      logger: Logger;
    },
  ) {}

  /** The announcement's card should show its latest state; resolves once this instance has shown it. */
  changed(announcementId: string): Promise<void> {
    this.dirty.add(announcementId);
    let worker = this.workers.get(announcementId);
    if (!worker) {
      worker = this.work(announcementId).finally(() => this.workers.delete(announcementId));
      this.workers.set(announcementId, worker);
    }
    return worker;
  }

  /** Resolves when no card update is waiting or under way. */
  async settled(): Promise<void> {
    while (this.workers.size > 0) await Promise.all([...this.workers.values()]);
  }

  /** Lets the updates under way finish for up to `graceMs`, then stops waiting for turns (the rest are dropped). */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.settled(), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    this.abort.abort();
    await this.settled();
  }

  private async work(announcementId: string): Promise<void> {
    while (this.dirty.delete(announcementId) && !this.abort.signal.aborted) {
      try {
        await this.bringUpToDate(announcementId);
      } catch (err) {
        if (err instanceof AbortedError) return;
        this.deps.logger.warn({ err, announcementId }, 'status card not updated');
      }
    }
  }

  private async bringUpToDate(announcementId: string): Promise<void> {
    let failures = 0;
    for (;;) {
      const wanted = await this.read(announcementId);
      if (!wanted || wanted.key === this.shown.get(announcementId)) return;
      await this.deps.budget.acquire(wanted.conversationId, this.abort.signal, 'single');
      // Read again now that it is our turn: what goes out is the latest state, not the one that asked for the turn.
      const latest = (await this.read(announcementId)) ?? wanted;
      try {
        await this.deps.messenger.update(latest.reference, latest.activityId, latest.message);
        this.shown.set(announcementId, latest.key);
        failures = 0;
      } catch (err) {
        failures += 1;
        const status = err instanceof MessengerError ? err.status : undefined;
        if (status === 429) this.deps.budget.throttled();
        const transient = status === undefined || status === 429 || status >= 500;
        if (!transient || failures >= ATTEMPTS) throw err;
        await sleep(1000 * failures, this.abort.signal);
      }
    }
  }

  private async read(announcementId: string): Promise<CardState | undefined> {
    const { announcements, installations, deliveries } = this.deps.repositories;
    const announcement = await announcements.get(announcementId);
    const conversationId = announcement?.authorConversationId;
    const activityId = announcement?.statusActivityId;
    if (!announcement || conversationId === undefined || activityId === undefined) return undefined;
    const installation = await installations.get(conversationId);
    if (!installation?.active) {
      this.deps.logger.debug({ announcementId }, 'author conversation unknown; status card not updated');
      return undefined;
    }
    const counts = await deliveries.counts(announcementId);
    const lang = await this.authorLanguage(announcement.authorPseudonym);
    const message = cardMessage(
      createAnnouncementStatusCard(announcement, counts, lang),
      announcementStatusSummary(announcement),
    );
    const key = `${activityId}:${JSON.stringify(message)}`;
    return { conversationId, reference: installation.reference, activityId, message, key };
  }

  private async authorLanguage(pseudonym: string): Promise<Lang> {
    try {
      return (await this.deps.userLanguages?.get(pseudonym)) ?? 'nb';
    } catch (err) {
      this.deps.logger.warn({ err }, "author's language not read; the status card is in bokmål");
      return 'nb';
    }
  }
}
