/**
 * A console conversation with the bot, over the same HTTP pipeline as Teams (no Teams needed).
 *   npm run chat                          you are user "lokal-bruker" in a personal chat
 *   ANNOUNCERS=lokal-bruker npm run chat  ... and may write announcements
 * Data goes to ./.data-chat (DATA_DIR=... or MONGODB_URI=... to choose), never to `npm start`'s ./.data.
 *
 * Type a question or a command. Cards are printed as text with numbered buttons and their input fields:
 *   /2                        click button 2 of the last card
 *   /2 tittel=Hei | tekst=Ny opplæringsplan     click it with these inputs (field id=value, separated by |)
 *   /som kari                 continue as another user (own personal chat)
 *   /avslutt                  quit
 * Messages the bot sends to other conversations (announcements, the project office channel) are printed too.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { cardText } from '../src/cards/answer-card';
import { composeApplication } from '../src/composition';
import { loadConfig } from '../src/config';
import { FakeConnector } from '../tests/support/fake-connector';

interface Button {
  type: string;
  title: string;
  data?: Record<string, unknown>;
  verb?: string;
}

const buttons: Button[] = [];

/** The console's own embedded store folder, unless DATA_DIR (or MONGODB_URI) says otherwise. */
const CHAT_DATA_DIR = './.data-chat';

function collect(node: unknown, out: { buttons: Button[]; inputs: string[] }): void {
  if (Array.isArray(node)) return node.forEach((n) => collect(n, out));
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'Action.Submit' || o.type === 'Action.Execute') {
    out.buttons.push({
      type: String(o.type),
      title: String(o.title ?? ''),
      data: o.data as Record<string, unknown>,
      verb: o.verb as string,
    });
  }
  if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
    out.inputs.push(`${o.id} (${o.type.slice(6)})`);
  for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') collect(v, out);
}

function show(activity: Record<string, unknown>, where: string): void {
  const attachments = (activity.attachments as { content?: unknown }[] | undefined) ?? [];
  const lines: string[] = [];
  if (attachments.length === 0 && typeof activity.text === 'string') lines.push(activity.text);
  for (const a of attachments) {
    const found = { buttons: [] as Button[], inputs: [] as string[] };
    collect(a.content, found);
    lines.push(cardText({ ...(a.content as object), actions: [] }).replace(/\n+/g, '\n'));
    if (found.inputs.length) lines.push(`  felt: ${found.inputs.join(', ')}`);
    for (const b of found.buttons) {
      buttons.push(b);
      lines.push(`  [/${buttons.length}] ${b.title}`);
    }
  }
  console.log(
    `\n${where}\n${lines
      .join('\n')
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')}`,
  );
}

async function main(): Promise<void> {
  const connector = await FakeConnector.start({ conversationLimits: [] });
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    TAB_AUTH: 'off',
    // Its own folder, so a console session never shares the embedded store with `npm start` (one process each).
    DATA_DIR: process.env.DATA_DIR ?? CHAT_DATA_DIR,
  });
  const { app } = await composeApplication(config, pino({ level: config.LOG_LEVEL }));
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
      } else if (parsed.value)
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
  const install = () => post({ ...base(), type: 'installationUpdate', action: 'add' });

  console.log(`Helseplattformen-boten (lokal, ${url}). Skriv et spørsmål, «hjelp», eller /avslutt.`);
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
        const inputs = Object.fromEntries(
          click[2]!
            .split('|')
            .map((p) => p.split('='))
            .filter((p) => p.length >= 2)
            .map(([k, ...v]) => [k!.trim(), v.join('=').trim()]),
        );
        const data = { ...(button.data ?? {}), ...inputs };
        const imBack = (data.msteams as { type?: string; value?: string } | undefined)?.type === 'imBack';
        if (button.type === 'Action.Execute') {
          await post({
            ...base(),
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb: button.verb, data } },
          });
        } else if (imBack) {
          await post({ ...base(), type: 'message', text: (data.msteams as { value: string }).value });
        } else await post({ ...base(), type: 'message', value: data });
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
