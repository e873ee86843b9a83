import type { Messenger, OutgoingActivity } from '../../src/broadcast/messenger';
import { MessengerError } from '../../src/broadcast/messenger-error';

/** One call the engine made. */
export interface MessengerCall {
  operation: 'send' | 'update' | 'delete';
  conversationId: string;
  activityId?: string;
  activity?: OutgoingActivity;
  at: number;
}

/** An error for the next call to a conversation: an HTTP status (optionally with Retry-After) or a network error. */
export type ScriptedFailure = number | 'network' | { status: number; retryAfter?: string };

/**
 * An in-process Messenger for engine unit tests: records every call, answers after `latencyMs`, and fails the
 * next calls to a conversation as scripted with failNext().
 */
export class ScriptedMessenger implements Messenger {
  readonly calls: MessengerCall[] = [];
  latencyMs = 0;
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private nextId = 1;

  /** Makes the next calls to `conversationId` fail with these statuses, in order. */
  failNext(conversationId: string, ...failures: ScriptedFailure[]): void {
    this.failures.set(conversationId, [...(this.failures.get(conversationId) ?? []), ...failures]);
  }

  /** Calls of one kind, optionally to one conversation. */
  callsOf(operation: MessengerCall['operation'], conversationId?: string): MessengerCall[] {
    return this.calls.filter(
      (c) =>
        c.operation === operation && (conversationId === undefined || c.conversationId === conversationId),
    );
  }

  /** Successful sends per conversation (for "sent exactly once" checks). */
  deliveredCount(conversationId: string): number {
    return this.calls.filter(
      (c) => c.operation === 'send' && c.conversationId === conversationId && c.activityId !== undefined,
    ).length;
  }

  async send(
    reference: Record<string, unknown>,
    activity: OutgoingActivity,
  ): Promise<{ activityId?: string }> {
    const call = this.record('send', reference, activity);
    await this.answer(call);
    call.activityId = `act-${this.nextId++}`;
    return { activityId: call.activityId };
  }

  async update(
    reference: Record<string, unknown>,
    activityId: string,
    activity: OutgoingActivity,
  ): Promise<void> {
    const call = this.record('update', reference, activity);
    call.activityId = activityId;
    await this.answer(call);
  }

  async delete(reference: Record<string, unknown>, activityId: string): Promise<void> {
    const call = this.record('delete', reference);
    call.activityId = activityId;
    await this.answer(call);
  }

  private record(
    operation: MessengerCall['operation'],
    reference: Record<string, unknown>,
    activity?: OutgoingActivity,
  ): MessengerCall {
    const conversationId = String((reference.conversation as { id?: unknown } | undefined)?.id);
    const call: MessengerCall = { operation, conversationId, activity, at: Date.now() };
    this.calls.push(call);
    return call;
  }

  private async answer(call: MessengerCall): Promise<void> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const queue = this.failures.get(call.conversationId);
    const failure = queue?.shift();
    if (failure === undefined) return;
    const { status, retryAfter } =
      failure === 'network'
        ? { status: undefined, retryAfter: undefined }
        : typeof failure === 'number'
          ? { status: failure, retryAfter: undefined }
          : failure;
    const error = new MessengerError(`scripted ${status ?? 'network error'}`, status, retryAfter);
    if (call.operation === 'send') call.activityId = undefined;
    throw error;
  }
}
