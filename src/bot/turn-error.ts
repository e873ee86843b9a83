import type { TurnContext } from 'botbuilder';
import { type ErrorCode, isAppError } from '../errors';
import { type MessageKey, t } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { Logger } from '../logger';
import { turnLanguage } from './turn-language';

const SHOWN_AS_IS: Partial<Record<ErrorCode, MessageKey>> = {
  BAD_INPUT: 'bot.badInput',
  FORBIDDEN: 'bot.forbidden',
  RATE_LIMITED: 'bot.rateLimited',
};

/**
 * What the user reads when a turn fails, in the turn's language. An error the user can act on (bad input, no
 * access, too many messages) carries a message written in bokmål that names what to fix: a bokmål reader gets it
 * as it is, others the same advice in their language from the catalogue.
 */
export function turnErrorText(error: Error, lang: Lang): string {
  if (isAppError(error, 'STORE_UNAVAILABLE')) return t(lang, 'bot.storeDown');
  const key = isAppError(error) ? SHOWN_AS_IS[error.code] : undefined;
  if (key) return lang === 'nb' ? error.message : t(lang, key);
  return t(lang, 'bot.turnFailed');
}

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
    const text = turnErrorText(error, turnLanguage(context));
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
