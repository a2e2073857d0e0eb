import type { z } from 'zod';
import { findOwnOrganization } from '../../db/queries/organization.js';
import { contract, isOpName, OFFICE_WRITE_OPS, type ApiError, type ApiResult, type OpName } from '../api/index.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { handlers } from './handlers.js';
import { diskCause } from './outputFile.js';

function validationError(error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0] ?? { field: '', message: '输入有误' };
  return { code: 'VALIDATION', field: first.field || undefined, message: first.message, issues };
}

/**
 * An office keeps the branches' records only as they sent them: of the operations that write,
 * it may run its own (exchange, notices, approvals, county settings, its profile) and no other.
 */
async function officeRefuses(ctx: ServiceContext, name: OpName): Promise<ApiError | null> {
  if (contract[name].role === 'viewer' || name.startsWith('exchange.') || OFFICE_WRITE_OPS.includes(name)) return null;
  const org = await findOwnOrganization(ctx.db);
  if (org?.mode !== 'office') return null;
  return { code: 'FORBIDDEN', message: '上级党委只能查看支部的记录，不能修改；请由支部录入后随数据包报送' };
}

/** Logged in the main process only: the renderer gets a code and a Chinese sentence. */
export type ErrorLogger = (op: string, err: unknown) => void;

const defaultLogger: ErrorLogger = (op, err) => {
  console.error(`[zhibu] ${op} failed:`, err);
};

/**
 * The boundary every transport goes through: checks the operation name, parses the input
 * with its zod schema, runs the handler, and turns any failure into a plain ApiError.
 */
export async function dispatch(
  ctx: ServiceContext,
  name: unknown,
  rawInput: unknown,
  log: ErrorLogger = defaultLogger,
): Promise<ApiResult<unknown>> {
  if (!isOpName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `未知的操作：${String(name).slice(0, 60)}` } };
  }
  const def = contract[name];
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const refused = await officeRefuses(ctx, name);
    if (refused) return { ok: false, error: refused };
    const run = handlers[name] as (c: ServiceContext, i: unknown) => Promise<unknown>;
    return { ok: true, value: await run(ctx, parsed.data) };
  } catch (err) {
    if (err instanceof ServiceError) {
      const e: ApiError = { code: err.code, message: err.message };
      if (err.field) e.field = err.field;
      if (err.issues) e.issues = err.issues;
      return { ok: false, error: e };
    }
    log(name, err);
    // A full disk is the user's to fix, never an internal error (nor SQLite's English words).
    const disk = diskCause(err);
    if (disk)
      return { ok: false, error: { code: 'INTERNAL', message: `${disk}，操作未完成，数据未改动。请清理磁盘后重试` } };
    return {
      ok: false,
      error: { code: 'INTERNAL', message: '操作未能完成：程序内部出错，数据未改动。请重试，或联系技术支持' },
    };
  }
}
