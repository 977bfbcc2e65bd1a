/** Stable error codes: the renderer, the CLI and HTTP clients branch on these. */
export const errorCodes = [
  'validation',
  'unknown-handler',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'locked',
  'storage-full',
  'storage-readonly',
  'busy',
  'database-damaged',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type MessageParams = Record<string, string | number>;

/** A message by its catalog key, translated where it is shown. */
export interface Message {
  key: string;
  params?: MessageParams;
}

export interface AppError {
  code: ErrorCode;
  /** Catalog key of the message, e.g. `errors.conflict.phone`. */
  key: string;
  params?: MessageParams;
  /** The message in the server's language, for logs and plain HTTP clients. */
  message: string;
  /** Field path (`phone`, `shop.name`) → what is wrong with that field. */
  fields?: Record<string, Message>;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An error before translation: what services return. The router adds `message`. */
export type Failure = Omit<AppError, 'message'>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  key: string,
  extra: Omit<Failure, 'code' | 'key'> = {},
): { ok: false; error: Failure } {
  return { ok: false, error: { code, key, ...extra } };
}
