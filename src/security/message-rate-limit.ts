import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { cardLanguage } from '../bot/turn-language';
import { t } from '../i18n/catalogue';
import { type Lang, langOfLocale } from '../i18n/lang';
import type { Logger } from '../logger';
import type { RateLimit } from './rate-limit';

/** The polite reply to a user over the limit, in their language; sent once per window. */
export function rateLimitReply(secondsLeft: number, lang: Lang = 'nb'): string {
  return t(lang, 'bot.rateLimitPause', { count: Math.max(1, Math.ceil(secondsLeft)) });
}

/**
 * Adapter middleware: at most `limit.limit` messages, card submits and card actions (invokes) per user per window,
 * keyed on the user's Entra ID object id (Teams' from.id when there is none). A user over the limit gets one polite
 * reply per window (an invoke gets it as a 429 answer); further messages in that window are dropped unseen.
 */
export class MessageRateLimit implements Middleware {
  /** Users told about the limit in their current window (kept until it ends), so they are told once. */
  private readonly told = new LRUCache<string, true>({ max: 10_000, ttl: 60 * 60 * 1000 });

  constructor(
    private readonly limit: RateLimit,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const isInvoke = activity.type === ActivityTypes.Invoke;
    if (activity.type !== ActivityTypes.Message && !isInvoke) return next();
    const user = activity.from?.aadObjectId ?? activity.from?.id;
    if (!user) return next();
    const decision = await this.limit.consume(user);
    if (decision.allowed) return next();
    const firstOver = !this.told.has(user);
    if (firstOver) this.told.set(user, true, { ttl: Math.max(1000, decision.msBeforeReset) });
    this.logger.warn(
      { activityId: activity.id, limit: this.limit.limit, invoke: isInvoke, replied: firstOver || isInvoke },
      'user over the message rate limit: message ignored',
    );
    // Before the bot has read the message: the card's language for a press, else the Teams locale.
    const lang = cardLanguage(activity) ?? langOfLocale(activity.locale);
    const reply = rateLimitReply(decision.msBeforeReset / 1000, lang);
    if (isInvoke) {
      // An invoke must be answered, or Teams shows a generic failure (and botbuilder a 501).
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 429,
          body: {
            statusCode: 429,
            type: 'application/vnd.microsoft.error',
            value: { code: 'TooManyRequests', message: reply },
          },
        },
      });
    } else if (firstOver) {
      await context.sendActivity(reply);
    }
  }
}
