/**
 * What one recipient of an announcement costs in the bot's memory with the embedded store in a DATA_DIR on disk
 * (as `npm start` runs it), by stage: the installation, the pending delivery with its batch entry, the record of
 * the message sent. Live heap after a full garbage collection, divided by the number of recipients: about zero
 * when the documents live in the database file and nothing holds the audience. Run with the collector exposed:
 *
 *   node --expose-gc --import tsx scripts/bench/recipient-cost.ts [--recipients 20000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRepositories } from '../../src/data';
import { createLogger } from '../../src/logger';

const { values } = parseArgs({ options: { recipients: { type: 'string', default: '20000' } } });
const recipients = Number(values.recipients);

function liveHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (see the comment at the top)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'recipient-cost-'));
  const data = await createRepositories(
    { MONGODB_URI: undefined, MONGODB_DB: 'unused', MONGODB_TIMEOUT_MS: 1000, DATA_DIR: dataDir },
    createLogger('silent'),
  );
  const conversationId = (i: number) => `a:cost-${String(i).padStart(6, '0')}`;
  const stages: Record<string, number> = {};
  let before = liveHeap();
  const stage = (name: string) => {
    const now = liveHeap();
    stages[name] = Math.round((now - before) / recipients);
    before = now;
  };

  for (let i = 0; i < recipients; i += 1) {
    await data.installations.upsert({
      conversationId: conversationId(i),
      conversationType: 'personal',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      reference: {
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        conversation: { id: conversationId(i), conversationType: 'personal', tenantId: 'tenant' },
        bot: { id: '28:bot' },
      },
    });
  }
  stage('installation_bytes');

  const announcement = await data.announcements.create({
    content: { title: 'Kostnad', text: 'Til alle.', links: [], importance: 'normal' },
    audience: { kind: 'personal' },
    authorPseudonym: 'bench',
  });
  let after: string | undefined;
  for (;;) {
    const page = await data.installations.listActive({ afterConversationId: after, limit: 500 });
    if (page.length === 0) break;
    await data.deliveries.createPending(
      announcement.id,
      page.map((r) => r.conversationId),
      new Map(page.map((r) => [r.conversationId, r.reference])),
    );
    after = page[page.length - 1]?.conversationId;
  }
  stage('pending_delivery_and_batch_entry_bytes');

  for (;;) {
    const claimed = await data.deliveries.claimPending(announcement.id, 'cost', 100, new Date(0));
    if (claimed.length === 0) break;
    await Promise.all(
      claimed.map((d) =>
        data.deliveries.markSent(announcement.id, d.conversationId, `1:${d.conversationId}`, 1),
      ),
    );
  }
  stage('sent_record_bytes');
  const counts = await data.deliveries.counts(announcement.id);
  await data.close();
  rmSync(dataDir, { recursive: true, force: true });
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${JSON.stringify({ recipients, sent: counts.sent, ...stages, total_bytes_per_recipient: total })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(
    `recipient-cost failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
