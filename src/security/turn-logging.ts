import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { redactText } from '../privacy/redactor';

const TURN_LOGGER = Symbol('turnLogger');

/** The longest piece of message text written to a debug log (after redaction). */
const LOGGED_TEXT_CHARS = 300;

/** The logger of the current turn (with its activity id), or `fallback` outside the TurnLogging middleware. */
export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOGGER) as Logger | undefined) ?? fallback;
}

/**
 * Adapter middleware: a child logger per turn carrying the activity id, type, channel and conversation type
 * (available through `turnLogger(context)`), one info line per handled turn with its duration, and the message
 * text at debug level only after personal data is redacted. Failed turns are logged by the turn-error handler.
 */
export class TurnLogging implements Middleware {
  constructor(private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const log = this.logger.child({
      activityId: activity.id,
      activityType: activity.type,
      channelId: activity.channelId,
      conversationType: activity.conversation?.conversationType,
    });
    context.turnState.set(TURN_LOGGER, log);
    if (log.isLevelEnabled('debug') && typeof activity.text === 'string' && activity.text.length > 0) {
      log.debug(
        {
          // Redact a longer piece than is logged, so a number cut at the end of the piece is never shown in part.
          text: redactText(activity.text.slice(0, LOGGED_TEXT_CHARS * 3)).slice(0, LOGGED_TEXT_CHARS),
          textLength: activity.text.length,
        },
        'turn started',
      );
    }
    const started = performance.now();
    await next();
    log.info({ ms: Math.round(performance.now() - started) }, 'turn handled');
  }
}
