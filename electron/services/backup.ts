import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { stripKeysFromCopy } from '../sync/keyBackup.js';

/**
 * SQLite's online backup: a consistent copy even while the app keeps writing. The copy is made
 * under a temporary name and has this machine's private keys removed before it gets its real
 * name, so a failed backup never leaves a half-written file, and keys leave the machine only
 * inside the passphrase-protected key backup.
 */
export async function backupWithoutKeys(source: BetterSqlite3.Database, out: string): Promise<void> {
  const partial = `${out}.partial`;
  try {
    await source.backup(partial);
    const copy = new Database(partial);
    try {
      stripKeysFromCopy(copy);
    } finally {
      copy.close();
    }
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
}
