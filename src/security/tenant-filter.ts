import { type Activity, ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger';

/** The Entra ID tenant ids an activity claims to come from (Teams puts it in channelData and on the conversation). */
export function tenantIdsOf(activity: Partial<Activity>): string[] {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const ids = [channelData?.tenant?.id, activity.conversation?.tenantId]
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '')
    .map((id) => id.trim().toLowerCase());
  return [...new Set(ids)];
}

/**
 * Adapter middleware that lets through only activities from the allowed tenants (ALLOWED_TENANT_IDS); others are
 * logged and dropped before the bot sees them: nothing stored, no reply. An empty list allows every tenant.
 * It must be first in the middleware chain, so nothing else runs for a foreign tenant.
 */
export class TenantFilter implements Middleware {
  private readonly allowed: Set<string>;

  constructor(
    allowedTenantIds: readonly string[],
    private readonly logger: Logger,
  ) {
    this.allowed = new Set(allowedTenantIds.map((id) => id.trim().toLowerCase()));
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (this.allowed.size === 0) return next();
    const activity = context.activity;
    const tenants = tenantIdsOf(activity);
    // Every tenant id the activity carries must be allowed; an activity without one is refused.
    if (tenants.length > 0 && tenants.every((id) => this.allowed.has(id))) return next();
    this.logger.warn(
      {
        activityId: activity.id,
        activityType: activity.type,
        channelId: activity.channelId,
        tenantIds: tenants,
      },
      'activity from a tenant that is not allowed: ignored',
    );
    if (activity.type === ActivityTypes.Invoke) {
      // An invoke expects an HTTP answer; 403 says "not for you" without sending anything to the conversation.
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
    }
  }
}
