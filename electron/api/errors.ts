/** Error codes an operation may return. Every error crosses the boundary as `ApiError`. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_OPERATION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'LOGIN_FAILED',
  'NOT_FOUND',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'PRINT_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes any operation can return without declaring them. */
export const COMMON_ERRORS = ['VALIDATION', 'UNKNOWN_OPERATION', 'FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL'] as const;

export interface FieldIssue {
  field: string;
  message: string;
}

/** What the renderer sees of a failure: never a stack trace. `message` is zh-CN. */
export interface ApiError {
  code: ErrorCode;
  field?: string;
  message: string;
  /** Every invalid field, for forms that mark them all at once. */
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function isApiError(v: unknown): v is ApiError {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.code === 'string' && (ERROR_CODES as readonly string[]).includes(o.code) && typeof o.message === 'string'
  );
}
