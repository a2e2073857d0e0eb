import type BetterSqlite3 from 'better-sqlite3';
import { openKeyed, type DataKey } from '../../db/cipher.js';
import { dataKeyFor, keyOf as keyOfState } from '../../electron/services/cipher/dataKey.js';
import { machineKeyStore } from '../../electron/services/cipher/localKeys.js';

/** The data key of an existing installation's file, unwrapped as the app does (test machine secret). */
export function keyOf(databasePath: string): DataKey | null {
  const dir = process.env.ZHIBU_KEY_DIR;
  if (!dir) throw new Error('ZHIBU_KEY_DIR is not set (vitest.config.ts sets it)');
  return keyOfState(dataKeyFor(databasePath, machineKeyStore(dir)), databasePath);
}

/**
 * A direct connection to a file of the installation at `databasePath` (the data file itself or
 * one of its backups), keyed as the app keys it.
 */
export function openData(
  file: string,
  options: { readonly?: boolean; databasePath?: string } = {},
): BetterSqlite3.Database {
  return openKeyed(file, {
    key: keyOf(options.databasePath ?? file),
    ...(options.readonly ? { readonly: true } : {}),
  });
}
