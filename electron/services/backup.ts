import { closeSync, constants, copyFileSync, fsyncSync, mkdtempSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { copyOpenDatabase } from '../../db/backupFile.js';
import { openKeyed, type DataKey } from '../../db/cipher.js';
import { stripKeysFromCopy } from '../sync/keyBackup.js';
import { keyFileFor } from './cipher/keyFile.js';
import { ServiceError } from './errors.js';
import { diskCause, temporaryNameFor, writeFailure } from './outputFile.js';

/** The copy still holding the keys is made beside the data file, which holds them anyway. */
async function strippedCopy(source: BetterSqlite3.Database, work: string, key: DataKey | null): Promise<string> {
  const copyPath = join(work, 'copy.sqlite');
  try {
    await copyOpenDatabase(source, copyPath, key);
    const copy = openKeyed(copyPath, { key });
    try {
      stripKeysFromCopy(copy);
    } finally {
      copy.close();
    }
  } catch (err) {
    const cause = diskCause(err);
    if (cause) throw new ServiceError('VALIDATION', `备份失败：数据文件所在的磁盘${cause}`);
    throw err;
  }
  return copyPath;
}

/**
 * SQLite's online backup: a consistent copy even while the app keeps writing. The copy is made
 * and has this machine's private keys and enrolment secrets removed before a single byte of it
 * reaches the target folder (a USB stick, say), so even a crash or a pulled stick never leaves
 * them there; keys leave the machine only inside the passphrase-protected key backup. In the
 * target folder the stripped copy is written under a temporary name and renamed once complete,
 * so a full disk leaves no half file and never touches an existing one.
 */
export async function backupWithoutKeys(
  source: BetterSqlite3.Database,
  out: string,
  key: DataKey | null,
): Promise<void> {
  let work: string;
  try {
    work = mkdtempSync(join(dirname(source.name), '.zhibu-backup-'));
  } catch (err) {
    throw new ServiceError('VALIDATION', `备份失败：数据文件所在的文件夹${diskCause(err) ?? '无法写入'}`);
  }
  const partial = temporaryNameFor(out);
  try {
    const copyPath = await strippedCopy(source, work, key);
    try {
      copyFileSync(copyPath, partial, constants.COPYFILE_EXCL);
      const fd = openSync(partial, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // The copy is encrypted with the data key: its key file (the key wrapped, never in the
      // clear) goes beside it first, so the copy opens on this PC as a data file of its own.
      if (key) copyFileSync(keyFileFor(source.name), keyFileFor(out));
      renameSync(partial, out);
    } catch (err) {
      throw writeFailure(err, out);
    }
  } finally {
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
