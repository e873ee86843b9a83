import type { Storage } from 'botbuilder';
import type { InstallationRepository } from '../data/repositories';
import type { Logger } from '../logger';
import { toChannelReference } from '../bot/conversation-reference';

/** Key of the stored channel choice in the bot-state storage. */
export const OFFICE_CHANNEL_KEY = 'project-office/channel';

/** How the project-office channel is configured. */
export interface OfficeChannelSettings {
  /** PROJECT_OFFICE_CHANNEL: the channel's conversation id; when set, it wins over a choice made in Teams. */
  channelId?: string;
  /** PROJECT_OFFICE_SERVICE_URL: where to reach the channel when no installation of its team is stored. */
  serviceUrl?: string;
  /** PROJECT_OFFICE_TEAM_ID: its team, whose installation gives the service URL and tenant. */
  teamId?: string;
  /** The bot's app id, for the `bot` of a reference built from configuration. */
  appId: string;
  /** The tenant, for a reference built from configuration. */
  tenantId?: string;
}

/** The channel choice as stored when someone types the select command in a channel. */
interface StoredChoice {
  conversationId: string;
  reference: Record<string, unknown>;
  chosenBy: string;
  chosenAt: string;
}

/**
 * Finds the project-office channel: PROJECT_OFFICE_CHANNEL (reached through the stored installation of that
 * channel or of PROJECT_OFFICE_TEAM_ID, else through PROJECT_OFFICE_SERVICE_URL), or else the channel an office
 * member chose in Teams with «velg som prosjektkontor-kanal».
 */
export class OfficeChannelDirectory {
  constructor(
    private readonly settings: OfficeChannelSettings,
    private readonly storage: Storage,
    private readonly installations: InstallationRepository,
    private readonly logger: Logger,
  ) {}

  /** True when the channel comes from configuration (then it cannot be chosen in Teams). */
  get configured(): boolean {
    return this.settings.channelId !== undefined;
  }

  /** The conversation reference of the channel, or undefined when none is configured or chosen. */
  async reference(): Promise<Record<string, unknown> | undefined> {
    const channelId = this.settings.channelId;
    if (!channelId) {
      const stored = (await this.storage.read([OFFICE_CHANNEL_KEY]))[OFFICE_CHANNEL_KEY] as
        StoredChoice | undefined;
      return stored?.reference;
    }
    for (const id of [channelId, this.settings.teamId]) {
      const installation = id ? await this.installations.get(id) : null;
      if (installation?.active) return toChannelReference(installation.reference, channelId);
    }
    if (this.settings.serviceUrl) {
      return {
        channelId: 'msteams',
        serviceUrl: this.settings.serviceUrl,
        bot: { id: this.settings.appId ? `28:${this.settings.appId}` : 'bot' },
        conversation: {
          id: channelId,
          conversationType: 'channel',
          isGroup: true,
          ...(this.settings.tenantId ? { tenantId: this.settings.tenantId } : {}),
        },
      };
    }
    this.logger.warn(
      { channelId },
      'PROJECT_OFFICE_CHANNEL is set, but the bot has no installation in its team and PROJECT_OFFICE_SERVICE_URL is empty',
    );
    return undefined;
  }

  /** Stores the channel of `reference` as the project-office channel. */
  async choose(reference: Record<string, unknown>, chosenBy: string): Promise<Record<string, unknown>> {
    const channelReference = toChannelReference(reference);
    const conversation = channelReference.conversation as { id: string };
    const choice: StoredChoice = {
      conversationId: conversation.id,
      reference: channelReference,
      chosenBy,
      chosenAt: new Date().toISOString(),
    };
    await this.storage.write({ [OFFICE_CHANNEL_KEY]: { ...choice, eTag: '*' } });
    this.logger.info({ channelId: conversation.id, chosenBy }, 'project-office channel chosen');
    return channelReference;
  }
}
