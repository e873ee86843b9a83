/** A failed call to the Bot Connector: the HTTP status (undefined for network errors) and any Retry-After. */
export class MessengerError extends Error {
  constructor(
    message: string,
    /** HTTP status code, or undefined when no response came back (timeout, connection reset). */
    readonly status: number | undefined,
    /** The Retry-After header as sent (seconds or an HTTP date), when the response had one. */
    readonly retryAfter?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'MessengerError';
  }
}
