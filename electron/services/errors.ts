import type { ErrorCode, FieldIssue } from '../api/errors.js';

/** A refusal a service raises on purpose; its message is shown to the user as is (zh-CN). */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Refuses with every field problem at once; the first names the message and field. */
export function invalid(issues: FieldIssue[]): ServiceError {
  const first = issues[0] ?? { field: '', message: '输入有误' };
  return new ServiceError('VALIDATION', first.message, first.field || undefined, issues);
}
