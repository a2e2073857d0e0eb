import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { KEY_BYTES, looksEncrypted, UNREADABLE_MESSAGE, type DataKey } from '../../../db/cipher.js';
import { DatabaseOpenError } from '../../../db/errors.js';
import { keyFileFor, readKeyFile, unlockWithMachine, wrapForMachine, writeNewKeyFile } from './keyFile.js';
import { loadMachineSecret } from './machineSecret.js';

/** What the data file needs before it can be opened. */
export type KeyState =
  /** Encrypted (or new): open it with this key. */
  | { kind: 'keyed'; key: DataKey }
  /** A plain file from before encryption at rest: to be encrypted with this key (a backup first). */
  | { kind: 'plain'; key: DataKey }
  /** No file to protect (`:memory:`). */
  | { kind: 'none' };

function hasData(path: string): boolean {
  return existsSync(path) && statSync(path).size > 0;
}

/**
 * The data key of the file at `databasePath`, unwrapped with this PC user's machine secret from
 * `machineKeyDir`. A new installation (or a plain file still to encrypt) gets a fresh key, and its
 * key file is written before any page is encrypted, so no encrypted file is ever without one. A
 * missing or foreign key file is a Chinese error, never a new empty database over the old one.
 */
export function dataKeyFor(databasePath: string, machineKeyDir: string): KeyState {
  if (databasePath === ':memory:') return { kind: 'none' };
  const keyPath = keyFileFor(databasePath);
  if (existsSync(keyPath)) return stateOf(databasePath, existingKey(keyPath, machineKeyDir));
  if (looksEncrypted(databasePath))
    throw new DatabaseOpenError(
      'DB_KEY',
      `${UNREADABLE_MESSAGE}：密钥文件 ${keyPath} 不见了（它应与数据文件放在一起；请从备份中找回，数据文件未作任何改动）`,
    );
  return stateOf(databasePath, createDataKey(databasePath, machineKeyDir));
}

/** A key file beside a plain file: a new one, a conversion cut short, or a plain copy put back by hand. */
function stateOf(databasePath: string, key: DataKey): KeyState {
  return hasData(databasePath) && !looksEncrypted(databasePath) ? { kind: 'plain', key } : { kind: 'keyed', key };
}

function existingKey(keyPath: string, machineKeyDir: string): DataKey {
  const file = readKeyFile(keyPath);
  const secret = loadMachineSecret(machineKeyDir, false);
  const key = secret ? unlockWithMachine(file, secret) : null;
  if (!key)
    throw new DatabaseOpenError(
      'DB_KEY',
      `${UNREADABLE_MESSAGE}：本机（当前系统用户）没有 ${keyPath} 所需的本机密钥（数据是从别的电脑或别的用户拷来的？请在原来的电脑上打开，或把原电脑的“本机密钥”文件夹一并拷来）`,
    );
  return key;
}

/**
 * A fresh data key, wrapped for this machine and written beside the data file; when another
 * program wrote one first (both starting a new installation at once), that one is used.
 */
function createDataKey(databasePath: string, machineKeyDir: string): DataKey {
  const secret = loadMachineSecret(machineKeyDir, true);
  if (!secret) throw new Error('machine secret was not created');
  const key = randomBytes(KEY_BYTES);
  const keyPath = keyFileFor(databasePath);
  return writeNewKeyFile(keyPath, [wrapForMachine(key, secret)]) ? key : existingKey(keyPath, machineKeyDir);
}
