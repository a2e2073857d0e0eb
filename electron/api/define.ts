import type { z } from 'zod';
import type { ErrorCode } from './errors.js';

/**
 * Who may call an operation once accounts exist: viewer reads, clerk keeps records,
 * admin changes the installation (setup, keys, backups). Declared now so none is missed.
 */
export type Role = 'viewer' | 'clerk' | 'admin';

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
