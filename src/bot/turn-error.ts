import type { TurnContext } from 'botbuilder';
import { isAppError } from '../errors';
import type { Logger } from '../logger';

/** The one place turn errors end up: logged with the activity id, and a polite reply the user can act on. */
export function createTurnErrorHandler(
  logger: Logger,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    logger.error(
      {
        err: error,
        activityId: activity.id,
        activityType: activity.type,
        conversationType: activity.conversation?.conversationType,
      },
      'turn failed',
    );
    if (activity.type !== 'message' || context.responded) return;
    const text = isAppError(error, 'STORE_UNAVAILABLE')
      ? 'Beklager, jeg får ikke lagret akkurat nå. Prøv igjen om litt.'
      : isAppError(error) &&
          (error.code === 'BAD_INPUT' || error.code === 'FORBIDDEN' || error.code === 'RATE_LIMITED')
        ? error.message
        : 'Beklager, noe gikk galt hos meg. Prøv igjen om litt, eller skriv til prosjektkontoret hvis det gjentar seg.';
    try {
      await context.sendActivity(text);
    } catch (sendError) {
      logger.error(
        { err: sendError, activityId: activity.id },
        'could not tell the user about the failed turn',
      );
    }
  };
}
