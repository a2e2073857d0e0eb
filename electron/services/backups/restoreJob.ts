import { keyFromThread } from '../../../db/cipher.js';
import { assertRestorable, keepDamagedFile, replaceDatabaseFile } from './restore.js';

/**
 * A restore's work on files alone, none of it on the serving connection, so it runs on the
 * maintenance thread (offThread/run.ts). Plain data: the jobs cross threads, the key as a plain
 * Uint8Array.
 */

/** The file chosen for a restore, checked before anything changes. */
export interface RestoreCheckJob {
  file: string;
  /** The data version this build opens: a newer file is refused. */
  latestVersion: number;
  /** The installation's data key; null for a plain file. */
  key: Uint8Array | null;
}

/** The raw bytes of data too damaged to back up, kept beside the backups before they are replaced. */
export interface KeepDamagedJob {
  databasePath: string;
  nowMs: number;
}

/** The chosen file put in place of the data file, whose connection the caller has closed. */
export interface ReplaceJob {
  databasePath: string;
  file: string;
  key: Uint8Array | null;
}

export function checkRestorable(job: RestoreCheckJob): void {
  assertRestorable(job.file, job.latestVersion, keyFromThread(job.key));
}

export function keepDamaged(job: KeepDamagedJob): string {
  return keepDamagedFile(job.databasePath, job.nowMs);
}

export function replaceData(job: ReplaceJob): void {
  replaceDatabaseFile(job.databasePath, job.file, keyFromThread(job.key));
}
