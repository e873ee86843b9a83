/**
 * A fake Bot Connector (the Teams side of a bot) on localhost, for tests and benchmarks.
 *
 * Point a conversation reference's serviceUrl at `connector.serviceUrl` and the bot's messages land here:
 *
 *   const connector = await FakeConnector.start({ globalLimit: { ratePerSecond: 30 } });
 *   ... send proactively or reply through botbuilder ...
 *   connector.messages('a:conv-1')   // what that conversation received, in order
 *   connector.received('a:conv-1')   // how many messages it received
 *   connector.stats()                 // request counters (throttled, faulted, ...)
 *   await connector.close();
 *
 * Routes (Bot Framework REST API v3): POST /v3/conversations (create), POST /v3/conversations/{id}/activities
 * (send), POST /v3/conversations/{id}/activities/{activityId} (reply), PUT and DELETE
 * /v3/conversations/{id}/activities/{activityId}. Authentication is not checked.
 *
 * Limits like Teams': a global token bucket (off unless `globalLimit` is given) and per-conversation sliding
 * windows (7 per second by default); a request over a limit gets 429 with Retry-After and uses no budget.
 * Faults: `faults` rules inject errors (429, 503, 403, 404, ...) at a rate, for given conversations or
 * operations; an injected fault is answered after the limits, so it uses budget like a real failed request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a request asked the connector to do. */
export type ConnectorOperation = 'send' | 'reply' | 'update' | 'delete' | 'createConversation';

/** A rule that makes the connector answer with an error instead of doing the work. */
export interface FaultRule {
  /** HTTP status to answer with, e.g. 429, 503, 403, 404. */
  status: number;
  /** Chance per matching request, 0..1 (default 1: every matching request). */
  rate?: number;
  /** Only these conversations (default: all). */
  conversationIds?: string[];
  /** Only these operations (default: all). */
  operations?: ConnectorOperation[];
  /** Retry-After header to send with the fault (seconds or an HTTP date). */
  retryAfter?: string;
  /** Stop after injecting this many (default: no end). */
  times?: number;
}

/** At most `limit` requests in any `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Options of FakeConnector.start. */
export interface FakeConnectorOptions {
  /** Global token bucket: refills ratePerSecond, holds `burst` (default ratePerSecond / 10, at least 1). Off when absent. */
  globalLimit?: { ratePerSecond: number; burst?: number };
  /** Per-conversation sliding windows; default [{ limit: 7, windowMs: 1000 }]; [] turns them off. */
  conversationLimits?: RateWindow[];
  /** Injected faults, checked in order; the first that fires answers the request. */
  faults?: FaultRule[];
  /** Delay before each answer, in ms (default 0). */
  latencyMs?: number;
  /** Seed of the fault dice, so runs repeat (default 1). */
  seed?: number;
  /** Keep (and parse) the activity JSON of each message (default true; benchmarks turn it off to save memory and CPU). */
  keepBodies?: boolean;
  /**
   * Keep each message (default true). Off, only a count per conversation is kept, so a benchmark's memory is the
   * bot's, not this stand-in's: received() still tells losses and duplicates apart; messages() throws, and edits
   * and deletions are accepted for any activity id.
   */
  keepMessages?: boolean;
  /** Port to listen on (default: any free port). */
  port?: number;
  /** Keep the time and target of every request, throttled ones included (requests(); default false). */
  recordRequests?: boolean;
}

/** One request that reached the connector, as requests() lists it. */
export interface RecordedRequest {
  conversationId: string;
  operation: ConnectorOperation;
  /** When it arrived (ms since epoch). */
  at: number;
}

/** One message a conversation received. */
export interface ReceivedMessage {
  conversationId: string;
  activityId: string;
  /** The activity as last sent or updated (undefined when keepBodies is off). */
  activity?: Record<string, unknown>;
  /** Set for replies. */
  replyToId?: string;
  /** How many times it was updated (PUT). */
  updates: number;
  deleted: boolean;
  receivedAt: number;
}

/** Request counters. `admitted` = within the limits (injected faults included); byOperation counts successes. */
export interface FakeConnectorStats {
  requests: number;
  admitted: number;
  throttled: number;
  faulted: number;
  succeeded: number;
  byOperation: Record<ConnectorOperation, number>;
  /** Time of the first and last admitted request (ms since epoch), for achieved-rate figures. */
  firstAdmittedAt?: number;
  lastAdmittedAt?: number;
}

