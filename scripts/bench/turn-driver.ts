import type { FakeConnector } from '../../tests/support/fake-connector';
import { createMessageActivity, postActivity } from '../../tests/support/bot-activity';
import type { PlannedTurn } from './turn-plan';

/** What to drive: a bot's URL, the fake connector its replies go to, and the conversations' turns. */
export interface DriveOptions {
  url: string;
  connector: FakeConnector;
  plan: PlannedTurn[][];
  /** Makes the conversation and user ids of this drive unique (e.g. "bot-1"). */
  tag: string;
  /** How long a turn may wait for its reply before it counts as failed. */
  timeoutMs: number;
}

/** What a drive measured. */
export interface DriveResult {
  turns: number;
  feedbackTurns: number;
  failed: number;
  /** From the first POST until the last reply arrived. */
  seconds: number;
  /** Per successful turn: from the POST until its first reply arrived at the connector. */
  latenciesMs: number[];
  /** The same for the feedback clicks alone. */
  feedbackLatenciesMs: number[];
  /** The first few failures, for the log. */
  errors: string[];
}

/**
 * Sends the planned turns over HTTP as Teams would (Bot Framework activities to /api/messages), all conversations at
 * once, each sending its next turn when the previous one is complete: its reply has arrived at the connector and
 * its POST has been answered. A feedback click names the answer card it was on (replyToId), as Teams does.
 */
export async function driveConversations(o: DriveOptions): Promise<DriveResult> {
  const waiting = new Map<string, (reply: { at: number; activityId: string }) => void>();
  const off = o.connector.onMessage((message) => {
    const resolve = waiting.get(message.conversationId);
    if (!resolve) return;
    waiting.delete(message.conversationId);
    resolve({ at: performance.now(), activityId: message.activityId });
  });
  const result: DriveResult = {
    turns: 0,
    feedbackTurns: 0,
    failed: 0,
    seconds: 0,
    latenciesMs: [],
    feedbackLatenciesMs: [],
    errors: [],
  };
  const fail = (error: string) => {
    result.failed += 1;
    if (result.errors.length < 5) result.errors.push(error);
  };
  const started = performance.now();
  let lastReplyAt = started;

  const converse = async (turns: PlannedTurn[], c: number) => {
    const conversationId = `a:bench-${o.tag}-${c}`;
    const who = {
      serviceUrl: o.connector.serviceUrl,
      conversationId,
      userId: `29:bench-${o.tag}-${c}`,
      aadObjectId: `bench-${o.tag}-${c}`,
    };
    let cardId: string | undefined;
    for (const turn of turns) {
      const activity =
        turn.kind === 'question'
          ? createMessageActivity(turn.text, who)
          : { ...createMessageActivity(undefined, { ...who, value: { ...turn.value } }), replyToId: cardId };
      let timer: NodeJS.Timeout | undefined;
      const reply = new Promise<{ at: number; activityId: string } | undefined>((resolve) => {
        waiting.set(conversationId, resolve);
        timer = setTimeout(() => {
          waiting.delete(conversationId);
          resolve(undefined);
        }, o.timeoutMs);
      });
      const sentAt = performance.now();
      const [status, received] = await Promise.all([
        postActivity(o.url, activity).catch((err: unknown) => String(err)),
        reply,
      ]);
      clearTimeout(timer);
      if (status !== 200 || !received) {
        fail(
          `${conversationId}: POST answered ${status}${received ? '' : `, no reply within ${o.timeoutMs} ms`}`,
        );
        continue;
      }
      result.turns += 1;
      const latencyMs = received.at - sentAt;
      result.latenciesMs.push(latencyMs);
      if (turn.kind === 'feedback') {
        result.feedbackTurns += 1;
        result.feedbackLatenciesMs.push(latencyMs);
      } else {
        cardId = received.activityId;
      }
      lastReplyAt = Math.max(lastReplyAt, received.at);
    }
  };

  try {
    await Promise.all(o.plan.map((turns, c) => converse(turns, c)));
  } finally {
    off();
  }
  result.seconds = (lastReplyAt - started) / 1000;
  return result;
}
