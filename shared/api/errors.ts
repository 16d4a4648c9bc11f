/** Errors every transport returns in the same shape: a code, a sentence, and which fields. */

export const API_ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unknown_operation', 'storage', 'cancelled', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiIssue {
  /** Dotted path of the field, e.g. `strikes.putShort` or `legs.2.expiration`; '' for the whole input. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

/** Thrown by handlers and clients; serialisable as {@link ApiErrorBody}. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];

  constructor(code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    return this.issues.length > 0 ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? []);
  }
}

/** One field is wrong: the common case in handlers' own checks. */
export function invalidField(path: string, message: string): ApiError {
  return new ApiError('invalid_input', `${path}: ${message}`, [{ path, message }]);
}

export function notFound(what: string, id: number | string): ApiError {
  return new ApiError('not_found', `${what} ${id} does not exist`);
}

/** What crosses every transport: a value or an error, never a stack trace. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.code === 'string' && (API_ERROR_CODES as readonly string[]).includes(record.code) && typeof record.message === 'string';
}
