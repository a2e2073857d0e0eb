import { appendAudit } from '../../../db/queries/audit.js';
import {
  countAccounts,
  findAccount,
  findAccountByName,
  insertAccount,
  updateAccount,
  type AccountRow,
} from '../../../db/queries/accounts.js';
import { getMeta } from '../../../db/queries/localMeta.js';
import { DEFAULT_IDLE_MINUTES, type AuthStatus, type SessionUser } from '../../api/access.js';
import type { ParsedInput } from '../../api/index.js';
import { KeyBackupError, verifyKeyBackup } from '../../sync/keyBackup.js';
import { healPasswordSlot, withPasswordSlot } from '../cipher/accountSlots.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { hashPassword, passwordMatches, retryDelaySeconds } from './passwords.js';
import { lockSession, sessionActor } from './session.js';

export const IDLE_MINUTES_KEY = 'lock_idle_minutes';
const WRONG_LOGIN = '用户名或密码不正确';

export async function idleMinutes(ctx: ServiceContext): Promise<number> {
  const stored = Number(await getMeta(ctx.db, IDLE_MINUTES_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_IDLE_MINUTES;
}

function nowIso(ctx: ServiceContext): string {
  return new Date(ctx.clock.nowMs()).toISOString();
}

/** A new, enabled account with its own salted password hash. */
export async function newAccountRow(
  ctx: ServiceContext,
  name: string,
  role: AccountRow['role'],
  password: string,
): Promise<AccountRow> {
  const { salt, hash } = await hashPassword(password);
  const now = nowIso(ctx);
  return {
    id: ctx.ids(),
    name,
    role,
    salt,
    password_hash: hash,
    disabled: 0,
    failed_attempts: 0,
    retry_at_ms: 0,
    created_at: now,
    updated_at: now,
  };
}

export function audit(
  ctx: ServiceContext,
  action: string,
  extra: { table?: string; rowId?: string; changes?: Record<string, [unknown, unknown]>; note?: string } = {},
): Promise<void> {
  return appendAudit(ctx.db, { at: nowIso(ctx), actor: sessionActor(ctx.session), action, ...extra });
}

function userOf(a: AccountRow): SessionUser {
  return { id: a.id, name: a.name, role: a.role };
}

function logIn(ctx: ServiceContext, user: SessionUser): void {
  ctx.session.user = user;
  ctx.session.lockedName = null;
  ctx.session.lastActiveMs = ctx.clock.nowMs();
}

export async function authStatus(ctx: ServiceContext): Promise<AuthStatus> {
  return {
    needsAdmin: (await countAccounts(ctx.db)) === 0,
    user: ctx.session.user,
    lockedName: ctx.session.user ? null : ctx.session.lockedName,
    idleMinutes: await idleMinutes(ctx),
  };
}

/** The first account, only while there is none: a fresh installation, or one from before accounts. */
export async function setupAdmin(ctx: ServiceContext, input: ParsedInput<'auth.setupAdmin'>): Promise<SessionUser> {
  const row = await newAccountRow(ctx, input.name, 'admin', input.password);

  await withPasswordSlot(ctx, row, { plain: input.password, salt: row.salt }, async () => {
    const created = await ctx.db.transaction().execute(async (tx) => {
      if ((await countAccounts(tx)) > 0) return false;
      await insertAccount(tx, row);
      return true;
    });
    if (!created) throw new ServiceError('ALREADY_SET_UP', '管理员账号已经建立，请登录');
  });
  logIn(ctx, userOf(row));
  await audit(ctx, 'account.create', { table: 'account', rowId: row.id, changes: { role: [null, 'admin'] } });
  return userOf(row);
}

/**
 * A wrong password pushes the next try 1 s, 2 s, 4 s … (at most 60 s) away: slow for guessing,
 * but the only 管理员 is never locked out for good. The wait is kept in the file, so restarting
 * the app does not reset it.
 */
export async function login(ctx: ServiceContext, input: ParsedInput<'auth.login'>): Promise<SessionUser> {
  const account = await findAccountByName(ctx.db, input.name);
  if (!account) throw new ServiceError('LOGIN_FAILED', WRONG_LOGIN, 'name');
  if (account.disabled) throw new ServiceError('LOGIN_FAILED', '该账号已停用，请联系管理员', 'name');
  const now = ctx.clock.nowMs();
  if (now < account.retry_at_ms) {
    const wait = Math.ceil((account.retry_at_ms - now) / 1000);
    throw new ServiceError('LOGIN_FAILED', `密码错误次数较多，请 ${wait} 秒后再试`, 'password');
  }
  if (!(await passwordMatches(input.password, { salt: account.salt, hash: account.password_hash }))) {
    const failed = account.failed_attempts + 1;
    const delay = retryDelaySeconds(failed);
    await updateAccount(ctx.db, account.id, { failed_attempts: failed, retry_at_ms: now + delay * 1000 });
    await appendAudit(ctx.db, {
      at: nowIso(ctx),
      actor: { userId: account.id, name: account.name },
      action: 'login.failed',
      note: `第 ${failed} 次密码错误`,
    });
    throw new ServiceError('LOGIN_FAILED', `密码不正确，请 ${delay} 秒后再试`, 'password');
  }
  await updateAccount(ctx.db, account.id, { failed_attempts: 0, retry_at_ms: 0 });
  await healPasswordSlot(ctx, account, input.password);
  logIn(ctx, userOf(account));
  await audit(ctx, 'login');
  return userOf(account);
}

export async function lock(ctx: ServiceContext): Promise<null> {
  if (!ctx.session.user || ctx.session.kind === 'operator') return null;
  await audit(ctx, 'lock');
  lockSession(ctx.session);
  return null;
}

export async function logout(ctx: ServiceContext): Promise<null> {
  if (!ctx.session.user || ctx.session.kind === 'operator') return null;
  await audit(ctx, 'logout');
  ctx.session.user = null;
  ctx.session.lockedName = null;
  return null;
}

/**
 * A forgotten 管理员 password: whoever holds this installation's key backup and its passphrase
 * owns the installation, so they may set a new one. Nothing changes when the backup does not open.
 */
export async function recoverAdmin(ctx: ServiceContext, input: ParsedInput<'auth.recover'>): Promise<null> {
  const account = await findAccountByName(ctx.db, input.name);
  if (!account || account.role !== 'admin') throw new ServiceError('NOT_FOUND', '没有这个管理员账号', 'name');
  try {
    await verifyKeyBackup(ctx.db, Buffer.from(input.keyBackupBase64, 'base64'), input.passphrase);
  } catch (err) {
    if (!(err instanceof KeyBackupError)) throw err;
    if (err.code === 'NOT_SET_UP') throw new ServiceError('NOT_SET_UP', '尚未完成首次设置，没有密钥备份可用来找回密码');
    await appendAudit(ctx.db, {
      at: nowIso(ctx),
      actor: { userId: account.id, name: account.name },
      action: 'recover.failed',
    });
    throw new ServiceError('LOGIN_FAILED', err.message, 'passphrase');
  }
  const { salt, hash } = await hashPassword(input.newPassword);
  await withPasswordSlot(ctx, account, { plain: input.newPassword, salt }, () =>
    updateAccount(ctx.db, account.id, {
      salt,
      password_hash: hash,
      disabled: 0,
      failed_attempts: 0,
      retry_at_ms: 0,
      updated_at: nowIso(ctx),
    }),
  );
  await appendAudit(ctx.db, {
    at: nowIso(ctx),
    actor: { userId: account.id, name: account.name },
    action: 'recover',
    table: 'account',
    rowId: account.id,
    note: '用密钥备份重设了管理员密码',
  });
  return null;
}

export async function changeOwnPassword(ctx: ServiceContext, input: ParsedInput<'auth.changePassword'>): Promise<null> {
  const user = ctx.session.user;
  const account = user ? await findAccount(ctx.db, user.id) : undefined;
  if (!account) throw new ServiceError('LOGIN_FAILED', '本机操作员没有密码可改，请在账号管理中重设');
  if (!(await passwordMatches(input.current, { salt: account.salt, hash: account.password_hash })))
    throw new ServiceError('LOGIN_FAILED', '原密码不正确', 'current');
  const { salt, hash } = await hashPassword(input.next);
  await withPasswordSlot(ctx, account, { plain: input.next, salt }, () =>
    updateAccount(ctx.db, account.id, { salt, password_hash: hash, updated_at: nowIso(ctx) }),
  );
  await audit(ctx, 'account.password', { table: 'account', rowId: account.id, note: '修改了自己的密码' });
  return null;
}
