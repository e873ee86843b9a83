/**
 * The knowledge base in the store (MONGODB_URI, or the embedded store in DATA_DIR), from the command line:
 *
 *   npm run --silent kb -- export > kunnskap.yaml        the version in use, as YAML (the format of the seed file)
 *   npm run --silent kb -- import kunnskap.yaml [--summary "what changed"]
 *                                                       validates the file (an error names the path of each problem)
 *                                                       and publishes it as a new version
 *   npm run --silent kb -- versions                      every version, newest first
 *   npm run --silent kb -- restore <n>                   publishes version n again as a new version
 *
 * Only the data goes to stdout; logs and errors go to stderr. Running bots pick an import up within
 * KNOWLEDGE_POLL_MS. With the embedded store the bot must be stopped (only one process may open DATA_DIR).
 */
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { stringify } from 'yaml';
import { loadConfig } from '../src/config';
import { createRepositories } from '../src/data';
import { isAppError } from '../src/errors';
import { LiveKnowledge, type PublishResult } from '../src/knowledge/live-knowledge';
import { createLogger } from '../src/logger';
import { languageFileFor } from '../src/qa';
import { loadKnowledgeBase, parseKnowledgeBaseYaml } from '../src/qa/knowledge-base';
import { loadLanguageData } from '../src/qa/language-data';

const USAGE = [
  'Bruk: npm run --silent kb -- export > fil.yaml',
  '      npm run --silent kb -- import fil.yaml [--summary "hva som er endret"]',
  '      npm run --silent kb -- versions',
  '      npm run --silent kb -- restore <versjonsnummer>',
].join('\n');

/** Who a publish from the command line is recorded as. */
const COMMAND_LINE_AUTHOR = 'kommandolinje';

function reportPublish(result: PublishResult | null): void {
  if (!result) throw new Error('Fant ikke den versjonen.');
  if (result.kind === 'invalid') {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`Kunnskapsbasen er ugyldig:\n${lines}`);
  }
  if (result.kind === 'stale')
    throw new Error(`Noen publiserte versjon ${result.current} samtidig; prøv igjen.`);
  process.stderr.write(`Publisert som versjon ${result.version.number}: ${result.version.summary}\n`);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || !['export', 'import', 'versions', 'restore'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const logger = createLogger(
    config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL,
    pino.destination({ fd: 2, sync: true }),
  );
  // An import is checked before the store is opened, so a wrong file never waits for a database.
  let imported: unknown;
  let summary: string | undefined;
  if (command === 'import') {
    const file = args[0];
    if (!file) throw new Error(`Mangler filnavn.\n${USAGE}`);
    const at = args.indexOf('--summary');
    summary = at >= 0 ? args[at + 1] : `Importert fra ${file}`;
    imported = parseKnowledgeBaseYaml(readFileSync(file, 'utf8'), file);
  }
  const data = await createRepositories(config, logger);
  const knowledge = new LiveKnowledge({
    repository: data.knowledge,
    seed: loadKnowledgeBase(config.KNOWLEDGE_BASE_FILE),
    language: loadLanguageData(languageFileFor(config.KNOWLEDGE_BASE_FILE)),
    logger,
    pollMs: config.KNOWLEDGE_POLL_MS,
  });
  try {
    await knowledge.refresh();
    if (command === 'export') {
      const header = `# Kunnskapsbasen, versjon ${knowledge.version}, eksportert ${new Date().toISOString()}\n`;
      process.stdout.write(header + stringify(knowledge.knowledgeBase, { lineWidth: 0 }));
    } else if (command === 'versions') {
      for (const v of await knowledge.history(1000))
        process.stdout.write(
          `${v.number}\t${v.createdAt.toISOString()}\t${v.authorPseudonym}\t${v.summary}\n`,
        );
    } else if (command === 'import') {
      reportPublish(
        await knowledge.publish({
          expected: knowledge.version,
          knowledgeBase: imported,
          authorPseudonym: COMMAND_LINE_AUTHOR,
          summary,
        }),
      );
    } else {
      const number = Number(args[0]);
      if (!Number.isInteger(number) || number < 1) throw new Error(`Ugyldig versjonsnummer.\n${USAGE}`);
      reportPublish(await knowledge.restore(number, knowledge.version, COMMAND_LINE_AUTHOR));
    }
  } finally {
    knowledge.stop();
    await data.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${isAppError(err) || err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
