/**
 * A console conversation with the bot, over the same HTTP pipeline as Teams (no Teams needed).
 *   npm run chat                          you are user "lokal-bruker" in a personal chat
 *   ANNOUNCERS=lokal-bruker npm run chat  ... and may write announcements
 * Data goes to ./.data-chat (DATA_DIR=... or MONGODB_URI=... to choose), never to `npm start`'s ./.data; the log
 * to ./.data-chat/chat.log (warnings and errors also to stderr), so the dialogue stays readable. Cards are rendered
 * by ./chat-render.ts.
 *
 * Type a question or a command. Cards are printed as text with numbered buttons and their input fields:
 *   /2                        click button 2 of the last card
 *   /2 tittel=Hei | tekst=Ny opplæringsplan     click it with these inputs (field id=value, separated by |;
 *                             a choice field takes the option's number: audience=2)
 *   /som kari                 continue as another user (own personal chat)
 *   /avslutt                  quit
 * Messages the bot sends to other conversations (announcements, the project office channel) are printed too.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import pretty from 'pino-pretty';
import { composeApplication } from '../src/composition';
import { loadConfig } from '../src/config';
import { createLogger, type Logger } from '../src/logger';
import {
  type ChatButton,
  type ChatInput,
  expandDateTime,
  inputValues,
  renderCard,
  renderMarkdown,
} from './chat-render';
import { FakeConnector } from '../tests/support/fake-connector';

/** The console's own embedded store folder, unless DATA_DIR (or MONGODB_URI) says otherwise. */
const CHAT_DATA_DIR = './.data-chat';

/** Every button shown so far, numbered across the conversation (`/n` presses number n). */
const buttons: ChatButton[] = [];
/** The input fields of the card each button belongs to (for choice numbers). */
const inputsOf = new Map<ChatButton, ChatInput[]>();
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

function show(activity: Record<string, unknown>, where: string): void {
  const attachments = (activity.attachments as { content?: unknown }[] | undefined) ?? [];
  const lines: string[] = [];
  if (typeof activity.text === 'string' && activity.text && attachments.length === 0)
    lines.push(renderMarkdown(expandDateTime(activity.text), color));
  for (const a of attachments) {
    const card = renderCard(a.content, { color, firstButton: buttons.length + 1 });
    for (const b of card.buttons) {
      buttons.push(b);
      inputsOf.set(b, card.inputs);
    }
    lines.push(...card.lines);
  }
  const indented = lines.flatMap((l) => l.split('\n')).map((l) => `  ${l}`);
  console.log(`\n${where}\n${indented.join('\n')}`);
}

/** Where the console's logs go: a file beside its data (warnings and errors also on stderr), not the dialogue. */
function chatLogger(level: string, dataDir: string): { logger: Logger; where: string } {
  // Warnings and errors as readable lines on stderr; everything at LOG_LEVEL as JSON in the file.
  const readable = pretty({
    destination: 2,
    sync: true,
    ignore: 'pid,hostname,app',
    translateTime: 'SYS:HH:MM:ss',
  });
  if (dataDir === ':memory:' || process.env.MONGODB_URI)
    return { logger: createLogger(level === 'info' ? 'warn' : level, readable), where: 'stderr' };
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'chat.log');
  const streams = pino.multistream([
    { level: level as pino.Level, stream: pino.destination({ dest: file, sync: true }) },
    { level: 'warn', stream: readable },
  ]);
  return { logger: createLogger(level, streams), where: file };
}

async function main(): Promise<void> {
  const connector = await FakeConnector.start({ conversationLimits: [] });
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    TAB_AUTH: 'off',
    // Its own folder, so a console session never shares the embedded store with `npm start` (one process each).
    DATA_DIR: process.env.DATA_DIR ?? CHAT_DATA_DIR,
  });
  const log = chatLogger(config.LOG_LEVEL, config.DATA_DIR);
  const { app, data } = await composeApplication(config, log.logger);
  const { url } = await app.start();
  let user = 'lokal-bruker';
  const conversation = () => `a:konsoll-${user}`;
  const seen = new Map<string, number>();

  const post = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const body = await response.text();
    if (activity.type === 'invoke' && body) {
      const parsed = JSON.parse(body) as { value?: unknown; statusCode?: number };
      if (
        parsed.value &&
        typeof parsed.value === 'object' &&
        (parsed.value as { type?: string }).type === 'AdaptiveCard'
      ) {
        show({ attachments: [{ content: parsed.value }] }, '(kortet ble oppdatert)');
      } else if (typeof parsed.value === 'string') console.log(`\n(melding fra Teams) ${parsed.value}`);
      else if (parsed.value)
        console.log(`\n(svar ${parsed.statusCode ?? response.status}) ${JSON.stringify(parsed.value)}`);
    }
    await new Promise((r) => setTimeout(r, 400));
    for (const id of connector.conversationIds()) {
      const messages = connector.messages(id);
      for (const m of messages.slice(seen.get(id) ?? 0))
        if (m.activity) show(m.activity, id === conversation() ? 'Boten:' : `Boten → ${id}:`);
      seen.set(id, messages.length);
    }
  };
  const base = () => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    from: { id: `29:${user}`, name: user, aadObjectId: user },
    recipient: { id: '28:helseplattformen', name: 'Helseplattformen' },
    conversation: { id: conversation(), conversationType: 'personal', tenantId: 'lokal' },
    channelData: { tenant: { id: 'lokal' } },
    locale: 'nb-NO',
    timestamp: new Date().toISOString(),
  });
  // Teams sends the installation (and the bot its welcome) once per user, not every time the chat opens.
  const install = async () => {
    if (await data.installations.get(conversation())) return;
    await post({ ...base(), type: 'installationUpdate', action: 'add' });
  };

  console.log(
    `Helseplattformen-boten (lokal, ${url}). Skriv et spørsmål, «hjelp», eller /avslutt.\n` +
      `Data: ${config.MONGODB_URI ? 'MONGODB_URI' : config.DATA_DIR} · logg: ${log.where}`,
  );
  await install();
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '\nDu: ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/avslutt' || text === '/quit') break;
    const som = /^\/som\s+(\S+)/.exec(text);
    const click = /^\/(\d+)\s*(.*)$/.exec(text);
    if (som) {
      user = som[1]!;
      await install();
    } else if (click) {
      const button = buttons[Number(click[1]) - 1];
      if (!button) console.log('Ingen slik knapp.');
      else {
        const typed = Object.fromEntries(
          click[2]!
            .split('|')
            .map((p) => p.split('='))
            .filter((p) => p.length >= 2)
            .map(([k, ...v]) => [k!.trim(), v.join('=').trim()]),
        );
        const values = { ...(button.data ?? {}), ...inputValues(inputsOf.get(button) ?? [], typed) };
        const imBack = (values.msteams as { type?: string; value?: string } | undefined)?.type === 'imBack';
        if (button.type === 'Action.Execute') {
          await post({
            ...base(),
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb: button.verb, data: values } },
          });
        } else if (imBack) {
          await post({ ...base(), type: 'message', text: (values.msteams as { value: string }).value });
        } else await post({ ...base(), type: 'message', value: values });
      }
    } else if (text) await post({ ...base(), type: 'message', text });
    rl.prompt();
  }
  rl.close();
  await app.stop();
  await connector.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
