import { existsSync } from 'node:fs';
import type { ServiceContext } from '../context.js';
import { keyFileFor, readKeyFile, updateKeyFile, type KeySlot, type PasswordSlot } from './keyFile.js';
import { saltTagOf, wrapForPassword, type SlotAccount } from './passwordSlot.js';

/** The key file of an encrypted installation, or null (a plain or in-memory database has none). */
function keyPathOf(ctx: ServiceContext): string | null {
  if (!ctx.dataKey) return null;
  const path = keyFileFor(ctx.app.databasePath);
  return existsSync(path) ? path : null;
}

const isAccountSlot = (s: KeySlot, accountId: string) => s.kind === 'password' && s.id === accountId;
/** Each slot has a salt of its own. */
const isSlot = (s: KeySlot, slot: PasswordSlot) => s.kind === 'password' && s.kdf.salt === slot.kdf.salt;

/**
 * Sets an account's password in the database (`write`) and its slot in the key file, so that
 * this password opens the data. The new slot is added before the database changes and the old
 * ones go after it: whenever it crashes, one slot of the account matches the password the
 * database holds. A failed write takes the new slot out again.
 */
export async function withPasswordSlot<T>(
  ctx: ServiceContext,
  account: SlotAccount,
  password: { plain: string; salt: string },
  write: () => Promise<T>,
): Promise<T> {
  const keyPath = keyPathOf(ctx);
  if (!keyPath || !ctx.dataKey) return write();
  const slot = await wrapForPassword(ctx.dataKey, account, password.plain, password.salt);
  updateKeyFile(keyPath, (slots) => [...slots, slot]);
  let result: T;
  try {
    result = await write();
  } catch (err) {
    updateKeyFile(keyPath, (slots) => slots.filter((s) => !isSlot(s, slot)));
    throw err;
  }
  updateKeyFile(keyPath, (slots) => slots.filter((s) => !isAccountSlot(s, account.id) || isSlot(s, slot)));
  return result;
}

/** A disabled account no longer opens the data. */
export function dropPasswordSlots(ctx: ServiceContext, accountId: string): void {
  const keyPath = keyPathOf(ctx);
  if (!keyPath) return;
  if (!readKeyFile(keyPath).slots.some((s) => isAccountSlot(s, accountId))) return;
  updateKeyFile(keyPath, (slots) => slots.filter((s) => !isAccountSlot(s, accountId)));
}

/**
 * After a login with the right password: an account from before password slots (or whose slot
 * a restore or a crash left stale) gets one, so the password opens the data from now on. A slot
 * made with the account's current hash is known by its salt tag, without running scrypt.
 */
export async function healPasswordSlot(
  ctx: ServiceContext,
  account: SlotAccount & { salt: string },
  password: string,
): Promise<void> {
  const keyPath = keyPathOf(ctx);
  if (!keyPath || !ctx.dataKey) return;
  const tag = saltTagOf(account.salt);
  const current = readKeyFile(keyPath).slots.some(
    (s) => s.kind === 'password' && s.id === account.id && s.name === account.name && s.saltTag === tag,
  );
  if (current) return;
  const slot = await wrapForPassword(ctx.dataKey, account, password, account.salt);
  updateKeyFile(keyPath, (slots) => [...slots.filter((s) => !isAccountSlot(s, account.id)), slot]);
}
