import type { z } from 'zod';
import { findAccount } from '../../db/queries/accounts.js';
import { findOwnOrganization } from '../../db/queries/organization.js';
import {
  accessOps,
  COMMON_ERRORS,
  contract,
  isOpName,
  OFFICE_WRITE_OPS,
  ROLE_LABELS,
  roleAllows,
  type ApiError,
  type ApiResult,
  type ErrorCode,
  type OpName,
  type UserRole,
} from '../api/index.js';
import { idleMinutes } from './access/auth.js';
import { lockSession, type Session } from './access/session.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { handlers } from './handlers.js';
import { diskCause } from './outputFile.js';

export function validationError(error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0] ?? { field: '', message: '输入有误' };
  return { code: 'VALIDATION', field: first.field || undefined, message: first.message, issues };
}

/**
 * An office keeps the branches' records only as they sent them: of the operations that write,
 * it may run its own (exchange, notices, approvals, county settings, its profile) and no other.
 */
async function officeRefuses(ctx: ServiceContext, name: OpName): Promise<ApiError | null> {
  const role = contract[name].role;
  // Accounts, the lock and 操作记录 belong to the installation itself, whatever its mode.
  if (
    role === 'viewer' ||
    Object.hasOwn(accessOps, name) ||
    name.startsWith('exchange.') ||
    OFFICE_WRITE_OPS.includes(name)
  )
    return null;
  const org = await findOwnOrganization(ctx.db);
  if (org?.mode !== 'office') return null;
  return { code: 'FORBIDDEN', message: '上级党委只能查看支部的记录，不能修改；请由支部录入后随数据包报送' };
}

/** The refusal a role below an operation's declared one gets (the contract test expects exactly this). */
export function roleRefusal(role: UserRole, name: OpName): ApiError {
  return { code: 'FORBIDDEN', message: `当前账号（${ROLE_LABELS[role]}）无权进行此操作：${contract[name].summary}` };
}

/**
 * Who is calling, as of now: an interactive session idle too long is locked; a user disabled or
 * given another role since logging in is held to the account as it stands.
 */
async function currentUser(ctx: ServiceContext, session: Session) {
  if (session.kind === 'operator' || !session.user) return session.user;
  const now = ctx.clock.nowMs();
  if (now - session.lastActiveMs > (await idleMinutes(ctx)) * 60_000) {
    lockSession(session);
    return null;
  }
  const account = await findAccount(ctx.db, session.user.id);
  if (!account || account.disabled) {
    session.user = null;
    session.lockedName = null;
    return null;
  }
  session.user = { ...session.user, role: account.role };
  session.lastActiveMs = now;
  return session.user;
}

/** Access in ONE place: the operation's declared role against the session's user. */
async function accessRefuses(ctx: ServiceContext, name: OpName): Promise<ApiError | null> {
  const required = contract[name].role;
  if (required === 'public') return null;
  const user = await currentUser(ctx, ctx.session);
  if (!user)
    return {
      code: 'UNAUTHENTICATED',
      message: ctx.session.lockedName ? '已锁定，请输入密码解锁' : '请先登录',
    };
  return roleAllows(user.role, required) ? null : roleRefusal(user.role, name);
}

function declares(name: OpName, code: ErrorCode): boolean {
  return contract[name].errors.includes(code) || (COMMON_ERRORS as readonly ErrorCode[]).includes(code);
}

/** Logged in the main process only: the renderer gets a code and a Chinese sentence. */
export type ErrorLogger = (op: string, err: unknown) => void;

const defaultLogger: ErrorLogger = (op, err) => {
  console.error(`[zhibu] ${op} failed:`, err);
};

/**
 * The boundary every transport goes through: checks the operation name, who is asking (role
 * and branch/office mode), parses the input with its zod schema, runs the handler, and turns
 * any failure into a plain ApiError.
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
  try {
    const refused = (await accessRefuses(ctx, name)) ?? (await officeRefuses(ctx, name));
    if (refused) return { ok: false, error: refused };
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const run = handlers[name] as (c: ServiceContext, i: unknown) => Promise<unknown>;
    return { ok: true, value: await run(ctx, parsed.data) };
  } catch (err) {
    if (err instanceof ServiceError) {
      // The contract names every code an operation may return; a new one must be declared there.
      if (!declares(name, err.code)) log(name, new Error(`undeclared error code ${err.code}`));
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
