import type BetterSqlite3 from 'better-sqlite3';
import { keyFromThread, openKeyed } from '../../../db/cipher.js';
import type { BackupKind } from '../../../db/backupFile.js';
import { backupWithoutKeys } from '../backup.js';
import { takeBackup, type BackupOutcome } from './set.js';

/** Where a copy made on a connection of its own reads from (plain data: it crosses threads). */
interface SourceJob {
  databasePath: string;
  /** The installation's data key; null for a plain file. */
  key: Uint8Array | null;
  /** The Electron build of the SQLite addon, when the app runs in Electron. */
  nativeBinding?: string;
}

/** A backup into the set, taken on a connection of its own. */
export interface BackupJob extends SourceJob {
  kind: BackupKind;
  nowMs: number;
  secondDir: string | null;
  /** False keeps every existing copy this time (see BackupRequest.rotate). */
  rotate?: boolean;
}

/** 备份数据's copy without this PC's keys, to `out`, taken on a connection of its own. */
export interface KeylessCopyJob extends SourceJob {
  out: string;
}

/**
 * A read-only keyed connection of its own for `copy`: VACUUM INTO reads one snapshot and writes
 * the copy with the same key, while the serving connection goes on.
 */
async function onOwnConnection<T>(job: SourceJob, copy: (sqlite: BetterSqlite3.Database) => Promise<T>): Promise<T> {
  const sqlite = openKeyed(job.databasePath, {
    key: keyFromThread(job.key),
    readonly: true,
    fileMustExist: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return await copy(sqlite);
  } finally {
    sqlite.close();
  }
}

export function backupFile(job: BackupJob): Promise<BackupOutcome> {
  return onOwnConnection(job, (sqlite) =>
    takeBackup(sqlite, {
      databasePath: job.databasePath,
      kind: job.kind,
      nowMs: job.nowMs,
      secondDir: job.secondDir,
      key: keyFromThread(job.key),
      ...(job.rotate === false ? { rotate: false } : {}),
    }),
  );
}

export function keylessCopyFile(job: KeylessCopyJob): Promise<void> {
  return onOwnConnection(job, (sqlite) => backupWithoutKeys(sqlite, job.out, keyFromThread(job.key)));
}
