/**
 * Runs the authentication matrix against the real application in production mode (NODE_ENV=production,
 * MicrosoftAppId set, the parameterized Bot Framework keys pointing at a local OpenID/JWKS server started here)
 * and prints each case's HTTP status. Offline: the bot's replies go to a local fake Bot Connector.
 *   npm run --silent security:check -- --json   → {"no_token":401,...,"valid":200}
 * Exits 1 when a status differs from the expected one, or when the valid request's reply did not arrive.
 */
import { Writable } from 'node:stream';
import { composeApplication } from '../src/composition';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { AUTH_CASES } from '../tests/security/auth-cases';
import { ChannelTokenIssuer } from '../tests/security/channel-token-issuer';
import { LocalCredentialsFactory } from '../tests/security/local-credentials-factory';
import { APP_ID, TENANT_ID, teamsActivity } from '../tests/security/running-bot';
import { FakeConnector } from '../tests/support/fake-connector';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const issuer = await ChannelTokenIssuer.start();
  const connector = await FakeConnector.start({ conversationLimits: [] });
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: ':memory:',
    LOG_LEVEL: 'warn',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'security-check-placeholder',
    PSEUDONYM_SECRET: 'security-check-pseudonym-key',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT_ID,
    ALLOWED_TENANT_IDS: TENANT_ID,
    ...issuer.settings(),
  });
  // The app's own log is not part of the result; CloudAdapter also prints every refused request to console.error.
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const consoleError = console.error;
  console.error = () => undefined;
  // The production composition, as `npm start` builds it; only the credentials for outgoing calls are local.
  const { app } = await composeApplication(config, createLogger(config.LOG_LEVEL, quiet), {
    credentialsFactory: new LocalCredentialsFactory(APP_ID),
  });
  const { port } = await app.start();

  const statuses: Record<string, number> = {};
  const problems: string[] = [];
  try {
    for (const c of AUTH_CASES) {
      connector.reset();
      const request = await c.build(issuer, APP_ID, connector.serviceUrl);
      const activity = teamsActivity(connector.serviceUrl, request.activity);
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...request.headers },
        body: JSON.stringify(activity),
      });
      statuses[c.name] = response.status;
      if (response.status !== c.expected)
        problems.push(`${c.name}: ${response.status}, expected ${c.expected}`);
      const delivered = connector.messages(String((activity.conversation as { id: string }).id)).length;
      if (c.expected === 200 && delivered === 0) problems.push(`${c.name}: the reply did not arrive`);
      if (c.expected !== 200 && connector.stats().requests > 0)
        problems.push(`${c.name}: the bot sent something`);
    }
  } finally {
    await app.stop();
    await connector.close();
    await issuer.close();
    console.error = consoleError;
  }

  if (json) process.stdout.write(`${JSON.stringify(statuses)}\n`);
  else
    for (const c of AUTH_CASES)
      process.stdout.write(`${c.name.padEnd(22)} ${statuses[c.name]} (expected ${c.expected})\n`);
  if (problems.length > 0) {
    process.stderr.write(`Sikkerhetssjekken feilet:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `security:check kunne ikke kjøre: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exitCode = 1;
});
