import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger';

/** The application's logger writing to memory: `lines` holds every log line, parsed, for assertions. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, sink), lines };
}
