import {
  findAccount,
  findAccountByName,
  insertAccount,
  listAccounts,
  otherActiveAdmins,
  updateAccount,
  type AccountRow,
} from '../../../db/queries/accounts.js';
import { setMeta } from '../../../db/queries/localMeta.js';
import type { UserInfo } from '../../api/access.js';
import type { ParsedInput } from '../../api/index.js';
import { dropPasswordSlots, withPasswordSlot } from '../cipher/accountSlots.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { audit, IDLE_MINUTES_KEY, newAccountRow } from './auth.js';
import { hashPassword } from './passwords.js';

function info(a: AccountRow): UserInfo {
  return { id: a.id, name: a.name, role: a.role, disabled: a.disabled === 1, createdAt: a.created_at };
}

export async function listUsers(ctx: ServiceContext): Promise<UserInfo[]> {
  return (await listAccounts(ctx.db)).map(info);
}

export async function createUser(ctx: ServiceContext, input: ParsedInput<'users.create'>): Promise<UserInfo> {
  if (await findAccountByName(ctx.db, input.name))
    throw new ServiceError('VALIDATION', `已有名为“${input.name}”的账号`, 'name');
  const row = await newAccountRow(ctx, input.name, input.role, input.password);

  await withPasswordSlot(ctx, row, { plain: input.password, salt: row.salt }, () => insertAccount(ctx.db, row));
  await audit(ctx, 'account.create', {
    table: 'account',
    rowId: row.id,
    changes: { name: [null, row.name], role: [null, row.role] },
  });
  return info(row);
}

async function existing(ctx: ServiceContext, id: string): Promise<AccountRow> {
  const a = await findAccount(ctx.db, id);
  if (!a) throw new ServiceError('NOT_FOUND', '找不到该账号');
  return a;
}

/** The last enabled 管理员 can be neither demoted nor disabled: someone must be able to manage accounts. */
export async function updateUser(ctx: ServiceContext, input: ParsedInput<'users.update'>): Promise<UserInfo> {
  const a = await existing(ctx, input.id);
  const disabled = input.disabled ? 1 : 0;
  const losesAdmin = a.role === 'admin' && a.disabled === 0 && (input.role !== 'admin' || disabled === 1);
  if (losesAdmin && (await otherActiveAdmins(ctx.db, a.id)) === 0)
    throw new ServiceError('VALIDATION', '至少要保留一个可用的管理员账号', 'role');
  const changes: Record<string, [unknown, unknown]> = {};
  if (a.role !== input.role) changes.role = [a.role, input.role];
  if (a.disabled !== disabled) changes.disabled = [a.disabled, disabled];
  if (Object.keys(changes).length > 0) {
    await updateAccount(ctx.db, a.id, {
      role: input.role,
      disabled,
      updated_at: new Date(ctx.clock.nowMs()).toISOString(),
    });
    await audit(ctx, 'account.update', { table: 'account', rowId: a.id, changes, note: a.name });
  }
  // A disabled account's password no longer opens the data; enabled again, its next login writes a slot.
  if (disabled === 1) dropPasswordSlots(ctx, a.id);
  return info({ ...a, role: input.role, disabled });
}

export async function resetPassword(ctx: ServiceContext, input: ParsedInput<'users.resetPassword'>): Promise<null> {
  const a = await existing(ctx, input.id);
  const { salt, hash } = await hashPassword(input.password);
  await withPasswordSlot(ctx, a, { plain: input.password, salt }, () =>
    updateAccount(ctx.db, a.id, {
      salt,
      password_hash: hash,
      failed_attempts: 0,
      retry_at_ms: 0,
      updated_at: new Date(ctx.clock.nowMs()).toISOString(),
    }),
  );
  await audit(ctx, 'account.password', { table: 'account', rowId: a.id, note: `重设了“${a.name}”的密码` });
  return null;
}

export async function setIdleMinutes(ctx: ServiceContext, input: ParsedInput<'users.setIdleMinutes'>): Promise<null> {
  await setMeta(ctx.db, IDLE_MINUTES_KEY, String(input.minutes));
  await audit(ctx, 'settings.lock', { note: `自动锁定时间设为 ${input.minutes} 分钟` });
  return null;
}
