import pino, { Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** How log lines are written: one JSON object per line (production, log collectors) or readable text (development). */
export type LogFormat = 'json' | 'pretty';

/**
 * Creates the logger; secrets and message text are never passed to it unredacted. `pretty` writes readable lines
 * (time, level, message, fields) through pino-pretty in this process, synchronously, so nothing is lost on exit;
 * the redaction is the same in both formats.
 */
export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  format: LogFormat = 'json',
): Logger {
  const stream =
    destination ??
    (format === 'pretty'
      ? pretty({
          colorize: Boolean(process.stdout.isTTY),
          translateTime: 'SYS:HH:MM:ss',
          ignore: 'pid,hostname,app',
          sync: true,
        })
      : undefined);
  return pino(
    {
      level,
      base: { app: 'helseplattformen-bot' },
      redact: {
        paths: ['req.headers.authorization', '*.password', '*.MicrosoftAppPassword', '*.PSEUDONYM_SECRET'],
        censor: '***',
      },
    },
    stream,
  );
}
