/** A proactive message as the Bot Connector takes it (a botbuilder Partial<Activity>, as plain JSON). */
export type OutgoingActivity = Record<string, unknown>;

/**
 * The port through which the broadcast engine talks to Teams. Each call is ONE HTTP request: the engine
 * owns retries and rate limiting, so implementations must not retry on their own. Failures are thrown
 * as MessengerError (see messenger-error.ts) so the engine can tell transient from permanent ones.
 */
export interface Messenger {
  /** Posts a new message to the conversation of `reference`; returns the id Teams gave it. */
  send(reference: Record<string, unknown>, activity: OutgoingActivity): Promise<{ activityId?: string }>;
  /** Replaces the content of a message sent before. */
  update(reference: Record<string, unknown>, activityId: string, activity: OutgoingActivity): Promise<void>;
  /** Deletes a message sent before. */
  delete(reference: Record<string, unknown>, activityId: string): Promise<void>;
}
