import pino from 'pino';
import { BroadcastEngine } from '../../src/broadcast/broadcast-engine';
import type { BroadcastOptions } from '../../src/broadcast/broadcast-options';
import { createInMemoryBroadcastStore } from '../support/in-memory-broadcast-store';
import { ScriptedMessenger } from '../support/scripted-messenger';

const logger = pino({ level: 'silent' });
/** A long lease: a claim left by a dead sender stays fresh for a minute of real time. */
const OPTIONS: Partial<BroadcastOptions> = {
  ratePerSecond: 1000,
  leaseMs: 60_000,
  refreshMs: 20,
  progressIntervalMs: 50,
  tickMs: 50,
  baseBackoffMs: 10,
  maxBackoffMs: 40,
};
const RECIPIENTS = ['a:user-1', 'a:user-2', 'a:user-3', 'a:user-4', 'a:user-5'];

/** An announcement being sent whose every delivery was claimed by an instance that died a moment ago. */
async function sendingLeftByDeadSender() {
  const store = createInMemoryBroadcastStore();
  const references = new Map(
    RECIPIENTS.map((id) => [
      id,
      { channelId: 'msteams', serviceUrl: 'https://smba.example/', conversation: { id } },
    ]),
  );
  for (const [conversationId, reference] of references) {
    await store.installations.upsert({
      conversationId,
      conversationType: 'personal',
      serviceUrl: 'https://smba.example/',
      reference,
    });
  }
  const announcement = await store.announcements.create({
    content: {
      title: 'Nedetid fredag',
      text: 'Helseplattformen er nede fredag kl. 16–18.',
      links: [],
      importance: 'normal',
    },
    audience: { kind: 'all' },
    authorPseudonym: 'forfatter',
    status: 'sending',
  });
  await store.deliveries.createPending(announcement.id, RECIPIENTS, references);
  await store.deliveries.markAudienceComplete(announcement.id);
  const claimed = await store.deliveries.claimPending(announcement.id, 'dead-instance', 100, new Date(0));
  expect(claimed).toHaveLength(RECIPIENTS.length);
  return { store, announcement };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('the broadcast engine reads the time from its injected clock', () => {
  it("takes over a dead sender's claims once its clock says they are stale, not the machine's", async () => {
    const { store, announcement } = await sendingLeftByDeadSender();
    const messenger = new ScriptedMessenger();
    const isSent = async () => (await store.announcements.get(announcement.id))?.status === 'sent';

    // By the machine's clock the claims are seconds old: nobody may take them yet.
    const now = new BroadcastEngine({ repositories: store, messenger, logger, options: OPTIONS });
    await now.resumeUnfinished();
    expect(await waitUntil(isSent, 500)).toBe(false);
    await now.stop();
    expect(messenger.calls).toEqual([]);

    // A clock that is a lease time and a second ahead: the claims are stale, and the engine sends at once.
    const later = new BroadcastEngine({
      repositories: store,
      messenger,
      logger,
      options: OPTIONS,
      now: () => new Date(Date.now() + 61_000),
    });
    try {
      await later.resumeUnfinished();
      expect(await waitUntil(isSent, 5_000)).toBe(true);
      for (const id of RECIPIENTS) expect(messenger.deliveredCount(id)).toBe(1);
      expect(await later.counts(announcement.id)).toMatchObject({ total: 5, sent: 5, pending: 0 });
      // The engine's clock also dates what it writes itself.
      const sentAt = (await store.announcements.get(announcement.id))?.sentAt?.getTime() ?? 0;
      expect(sentAt).toBeGreaterThan(Date.now() + 50_000);
    } finally {
      await later.stop();
    }
  });
});
