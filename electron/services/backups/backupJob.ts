import { openKeyed } from '../../../db/cipher.js';
import type { BackupKind } from '../../../db/backupFile.js';
import { takeBackup, type BackupOutcome } from './set.js';

/** A backup taken on a connection of its own (plain data: it crosses threads). */
export interface BackupJob {
  databasePath: string;
  kind: BackupKind;
  nowMs: number;
  secondDir: string | null;
  /** The installation's data key; null for a plain file. */
  key: Uint8Array | null;
  /** The Electron build of the SQLite addon, when the app runs in Electron. */
  nativeBinding?: string;
}

/**
 * Copies the data through a read-only keyed connection of its own: VACUUM INTO reads one
 * snapshot and writes the copy with the same key, while the serving connection goes on.
 */
export async function backupFile(job: BackupJob): Promise<BackupOutcome> {
  const key = job.key ? Buffer.from(job.key) : null;
  const sqlite = openKeyed(job.databasePath, {
    key,
    readonly: true,
    fileMustExist: true,
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
  });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return await takeBackup(sqlite, {
      databasePath: job.databasePath,
      kind: job.kind,
      nowMs: job.nowMs,
      secondDir: job.secondDir,
      key,
    });
  } finally {
    sqlite.close();
  }
}
