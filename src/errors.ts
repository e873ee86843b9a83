/** Codes for errors a user or operator can act on. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_BASE_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'STORE_LOCKED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'BAD_INPUT'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'APP_PACKAGE_INVALID';

/** An error with a code and a message written for the person who must act on it. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** True when the error is an AppError with the given code. */
export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
