import type { TurnContext } from 'botbuilder';
import type { BotFeature } from '../bot/bot-feature';
import { askerReferenceOf, channelConversationId, toChannelReference } from '../bot/conversation-reference';
import type { ConversationType, InstallationRepository } from '../data/repositories';
import { isAppError } from '../errors';
import type { Logger } from '../logger';

/** What the installation tracker needs. */
export interface InstallationFeatureDependencies {
  installations: InstallationRepository;
  pseudonymize: (aadObjectId: string) => string;
  logger: Logger;
  /** A conversation's reference is written again at most this often (ms) unless its service URL changes. */
  refreshEveryMs?: number;
  now?: () => number;
}

interface TeamInfo {
  id?: string;
  name?: string;
}

function teamOf(context: TurnContext): TeamInfo | undefined {
  return (context.activity.channelData as { team?: TeamInfo } | undefined)?.team;
}

function conversationTypeOf(context: TurnContext): ConversationType {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/**
 * Keeps the conversation references of everyone who has the bot, so announcements and answers from the project
 * office can reach them: saved on install, refreshed on messages, deactivated on uninstall or when a team is
 * deleted. A team install also records the team's General channel (its id is the team id).
 */
export function createInstallationFeature(deps: InstallationFeatureDependencies): BotFeature {
  const refreshEveryMs = deps.refreshEveryMs ?? 10 * 60 * 1000;
  const now = deps.now ?? Date.now;
  const lastWritten = new Map<string, { at: number; serviceUrl: string }>();

  const record = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const type = conversationTypeOf(context);
    const team = teamOf(context);
    const tenantId =
      activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } })?.tenant?.id;
    const aadObjectId = activity.from?.aadObjectId;
    if (type === 'channel') {
      // A channel post's conversation id names the thread; the channel itself is what announcements go to.
      const channelId = channelConversationId(activity.conversation.id);
      const channels = team?.id && team.id !== channelId ? [channelId, team.id] : [channelId];
      for (const conversationId of channels) {
        await deps.installations.upsert({
          conversationId,
          conversationType: 'channel',
          serviceUrl: activity.serviceUrl,
          tenantId,
          teamId: team?.id,
          teamName: team?.name,
          reference: toChannelReference(askerReferenceOf(activity), conversationId),
        });
        lastWritten.set(conversationId, { at: now(), serviceUrl: activity.serviceUrl });
      }
      return;
    }
    await deps.installations.upsert({
      conversationId: activity.conversation.id,
      conversationType: type,
      serviceUrl: activity.serviceUrl,
      tenantId,
      userPseudonym: type === 'personal' && aadObjectId ? deps.pseudonymize(aadObjectId) : undefined,
      reference: askerReferenceOf(activity),
    });
    lastWritten.set(activity.conversation.id, { at: now(), serviceUrl: activity.serviceUrl });
  };

  const safely = async (what: string, context: TurnContext, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (err) {
      // Answering must not depend on the store: the reference is written again on a later message.
      if (!isAppError(err, 'STORE_UNAVAILABLE')) throw err;
      deps.logger.warn({ err, activityId: context.activity.id }, `could not ${what} the installation`);
    }
  };

  return {
    name: 'installations',
    async onMessageActivity(context) {
      const id = channelConversationId(context.activity.conversation?.id ?? '');
      const last = lastWritten.get(id);
      if (last && last.serviceUrl === context.activity.serviceUrl && now() - last.at < refreshEveryMs) return;
      await safely('refresh', context, () => record(context));
    },
    async onInstalled(context) {
      await safely('save', context, () => record(context));
    },
    async onUninstalled(context) {
      await safely('deactivate', context, async () => {
        const team = teamOf(context);
        if (conversationTypeOf(context) === 'channel' && team?.id) {
          const count = await deps.installations.deactivateTeam(team.id);
          deps.logger.info({ count }, 'team removed the bot: its channels are deactivated');
        } else {
          await deps.installations.deactivate(context.activity.conversation.id);
        }
        lastWritten.delete(channelConversationId(context.activity.conversation.id));
      });
    },
  };
}
