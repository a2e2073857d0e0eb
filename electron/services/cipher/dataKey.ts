import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { KEY_BYTES, looksEncrypted, UNREADABLE_MESSAGE, type DataKey } from '../../../db/cipher.js';
import { DatabaseOpenError } from '../../../db/errors.js';
import { keyFileFor, readKeyFile, writeNewKeyFile, type KeyFile } from './keyFile.js';
import type { LocalKeyStore } from './localKeys.js';

/** What the data file needs before it can be opened. */
export type KeyState =
  /** Encrypted (or new): open it with this key. */
  | { kind: 'keyed'; key: DataKey }
  /** A plain file from before encryption at rest: to be encrypted with this key (a backup first). */
  | { kind: 'plain'; key: DataKey }
  /** Only an account's password opens it (password-only, or moved from another PC): log in or `zhibu unlock`. */
  | { kind: 'locked' }
  /** No file to protect (`:memory:`). */
  | { kind: 'none' };

function hasData(path: string): boolean {
  return existsSync(path) && statSync(path).size > 0;
}

/** The DB_KEY message for a file this process cannot open without a password. */
export function lockedMessage(databasePath: string): string {
  return `数据已加密，本机（当前系统用户）不能直接打开 ${databasePath}：请在支部台账的登录页面用账号和密码登录以打开，或运行 zhibu unlock --db "${databasePath}" 输入账号密码（数据文件未作任何改动）`;
}

/**
 * The data key of the file at `databasePath`, unwrapped by this process's local key store. A new
 * installation (or a plain file still to encrypt) gets a fresh key, and its key file is written
 * before any page is encrypted, so no encrypted file is ever without one. A missing or foreign
 * key file is a Chinese error, never a new empty database over the old one.
 */
export function dataKeyFor(databasePath: string, store: LocalKeyStore): KeyState {
  if (databasePath === ':memory:') return { kind: 'none' };
  const keyPath = keyFileFor(databasePath);
  if (existsSync(keyPath)) {
    const key = store.unlock(readKeyFile(keyPath));
    return key ? stateOf(databasePath, key) : { kind: 'locked' };
  }
  if (looksEncrypted(databasePath))
    throw new DatabaseOpenError(
      'DB_KEY',
      `${UNREADABLE_MESSAGE}：密钥文件 ${keyPath} 不见了（它应与数据文件放在一起；请从备份中找回，数据文件未作任何改动）`,
    );
  return stateOf(databasePath, createDataKey(databasePath, store));
}

/** Whether the file opens only with a password here: checked without creating anything. */
export function needsPassword(databasePath: string, store: LocalKeyStore): boolean {
  if (databasePath === ':memory:') return false;
  const keyPath = keyFileFor(databasePath);
  return existsSync(keyPath) && store.unlock(readKeyFile(keyPath)) === null;
}

/** The key to open with (null: a file with nothing to protect); a locked file is the DB_KEY error. */
export function keyOf(state: KeyState, databasePath: string): DataKey | null {
  if (state.kind === 'locked') throw new DatabaseOpenError('DB_KEY', lockedMessage(databasePath));
  return state.kind === 'none' ? null : state.key;
}

export function hasPasswordSlots(file: KeyFile): boolean {
  return file.slots.some((s) => s.kind === 'password');
}

/** A key file beside a plain file: a new one, a conversion cut short, or a plain copy put back by hand. */
function stateOf(databasePath: string, key: DataKey): KeyState {
  return hasData(databasePath) && !looksEncrypted(databasePath) ? { kind: 'plain', key } : { kind: 'keyed', key };
}

/**
 * A fresh data key, wrapped for this store and written beside the data file; when another
 * program wrote one first (both starting a new installation at once), that one is used.
 */
function createDataKey(databasePath: string, store: LocalKeyStore): DataKey {
  const key = randomBytes(KEY_BYTES);
  const keyPath = keyFileFor(databasePath);
  if (writeNewKeyFile(keyPath, [store.wrap(key)])) return key;
  const theirs = store.unlock(readKeyFile(keyPath));
  if (!theirs) throw new DatabaseOpenError('DB_KEY', lockedMessage(databasePath));
  return theirs;
}
