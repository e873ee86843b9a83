import { randomUUID } from 'node:crypto';

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

/** Posts an activity to the bot and returns the HTTP status. */
export async function postActivity(
  botUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<number> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  await response.text();
  return response.status;
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
