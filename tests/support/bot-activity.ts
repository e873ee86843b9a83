import { randomUUID } from 'node:crypto';
import type { TestConversation, TestUser } from './teams-people';

/** Options for a test activity: who sends it, in which conversation, and where replies go. */
export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  userId?: string;
  aadObjectId?: string;
  tenantId?: string;
  locale?: string;
  value?: Record<string, unknown>;
}

/** A Bot Framework message activity as Teams' Bot Connector posts it to /api/messages. */
export function createMessageActivity(text: string | undefined, o: ActivityOptions): Record<string, unknown> {
  const tenantId = o.tenantId ?? 'tenant-1';
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: { id: o.userId ?? '29:user-1', name: 'Kari Nordmann', aadObjectId: o.aadObjectId ?? 'aad-user-1' },
    recipient: { id: '28:bot', name: 'Helseplattformen' },
    conversation: {
      id: o.conversationId ?? 'a:conversation-1',
      conversationType: o.conversationType ?? 'personal',
      tenantId,
      ...(o.conversationType === 'channel' ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: tenantId } },
    locale: o.locale ?? 'nb-NO',
    ...(text !== undefined ? { text } : {}),
    ...(o.value ? { value: o.value } : {}),
  };
}

/** Who sends a Teams activity, where, and through which connector: see teamsActivityBase. */
export interface TeamsActivitySource {
  serviceUrl: string;
  tenantId: string;
  user: TestUser;
  conversation: TestConversation;
  /** The team a channel conversation belongs to (Teams names it in channelData). */
  team: { id: string; name?: string };
}

/**
 * The fields Teams puts on every activity it posts (id, time, sender, bot, conversation with tenant, channelData with
 * tenant, and team and channel for a channel conversation); a test adds `type` and the rest.
 */
export function teamsActivityBase(o: TeamsActivitySource): Record<string, unknown> {
  const { conversation } = o;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'nb-NO',
    from: o.user,
    recipient: { id: '28:helseplattformen-bot', name: 'Helseplattformen' },
    conversation: {
      ...conversation,
      tenantId: o.tenantId,
      ...(conversation.conversationType !== 'personal' ? { isGroup: true } : {}),
    },
    channelData: {
      tenant: { id: o.tenantId },
      // A reply or card action in a channel thread carries `;messageid=` on the conversation id, not on the channel's.
      ...(conversation.conversationType === 'channel'
        ? { team: o.team, channel: { id: conversation.id.split(';')[0] } }
        : {}),
    },
  };
}

function postToBot(botUrl: string, activity: Record<string, unknown>, headers: Record<string, string> = {}) {
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}

/** Posts an activity to the bot and returns the HTTP status. */
export async function postActivity(
  botUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<number> {
  const response = await postToBot(botUrl, activity, headers);
  await response.text();
  return response.status;
}

/** The body Teams gets back for an Action.Execute invoke. */
export interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

/** Posts an activity the bot must accept; resolves with the response (e.g. an invoke's body), fails from status 300. */
export async function postAcceptedActivity(
  botUrl: string,
  activity: Record<string, unknown>,
): Promise<Response> {
  const response = await postToBot(botUrl, activity);
  if (response.status >= 300)
    throw new Error(`POST /api/messages: ${response.status} ${await response.text()}`);
  return response;
}

/** Waits until a condition holds (polling), or fails with the message after the timeout. */
export async function waitFor<T>(
  probe: () => T | undefined | false,
  message: string,
  timeoutMs = 5000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