/** A small seeded PRNG (mulberry32), so fault injection is repeatable. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function emptyStats(): FakeConnectorStats {
  return {
    requests: 0,
    admitted: 0,
    throttled: 0,
    faulted: 0,
    succeeded: 0,
    byOperation: { send: 0, reply: 0, update: 0, delete: 0, createConversation: 0 },
  };
}

interface Route {
  operation: ConnectorOperation;
  conversationId: string;
  activityId?: string;
}

function route(method: string, path: string): Route | undefined {
  const create = /\/v3\/conversations\/?$/.exec(path);
  if (create && method === 'POST') return { operation: 'createConversation', conversationId: '' };
  const m = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/.exec(path);
  if (!m) return undefined;
  const conversationId = decodeURIComponent(m[1] ?? '');
  const activityId = m[2] !== undefined ? decodeURIComponent(m[2]) : undefined;
  if (method === 'POST')
    return { operation: activityId === undefined ? 'send' : 'reply', conversationId, activityId };
  if (method === 'PUT' && activityId !== undefined)
    return { operation: 'update', conversationId, activityId };
  if (method === 'DELETE' && activityId !== undefined)
    return { operation: 'delete', conversationId, activityId };
  return undefined;
}

/** A fake Bot Connector over HTTP on 127.0.0.1; see the file comment for how to use it. */
export class FakeConnector {
  private readonly conversations = new Map<string, ReceivedMessage[]>();
  /** Messages per conversation when messages are not kept. */
  private readonly counts = new Map<string, number>();
  private readonly byActivityId = new Map<string, ReceivedMessage>();
  private readonly windows = new Map<string, number[]>();
  private readonly random: () => number;
  private readonly faultCounts = new Map<FaultRule, number>();
  private readonly listeners = new Set<(message: ReceivedMessage) => void>();
  private faults: FaultRule[];
  private counters = emptyStats();
  private tokens: number;
  private refilledAt = Date.now();
  /** When rate windows that no longer hold a request were last forgotten. */
  private sweptAt = Date.now();
  private nextId = 1;
  private readonly recorded: RecordedRequest[] = [];

  private constructor(
    private readonly server: Server,
    /** Base URL to use as serviceUrl in conversation references, with a trailing slash. */
    readonly serviceUrl: string,
    private readonly options: FakeConnectorOptions,
  ) {
    this.random = seededRandom(options.seed ?? 1);
    this.faults = options.faults ?? [];
    this.tokens = this.burst();
  }

