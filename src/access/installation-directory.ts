import { type CloudAdapter, TeamsInfo, type TurnContext } from 'botbuilder';
import type { InstallationRecord, InstallationRepository } from '../data/repositories';
import type { OutOfTurnDirectory } from './access-policy';
import { isMemberNotFound } from './member-directory';
import type { RequestBudget } from '../broadcast/request-budget';
import { statusOf } from '../broadcast/teams-messenger';

/** What the directory needs to reach Teams outside a turn. */
export interface InstallationDirectoryDependencies {
  adapter: CloudAdapter;
  /** MicrosoftAppId ('' when authentication is off, locally). */
  appId: string;
  installations: Pick<InstallationRepository, 'listActive'>;
  /** The pseudonym personal installations are stored under (HMAC of the object id). */
  pseudonymize: (objectId: string) => string;
  /** The app's budget of requests to Teams; each question waits for its turn (none: asked at once). */
  budget?: RequestBudget;
}

/**
 * Asks Teams about a tab caller through the bot's own installations: their UPN through their personal chat with
 * the bot, team membership through the bot's installation in that team (the members API accepts the Entra ID
 * object id). Undefined when the bot has no such installation, so Teams cannot be asked.
 */
export function createInstallationDirectory(deps: InstallationDirectoryDependencies): OutOfTurnDirectory {
  const ask = async <T>(
    record: InstallationRecord,
    question: (context: TurnContext) => Promise<T>,
  ): Promise<T> => {
    await deps.budget?.acquire(record.conversationId, undefined, 'single');
    let answer: { value: T } | { error: unknown } | undefined;
    // The answer and any error are kept inside the callback: the adapter's turn-error handler must not swallow them.
    await deps.adapter.continueConversationAsync(deps.appId, record.reference, async (context) => {
      try {
        answer = { value: await question(context) };
      } catch (error) {
        answer = { error };
      }
    });
    if (!answer) throw new Error('Teams was not asked: the proactive turn did not run');
    if ('error' in answer) {
      if (statusOf(answer.error) === 429) deps.budget?.throttled();
      throw answer.error;
    }
    return answer.value;
  };

  return {
    async upnOf(objectId) {
      const [chat] = await deps.installations.listActive({
        conversationTypes: ['personal'],
        userPseudonym: deps.pseudonymize(objectId),
        limit: 1,
      });
      if (!chat) return undefined;
      // Their own chat's reference names them by their Teams user id, which every client accepts (Teams also
      // takes the object id; Microsoft 365 Agents Playground does not).
      const userId = (chat.reference as { user?: { id?: unknown } }).user?.id;
      return ask(chat, async (context) => {
        try {
          const member = await TeamsInfo.getMember(context, typeof userId === 'string' ? userId : objectId);
          return member.userPrincipalName ?? member.email ?? undefined;
        } catch (err) {
          if (isMemberNotFound(err)) return undefined;
          throw err;
        }
      });
    },
    async inTeam(teamId, objectId) {
      const [channel] = await deps.installations.listActive({ teamIds: [teamId], limit: 1 });
      if (!channel) return undefined;
      return ask(channel, async (context) => {
        try {
          await TeamsInfo.getTeamMember(context, teamId, objectId);
          return true;
        } catch (err) {
          if (isMemberNotFound(err)) return false;
          throw err;
        }
      });
    },
  };
}
