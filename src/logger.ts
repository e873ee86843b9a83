import pino, { Logger } from 'pino';

export type { Logger };

/** Creates the JSON logger; secrets and message text are never passed to it unredacted. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'helseplattformen-bot' },
      redact: {
        paths: ['req.headers.authorization', '*.password', '*.MicrosoftAppPassword', '*.PSEUDONYM_SECRET'],
        censor: '***',
      },
    },
    destination,
  );
}
