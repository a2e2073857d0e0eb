import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { backupDirFor, backupStem, newBackupPath, vacuumBackup, writeEncryptedCopy } from '../../../db/backupFile.js';
import { bindingOption, looksEncrypted, type DataKey } from '../../../db/cipher.js';
import type { Clock } from '../../../db/clock.js';
import { DatabaseOpenError, sqliteDiskCause } from '../../../db/errors.js';
import { assertNotNewer } from '../../../db/migrate.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { listBackups } from '../backups/set.js';

/**
 * Encrypts a data file from before encryption at rest, with its key file already written: a
 * verified plain copy first (a 升级前 backup, as before a migration), then the file is replaced
 * by its encrypted copy. The plain backups already beside it are encrypted too, so no readable
 * copy of the personal data stays in the data folder (the second folder's copies, on a stick
 * that may be elsewhere, are not reached: they lack the keys but not the roster).
 * Returns the pre-conversion backup's path.
 */
export function encryptPlainFile(path: string, key: DataKey, clock: Clock): string {
  let backup: string;
  try {
    const plain = new Database(path, { fileMustExist: true, ...bindingOption() });
    try {
      // A file from a newer app stays untouched, as openDatabase promises.
      assertNotNewer(plain, LATEST_SCHEMA_VERSION);
      backup = vacuumBackup(plain, newBackupPath(backupDirFor(path), backupStem(path), clock.nowMs(), 'migrate'), null);
    } finally {
      plain.close();
    }
  } catch (err) {
    if (err instanceof DatabaseOpenError) throw err;
    const disk = sqliteDiskCause(err);
    throw new DatabaseOpenError(
      disk ? 'DB_DISK' : 'DB_NOT_SQLITE',
      `无法加密数据文件 ${path}（加密前的备份未能完成，数据未改动）：${disk ?? (err as Error).message}`,
    );
  }
  // SQLite removes the -wal when its last connection closes: one still there is another program's.
  if (existsSync(`${path}-wal`))
    throw new DatabaseOpenError(
      'DB_KEY',
      '数据文件正被另一个支部台账窗口（或浏览器版、命令行）使用，无法加密：请先关闭它，再打开（数据未改动）',
    );
  try {
    writeEncryptedCopy(path, path, key);
  } catch (err) {
    throw new DatabaseOpenError(
      sqliteDiskCause(err) ? 'DB_DISK' : 'DB_KEY',
      `加密数据文件失败，数据未改动（加密前的备份在 ${backup}）：${sqliteDiskCause(err) ?? (err as Error).message}`,
    );
  }
  encryptPlainBackups(path, key);
  return backup;
}

/**
 * Encrypts the plain backups in the data file's backup folder (made before encryption at rest).
 * Run at every start of an encrypted installation, so a crash or a failure part-way is finished
 * later; a backup that cannot be encrypted now stays as it is (still a valid backup).
 */
export function encryptPlainBackups(path: string, key: DataKey): void {
  for (const b of listBackups(path)) {
    if (looksEncrypted(b.path)) continue;
    try {
      writeEncryptedCopy(b.path, b.path, key);
    } catch {
      // Left plain until the next start: a backup is never lost for want of encrypting it.
    }
  }
}
