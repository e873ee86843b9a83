import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { Messenger, OutgoingActivity } from './messenger';
import { MessengerError } from './messenger-error';

/** Name of the retry policy @azure/core-client puts in every ConnectorClient pipeline (3 retries by default). */
const AZURE_RETRY_POLICY = 'defaultRetryPolicy';

interface PipelineLike {
  removePolicy(options: { name: string }): unknown[];
}

/** What botbuilder throws when Teams refuses a request (a RestError from @azure/core-rest-pipeline). */
interface ConnectorFailure {
  statusCode?: unknown;
  message?: unknown;
  response?: { status?: unknown; headers?: { get?: (name: string) => string | undefined } };
}

/** The HTTP status Teams answered with, when `err` carries one. */
export function statusOf(err: unknown): number | undefined {
  if (err instanceof MessengerError) return err.status;
  const e = (err ?? {}) as ConnectorFailure;
  return typeof e.statusCode === 'number'
    ? e.statusCode
    : typeof e.response?.status === 'number'
      ? e.response.status
      : undefined;
}

/** Reads the status and Retry-After from what botbuilder throws. */
function toMessengerError(err: unknown): MessengerError {
  if (err instanceof MessengerError) return err;
  const e = (err ?? {}) as ConnectorFailure;
  const status = statusOf(err);
  const retryAfter =
    typeof e.response?.headers?.get === 'function' ? e.response.headers.get('retry-after') : undefined;
  const message = typeof e.message === 'string' ? e.message : 'Bot Connector request failed';
  return new MessengerError(message, status, retryAfter ?? undefined, err);
}

/**
 * The production Messenger: proactive messages through botbuilder's CloudAdapter.continueConversationAsync.
 *
 * Retries are NOT multiplied: botbuilder's ConnectorClient (via @azure/core-client) carries a default retry
 * policy (up to 3 retries on 429/5xx/network errors, invisible to our rate limiter). The engine owns retries,
 * so that policy is removed from the pipeline of each ConnectorClient this messenger uses (a fresh client is
 * created per continueConversationAsync call, so the bot's own replies are not affected). If a future botbuilder
 * changes this so the policy cannot be found, a warning is logged once; retries would then be up to 4x.
 */
export class TeamsMessenger implements Messenger {
  private warnedAboutRetries = false;

  constructor(
    private readonly adapter: CloudAdapter,
    /** MicrosoftAppId of the bot ('' when authentication is off, locally). */
    private readonly appId: string,
    private readonly logger: Logger,
  ) {}

  async send(
    reference: Record<string, unknown>,
    activity: OutgoingActivity,
  ): Promise<{ activityId?: string }> {
    let activityId: string | undefined;
    await this.run(reference, async (context) => {
      const response = await context.sendActivity(activity);
      activityId = response?.id;
    });
    return { activityId };
  }

  async update(
    reference: Record<string, unknown>,
    activityId: string,
    activity: OutgoingActivity,
  ): Promise<void> {
    await this.run(reference, async (context) => {
      await context.updateActivity({ ...activity, id: activityId });
    });
  }

  async delete(reference: Record<string, unknown>, activityId: string): Promise<void> {
    await this.run(reference, async (context) => {
      await context.deleteActivity(activityId);
    });
  }

  /**
   * Runs one proactive request and throws Teams' answer when it fails. The error is caught INSIDE the turn logic and
   * rethrown after continueConversationAsync returns: the app's adapter has an onTurnError that handles (and so
   * swallows) every error of a turn, proactive ones included, which would make a refused send look like a success.
   * A turn whose logic never ran (a middleware that stopped it) is a failure too: nothing reached Teams.
   */
  private async run(
    reference: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    let ran = false;
    let failure: { error: unknown } | undefined;
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        ran = true;
        this.disableConnectorRetries(context);
        try {
          await logic(context);
        } catch (err) {
          failure = { error: err };
        }
      });
    } catch (err) {
      failure ??= { error: err };
    }
    if (failure) throw toMessengerError(failure.error);
    if (!ran) throw new MessengerError('the proactive turn was stopped before it reached Teams', undefined);
  }

  private disableConnectorRetries(context: TurnContext): void {
    const connector = context.turnState.get(this.adapter.ConnectorClientKey) as
      { client?: { pipeline?: PipelineLike } } | undefined;
    const pipeline = connector?.client?.pipeline;
    const removed = pipeline ? pipeline.removePolicy({ name: AZURE_RETRY_POLICY }) : [];
    if (removed.length === 0 && !this.warnedAboutRetries) {
      this.warnedAboutRetries = true;
      this.logger.warn(
        'could not turn off the Bot Connector client retry policy; Teams errors may be retried up to 4 times per attempt',
      );
    }
  }
}
