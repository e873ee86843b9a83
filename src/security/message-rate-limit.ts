import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../logger';

/** The polite reply to a user over the limit, in Norwegian; sent once per window. */
export function rateLimitReply(secondsLeft: number): string {
  const seconds = Math.max(1, Math.ceil(secondsLeft));
  return (
    'Du har sendt mange meldinger på kort tid, så jeg tar en liten pause. ' +
    `Prøv igjen om ${seconds} sekund${seconds === 1 ? '' : 'er'}.`
  );
}

/**
 * Adapter middleware: at most `perMinute` messages (text and card submits) per user per minute, keyed on the
 * user's Entra ID object id (Teams' from.id when there is none). A user over the limit gets one polite reply per
 * window; further messages in that window are dropped unseen.
 */
export class MessageRateLimit implements Middleware {
  // rate-limiter-flexible: maintained, expires keys itself (no growing map), and the same API has Redis/Mongo stores if the bot is scaled out.
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly perMinute: number,
    private readonly logger: Logger,
  ) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message) return next();
    const user = activity.from?.aadObjectId ?? activity.from?.id;
    if (!user) return next();
    try {
      await this.limiter.consume(user);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const firstOver = rejection.consumedPoints === this.perMinute + 1;
      this.logger.warn(
        { activityId: activity.id, limitPerMinute: this.perMinute, replied: firstOver },
        'user over the message rate limit: message ignored',
      );
      if (firstOver) await context.sendActivity(rateLimitReply(rejection.msBeforeNext / 1000));
      return;
    }
    await next();
  }
}