  /** Starts a connector on 127.0.0.1. */
  static async start(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
    const holder: { connector?: FakeConnector } = {};
    const server = createServer((req, res) => {
      void holder.connector?.handle(req, res);
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.connector = new FakeConnector(server, `http://127.0.0.1:${port}/`, options);
    return holder.connector;
  }

  /** Every request that reached the connector, in order of arrival (only with `recordRequests`). */
  requests(): RecordedRequest[] {
    return [...this.recorded];
  }

  /** Messages a conversation received (sends and replies), oldest first; deleted ones are kept, flagged. */
  messages(conversationId: string): ReceivedMessage[] {
    if (!this.keepsMessages()) throw new Error('fake connector: messages are not kept (keepMessages: false)');
    return [...(this.conversations.get(conversationId) ?? [])];
  }

  /** How many messages a conversation received (sends and replies). */
  received(conversationId: string): number {
    return this.keepsMessages()
      ? (this.conversations.get(conversationId)?.length ?? 0)
      : (this.counts.get(conversationId) ?? 0);
  }

  /** Every conversation that received at least one message. */
  conversationIds(): string[] {
    return [...(this.keepsMessages() ? this.conversations : this.counts).keys()];
  }

  /** Every message, conversation by conversation. */
  *allMessages(): IterableIterator<ReceivedMessage> {
    if (!this.keepsMessages()) throw new Error('fake connector: messages are not kept (keepMessages: false)');
    for (const list of this.conversations.values()) yield* list;
  }

  /** A message by its activity id. */
  message(activityId: string): ReceivedMessage | undefined {
    return this.byActivityId.get(activityId);
  }

  /** A copy of the request counters. */
  stats(): FakeConnectorStats {
    return structuredClone(this.counters);
  }

  /** Replaces the fault rules (e.g. to make a conversation fail from now on). */
  setFaults(faults: FaultRule[]): void {
    this.faults = faults;
    this.faultCounts.clear();
  }

  /** Calls `listener` for each new message; returns a function that removes it. */
  onMessage(listener: (message: ReceivedMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when `conversationId` has at least `count` messages; rejects after `timeoutMs`. */
  waitForMessages(conversationId: string, count: number, timeoutMs = 5000): Promise<ReceivedMessage[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const list = this.messages(conversationId);
        if (list.length < count) return false;
        clearTimeout(timer);
        off();
        resolve(list);
        return true;
      };
      const timer = setTimeout(() => {
        off();
        reject(
          new Error(
            `fake connector: ${conversationId} got ${this.messages(conversationId).length} of ${count} messages`,
          ),
        );
      }, timeoutMs);
      const off = this.onMessage(() => {
        check();
      });
      check();
    });
  }

  /** Forgets every message, counter and rate window. */
  reset(): void {
    this.recorded.length = 0;
    this.conversations.clear();
    this.counts.clear();
    this.byActivityId.clear();
    this.windows.clear();
    this.faultCounts.clear();
    this.counters = emptyStats();
    this.tokens = this.burst();
    this.refilledAt = Date.now();
  }

  /** Stops listening and closes open connections. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private keepsMessages(): boolean {
    return this.options.keepMessages !== false;
  }

  private burst(): number {
    const limit = this.options.globalLimit;
    return limit ? (limit.burst ?? Math.max(1, Math.ceil(limit.ratePerSecond / 10))) : 0;
  }

  /** Seconds until the global bucket has a token, or undefined when one is there (and takes it). */
  private takeGlobalToken(now: number): number | undefined {
    const limit = this.options.globalLimit;
    if (!limit) return undefined;
    this.tokens = Math.min(
      this.burst(),
      this.tokens + ((now - this.refilledAt) / 1000) * limit.ratePerSecond,
    );
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return undefined;
    }
    return (1 - this.tokens) / limit.ratePerSecond;
  }

  /** Seconds until the conversation is under all its windows, or undefined when it is (and counts the request). */
  private takeConversationSlot(conversationId: string, now: number): number | undefined {
    const limits = this.options.conversationLimits ?? [{ limit: 7, windowMs: 1000 }];
    if (limits.length === 0 || conversationId === '') return undefined;
    const longest = Math.max(...limits.map((l) => l.windowMs));
    this.forgetIdleWindows(now, longest);
    const stamps = (this.windows.get(conversationId) ?? []).filter((t) => t > now - longest);
    let waitMs = 0;
    for (const { limit, windowMs } of limits) {
      const inWindow = stamps.filter((t) => t > now - windowMs);
      if (inWindow.length >= limit)
        waitMs = Math.max(waitMs, (inWindow[inWindow.length - limit] ?? now) + windowMs - now);
    }
    if (waitMs > 0) {
      this.windows.set(conversationId, stamps);
      return waitMs / 1000;
    }
    stamps.push(now);
    this.windows.set(conversationId, stamps);
    return undefined;
  }

  /** Now and then drops the windows of conversations with no request in the longest window (they limit nothing). */
  private forgetIdleWindows(now: number, longest: number): void {
    if (now - this.sweptAt < 10 * longest) return;
    this.sweptAt = now;
    for (const [id, stamps] of this.windows) {
      if ((stamps[stamps.length - 1] ?? 0) <= now - longest) this.windows.delete(id);
    }
  }

