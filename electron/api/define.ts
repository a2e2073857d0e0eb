import type { z } from 'zod';
import type { ErrorCode } from './errors.js';

/**
 * A user's role, lowest first: 只读 (view and print), 党费经手人 (dues; reads the rest),
 * 书记/委员 (all records), 管理员 (everything, including accounts, keys and settings).
 */
export const USER_ROLES = ['viewer', 'treasurer', 'clerk', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_LABELS: Record<UserRole, string> = {
  viewer: '只读',
  treasurer: '党费经手人',
  clerk: '书记/委员',
  admin: '管理员',
};

/**
 * Who may call an operation: the lowest user role allowed (every role above it may too), or
 * 'public' for the few that run before anyone logs in (login, first admin, lock). dispatch()
 * enforces it in one place.
 */
export type Role = UserRole | 'public';

/** Whether a user of `user`'s role may run an operation declared `required`. */
export function roleAllows(user: UserRole, required: Role): boolean {
  return required === 'public' || USER_ROLES.indexOf(user) >= USER_ROLES.indexOf(required);
}

export interface OperationDef<I extends z.ZodType = z.ZodType, O = unknown> {
  summary: string;
  role: Role;
  input: I;
  errors: readonly ErrorCode[];
  /** Phantom: carries the output type; never set at runtime. */
  readonly output?: O;
}

/** Declares an operation: `op<Output>()({ summary, role, input, errors })`. */
export function op<O>() {
  return <I extends z.ZodType>(def: { summary: string; role: Role; input: I; errors: readonly ErrorCode[] }) =>
    def as OperationDef<I, O>;
}
