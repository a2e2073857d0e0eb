import { existsSync } from 'node:fs';
import { listAccounts } from '../../../db/queries/accounts.js';
import type { DataKeyStatus } from '../../api/access.js';
import type { ParsedInput } from '../../api/index.js';
import { audit } from '../access/auth.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { keyFileFor, readKeyFile, updateKeyFile } from './keyFile.js';

const PLAIN: DataKeyStatus = { encrypted: false, opensWithoutPassword: true, localLabel: '', accountsWithPassword: [] };

function keyPathOf(ctx: ServiceContext): string | null {
  const path = keyFileFor(ctx.app.databasePath);
  return ctx.dataKey && ctx.localKeys && existsSync(path) ? path : null;
}

export async function dataKeyStatus(ctx: ServiceContext): Promise<DataKeyStatus> {
  const keyPath = keyPathOf(ctx);
  if (!keyPath || !ctx.localKeys) return PLAIN;
  const file = readKeyFile(keyPath);
  const accounts = await listAccounts(ctx.db);
  const withSlot = new Set(file.slots.flatMap((s) => (s.kind === 'password' ? [s.id] : [])));
  return {
    encrypted: true,
    opensWithoutPassword: ctx.localKeys.unlock(file) !== null,
    localLabel: ctx.localKeys.label,
    accountsWithPassword: accounts.filter((a) => !a.disabled && withSlot.has(a.id)).map((a) => a.name),
  };
}

/**
 * 仅凭密码打开数据: every slot that opens the key without a password goes (this PC's, and any
 * other PC's the folder came from), so the data opens only after a login (the CLI needs
 * `zhibu unlock`). Only a 管理员 whose own password opens the data may do it: someone must be
 * able to open it afterwards. 本机免密打开 puts this PC's slot back.
 */
export async function setPasswordOnly(
  ctx: ServiceContext,
  input: ParsedInput<'users.setPasswordOnly'>,
): Promise<DataKeyStatus> {
  const keyPath = keyPathOf(ctx);
  const { dataKey, localKeys } = ctx;
  if (!keyPath || !dataKey || !localKeys) throw new ServiceError('NOT_SET_UP', '数据文件没有加密，无需设置');
  if (input.passwordOnly) {
    const user = ctx.session.user;
    const mine = readKeyFile(keyPath).slots.some((s) => s.kind === 'password' && s.id === user?.id);
    if (!mine)
      throw new ServiceError(
        'NOT_SET_UP',
        '您的密码还不能打开数据（账号建于旧版本）：请退出登录、重新登录一次，再设置“仅凭密码打开数据”',
      );
    updateKeyFile(keyPath, (slots) => slots.filter((s) => s.kind === 'password'));
    await audit(ctx, 'settings.dataKey', { note: '数据设为仅凭账号密码打开，本机不再免密打开' });
  } else {
    updateKeyFile(keyPath, (slots) => [...slots.filter((s) => !localKeys.owns(s)), localKeys.wrap(dataKey)]);
    await audit(ctx, 'settings.dataKey', { note: '数据恢复为本机免密打开' });
  }
  return dataKeyStatus(ctx);
}