  private pickFault(r: Route): FaultRule | undefined {
    for (const rule of this.faults) {
      if (rule.conversationIds && !rule.conversationIds.includes(r.conversationId)) continue;
      if (rule.operations && !rule.operations.includes(r.operation)) continue;
      const used = this.faultCounts.get(rule) ?? 0;
      if (rule.times !== undefined && used >= rule.times) continue;
      if (this.random() >= (rule.rate ?? 1)) continue;
      this.faultCounts.set(rule, used + 1);
      return rule;
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const r = route(req.method ?? 'GET', path);
    this.counters.requests += 1;
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    if (!r) {
      this.reply(res, 404, { error: { code: 'NotFound', message: `no route ${req.method} ${path}` } });
      return;
    }
    const now = Date.now();
    if (this.options.recordRequests)
      this.recorded.push({ conversationId: r.conversationId, operation: r.operation, at: now });
    const waitSeconds = this.takeGlobalToken(now) ?? this.takeConversationSlot(r.conversationId, now);
    if (waitSeconds !== undefined) {
      this.counters.throttled += 1;
      this.reply(
        res,
        429,
        { error: { code: 'TooManyRequests', message: 'rate limit exceeded' } },
        {
          'Retry-After': String(Math.max(1, Math.ceil(waitSeconds))),
        },
      );
      return;
    }
    this.counters.admitted += 1;
    this.counters.firstAdmittedAt ??= now;
    this.counters.lastAdmittedAt = now;
    const fault = this.pickFault(r);
    if (fault) {
      this.counters.faulted += 1;
      this.reply(
        res,
        fault.status,
        { error: { code: 'InjectedFault', message: `injected ${fault.status}` } },
        fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {},
      );
      return;
    }
    let body: Record<string, unknown> = {};
    // Without kept bodies only a new conversation's first activity is read. Skipping the parse keeps this stand-in
    // for Teams' servers from charging the machine for the size of a bot's replies (benchmarks share its cores).
    const needsBody = this.options.keepBodies !== false || r.operation === 'createConversation';
    if (needsBody && chunks.length > 0) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        this.reply(res, 400, { error: { code: 'BadSyntax', message: 'body is not JSON' } });
        return;
      }
    }
    this.perform(r, body, res, now);
  }

  private perform(r: Route, body: Record<string, unknown>, res: ServerResponse, now: number): void {
    switch (r.operation) {
      case 'createConversation': {
        const conversationId = `a:fake-${this.nextId++}`;
        if (this.keepsMessages()) this.conversations.set(conversationId, []);
        const initial = body.activity as Record<string, unknown> | undefined;
        const activityId = initial
          ? this.record(conversationId, initial, undefined, now).activityId
          : undefined;
        this.succeed(res, r.operation, 201, { id: conversationId, activityId });
        return;
      }
      case 'send':
      case 'reply': {
        const message = this.record(
          r.conversationId,
          body,
          r.operation === 'reply' ? r.activityId : undefined,
          now,
        );
        this.succeed(res, r.operation, 201, { id: message.activityId });
        return;
      }
      case 'update':
      case 'delete': {
        if (!this.keepsMessages()) {
          this.succeed(res, r.operation, 200, r.operation === 'update' ? { id: r.activityId } : {});
          return;
        }
        const message = r.activityId !== undefined ? this.byActivityId.get(r.activityId) : undefined;
        if (!message || message.conversationId !== r.conversationId || message.deleted) {
          this.reply(res, 404, { error: { code: 'ActivityNotFound', message: 'no such activity' } });
          return;
        }
        if (r.operation === 'update') {
          message.updates += 1;
          if (this.options.keepBodies !== false) message.activity = body;
        } else {
          message.deleted = true;
        }
        this.succeed(res, r.operation, 200, r.operation === 'update' ? { id: message.activityId } : {});
        return;
      }
    }
  }

  private record(
    conversationId: string,
    activity: Record<string, unknown>,
    replyToId: string | undefined,
    now: number,
  ): ReceivedMessage {
    const message: ReceivedMessage = {
      conversationId,
      activityId: `${now}-${this.nextId++}`,
      activity: this.options.keepBodies === false ? undefined : activity,
      replyToId,
      updates: 0,
      deleted: false,
      receivedAt: now,
    };
    if (!this.keepsMessages()) {
      this.counts.set(conversationId, (this.counts.get(conversationId) ?? 0) + 1);
      for (const listener of this.listeners) listener(message);
      return message;
    }
    let list = this.conversations.get(conversationId);
    if (!list) {
      list = [];
      this.conversations.set(conversationId, list);
    }
    list.push(message);
    this.byActivityId.set(message.activityId, message);
    for (const listener of this.listeners) listener(message);
    return message;
  }

  private succeed(
    res: ServerResponse,
    operation: ConnectorOperation,
    status: number,
    body: Record<string, unknown>,
  ): void {
    this.counters.succeeded += 1;
    this.counters.byOperation[operation] += 1;
    this.reply(res, status, body);
  }

  private reply(
    res: ServerResponse,
    status: number,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }
}
