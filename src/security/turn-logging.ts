import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { redactText } from '../privacy/redactor';

const TURN_LOGGER = Symbol('turnLogger');

/** The longest piece of message text written to a debug log (after redaction). */
const LOGGED_TEXT_CHARS = 300;

/** The logger of the current turn (with its activity id), or `fallback` outside the TurnLogging middleware. */
export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  const turnLog = context.turnState.get(TURN_LOGGER) as (() => Logger) | undefined;
  return turnLog ? turnLog() : fallback;
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
    // The child logger is made when something logs in this turn, not for every turn.
    let log: Logger | undefined;
    const turnLog = (): Logger =>
      (log ??= this.logger.child({
        activityId: activity.id,
        activityType: activity.type,
        channelId: activity.channelId,
        conversationType: activity.conversation?.conversationType,
      }));
    context.turnState.set(TURN_LOGGER, turnLog);
    if (
      this.logger.isLevelEnabled('debug') &&
      typeof activity.text === 'string' &&
      activity.text.length > 0
    ) {
      turnLog().debug(
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
    if (this.logger.isLevelEnabled('info'))
      turnLog().info({ ms: Math.round(performance.now() - started) }, 'turn handled');
  }
}
