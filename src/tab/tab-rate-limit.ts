import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../logger';
import type { RateLimit } from '../security/rate-limit';
import type { TabAuthenticator } from './tab-authenticator';

/** The tab API's path prefix: every call under it counts toward the caller's limit. */
export const TAB_API_PREFIX = '/api/tab/';

/**
 * Restify middleware for the whole tab API: a signed-in user gets at most `limit.limit` calls per window, then 429
 * with a Norwegian message and Retry-After. Calls without a valid sign-in pass on to their route, which refuses them
 * with 401, so nobody can use up someone else's limit with a made-up token.
 */
export function tabRateLimit(
  authenticator: TabAuthenticator,
  limit: RateLimit,
  logger: Logger,
): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!req.path().startsWith(TAB_API_PREFIX)) return next();
    authenticator
      .authenticate(req.header('authorization'))
      .then(
        async (user) => {
          const decision = await limit.consume(user.id);
          if (decision.allowed) return next();
          const seconds = Math.max(1, Math.ceil(decision.msBeforeReset / 1000));
          logger.warn({ url: req.path(), limit: limit.limit }, 'tab API caller over the rate limit');
          res.header('Retry-After', String(seconds));
          res.header('Cache-Control', 'no-store');
          res.send(429, {
            error: `Du har gjort mange forespørsler på kort tid. Prøv igjen om ${seconds} sekund${seconds === 1 ? '' : 'er'}.`,
            code: 'RATE_LIMITED',
          });
          return next(false);
        },
        // Not signed in: the route answers 401 as it always does.
        () => next(),
      )
      .catch((err: unknown) => next(err as Error));
  };
}
