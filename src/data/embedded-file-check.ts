import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** What was wrong with one line of a collection file. */
interface BadLine {
  line: number;
  cause: string;
}

/**
 * Checks a collection file of the embedded store (one JSON document per line, appended) before it is loaded.
 * A last line that is not JSON is what a crash in the middle of an append leaves: it is set aside in a copy of the
 * file (`<file>.torn-<time>`), removed, and the rest is loaded, with a warning naming the file. Any other broken line
 * is not a crash artefact, so nothing is guessed: the error names the file, the lines and the cause, and says how to
 * recover. Returns quietly when the file does not exist yet.
 */
export function checkCollectionFile(file: string, logger: Logger, now: Date = new Date()): void {
  if (!existsSync(file)) return;
  const content = readFileSync(file, 'utf8');
  const lines = content.split('\n');
  const bad: BadLine[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
    } catch (err) {
      bad.push({ line: index + 1, cause: (err as Error).message });
    }
  });
  if (bad.length === 0) return;
  let lastLine = lines.length;
  while (lastLine > 0 && lines[lastLine - 1]!.trim() === '') lastLine--;
  if (bad.length === 1 && bad[0]!.line === lastLine) {
    const copy = `${file}.torn-${now.toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(file, copy);
    writeFileSync(file, `${lines.slice(0, lastLine - 1).join('\n')}\n`);
    logger.warn(
      { file, line: lastLine, cause: bad[0]!.cause, copy },
      'embedded store: the last record of the file was cut off (a crash while writing); it was set aside and the rest loaded',
    );
    return;
  }
  const shown = bad
    .slice(0, 3)
    .map((b) => `linje ${b.line}: ${b.cause}`)
    .join('; ');
  throw new AppError(
    'STORE_UNAVAILABLE',
    `Datafilen ${file} er skadet: ${bad.length} av ${lines.filter((l) => l.trim() !== '').length} linjer er ikke ` +
      `gyldige (${shown}${bad.length > 3 ? '; …' : ''}). Stopp boten, ta en kopi av filen, og fjern eller rett de ` +
      'skadede linjene (hver linje er ett JSON-dokument); eller flytt filen bort for å starte denne samlingen tom. ' +
      'Start så boten igjen.',
    { file, badLines: bad.map((b) => b.line) },
  );
}
