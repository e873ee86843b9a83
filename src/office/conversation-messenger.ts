import type { Activity, BotAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { RequestBudget } from '../broadcast/request-budget';
import { statusOf } from '../broadcast/teams-messenger';

/** A message to post or write over: the text for notifications and one card. */
export type OutgoingMessage = Partial<Activity>;

/**
 * Sends and updates messages in other conversations than the current turn's (the project-office channel, the
 * asker's chat) through `adapter.continueConversationAsync`. Errors are rethrown to the caller: botbuilder
 * would otherwise hand them to the turn-error handler and carry on as if the message had gone out.
 */
export class ConversationMessenger {
  constructor(
    private readonly adapter: BotAdapter,
    /** The bot's app id (empty when authentication is off, for local use). */
    private readonly appId: string,
    /** The app's budget of requests to Teams; each message waits for its turn (none: sent at once). */
    private readonly budget?: RequestBudget,
  ) {}

  /** Posts a new message to the conversation of `reference`; resolves with the id Teams gave it. */
  async send(reference: Record<string, unknown>, message: OutgoingMessage): Promise<string | undefined> {
    let id: string | undefined;
    await this.within(reference, async (context) => {
      id = (await context.sendActivity(message))?.id;
    });
    return id;
  }

  /** Writes over a message sent before in the conversation of `reference`. */
  async update(
    reference: Record<string, unknown>,
    activityId: string,
    message: OutgoingMessage,
  ): Promise<void> {
    await this.within(reference, async (context) => {
      await context.updateActivity({ ...message, type: 'message', id: activityId });
    });
  }

  private async within(
    reference: Record<string, unknown>,
    work: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const conversationId = (reference.conversation as { id?: unknown } | undefined)?.id;
    await this.budget?.acquire(typeof conversationId === 'string' ? conversationId : '', undefined, 'single');
    let failure: unknown;
    let ran = false;
    await this.adapter.continueConversationAsync(
      this.appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        ran = true;
        try {
          await work(context);
        } catch (err) {
          failure = err;
        }
      },
    );
    if (failure !== undefined) {
      if (statusOf(failure) === 429) this.budget?.throttled();
      throw failure;
    }
    if (!ran) throw new Error('the proactive turn did not run');
  }
}
