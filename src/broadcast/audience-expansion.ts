import type { ConversationType } from '../data/repositories';
import type { Audience } from '../model/announcement';
import type { BroadcastContext } from './broadcast-context';
import type { Run } from './delivery-pass';

/** The installations an audience reaches: what the engine sends to, and what the author is told it will reach. */
export function audienceFilter(audience: Audience): {
  conversationTypes?: ConversationType[];
  teamIds?: string[];
} {
  switch (audience.kind) {
    case 'personal':
      return { conversationTypes: ['personal'] };
    case 'channels':
      return { conversationTypes: ['channel'] };
    case 'teams':
      return { conversationTypes: ['channel'], teamIds: audience.teamIds };
    case 'all':
      return {};
  }
}

/**
 * Creates a pending delivery for every active installation in the audience, a page at a time. Throws when it
 * had to stop part way (run halted, lease lost): the run must not take the deliveries made so far for all.
 */
export async function expandAudience(ctx: BroadcastContext, run: Run): Promise<void> {
  const id = run.announcement.id;
  if (await ctx.repos.deliveries.audienceComplete(id)) return;
  const filter = audienceFilter(run.announcement.audience);
  let after: string | undefined;
  let created = 0;
  for (;;) {
    if (run.halted || !ctx.mayWork()) {
      throw new Error('audience expansion stopped part way; the next run goes on with it');
    }
    const page = await ctx.repos.installations.listActive({
      ...filter,
      afterConversationId: after,
      limit: ctx.options.pageSize,
    });
    if (page.length === 0) break;
    created += await ctx.repos.deliveries.createPending(
      id,
      page.map((r) => r.conversationId),
      new Map(page.map((r) => [r.conversationId, r.reference])),
    );
    after = page[page.length - 1]?.conversationId;
    if (page.length < ctx.options.pageSize) break;
  }
  await ctx.repos.deliveries.markAudienceComplete(id);
  ctx.logger.info({ announcementId: id, created }, 'audience expanded');
}
