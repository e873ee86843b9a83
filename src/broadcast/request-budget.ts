/**
 * Who asks for a request to Teams. `bulk`: the broadcast passes (send, edit, recall), run by the one instance that
 * holds the broadcast lease. `single`: everything any instance may send on its own (status cards, project-office
 * cards, questions to Teams about a user), which several instances may aim at one conversation at once.
 */
export type RequestKind = 'bulk' | 'single';

/**
 * The one budget of requests the app makes to Teams on its own initiative: an app-wide rate (lowered when Teams
 * answers 429, climbing back after) and Teams' limits per conversation. Every proactive request takes one turn
 * from it just before it goes out.
 */
export interface RequestBudget {
  /** Waits until one request to `conversationId` may go out, and counts it. Rejects with AbortedError on `signal`. */
  acquire(conversationId: string, signal?: AbortSignal, kind?: RequestKind): Promise<void>;
  /** Teams answered 429: lower the rate (once per burst of 429s). */
  throttled(): void;
}
