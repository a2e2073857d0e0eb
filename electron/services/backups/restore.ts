import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  backupDirFor,
  backupStem,
  checkFile,
  ensureBackupDir,
  partialNameFor,
  stampOf,
  writeEncryptedCopy,
} from '../../../db/backupFile.js';
import { looksEncrypted, openKeyed, type DataKey } from '../../../db/cipher.js';
import { ServiceError } from '../errors.js';

/** Refuses, in Chinese, a file that is not a sound 支部台账 database this version can open. */
export function assertRestorable(file: string, latestVersion: number, installationKey: DataKey | null): void {
  if (!existsSync(file)) throw new ServiceError('VALIDATION', `备份文件不存在：${file}`, 'file');
  // A plain backup from before encryption at rest is read as it is (and encrypted as it is put back).
  const key = looksEncrypted(file) ? installationKey : null;
  const problems = checkFile(file, key);
  if (problems.length > 0)
    throw new ServiceError(
      'VALIDATION',
      `备份文件已损坏或不是数据库（或不是用本机数据的密钥加密的），不能恢复：${problems[0] ?? ''}`,
      'file',
    );
  const copy = openKeyed(file, { key, readonly: true, fileMustExist: true });
  try {
    const version = copy.pragma('user_version', { simple: true }) as number;
    const hasOrg = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'organization'").get();
    if (version === 0 || !hasOrg)
      throw new ServiceError('VALIDATION', `这个文件不是支部台账的数据文件，不能恢复：${file}`, 'file');
    if (version > latestVersion)
      throw new ServiceError(
        'VALIDATION',
        `这个备份来自更新版本的支部台账（数据版本 ${version}），请先升级程序`,
        'file',
      );
  } finally {
    copy.close();
  }
}

function syncPath(path: string, flags: string): void {
  if (flags === 'r' && process.platform === 'win32') return;
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts `file` in place of the data file, whose connection the caller has closed. SQLite removes
 * the -wal when its last connection closes (checkpointed), so a -wal still there means another
 * program (the desktop app, browser mode) has the file open: replacing it would lose that
 * program's writes and let its log be replayed onto the restored file, so that is refused.
 * The copy is made beside the data file under a temporary name and reaches the disk before it
 * takes the real name: a crash leaves either the old file or the new one, whole. A plain backup
 * (from before encryption at rest) is encrypted with the installation's key on the way.
 */
export function replaceDatabaseFile(databasePath: string, file: string, key: DataKey | null): void {
  if (existsSync(`${databasePath}-wal`))
    throw new ServiceError('VALIDATION', '数据文件正被另一个支部台账窗口（或浏览器版）使用：请先关闭它，再恢复');
  if (key && !looksEncrypted(file)) {
    writeEncryptedCopy(file, databasePath, key);
    return;
  }
  const partial = partialNameFor(databasePath);
  try {
    copyFileSync(file, partial);
    syncPath(partial, 'r+');
    renameSync(partial, databasePath);
    syncPath(dirname(databasePath), 'r');
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Data too damaged to copy through SQLite is kept byte for byte, outside the rotated set. */
export function keepDamagedFile(path: string, nowMs: number): string {
  const dir = backupDirFor(path);
  ensureBackupDir(dir);
  const name = `${backupStem(path)}-${stampOf(nowMs)}-damaged.sqlite.bad`;
  copyFileSync(path, join(dir, name));
  return name;
}
