import { basename } from 'node:path';
import { BackupVerifyError } from '../../../db/backupFile.js';
import type { DataKey } from '../../../db/cipher.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { keepDamagedOffThread, replaceDataOffThread, restoreCheckOffThread } from '../offThread/run.js';
import { carryOverExchangeMarks, readExchangeMarks, type ExchangeMarks } from './carryOver.js';
import type { MaintenanceDeps } from './maintenance.js';
import { assertRestorable, keepDamagedFile, replaceDatabaseFile } from './restore.js';
import { checkRestorable, keepDamaged, replaceData } from './restoreJob.js';
import type { BackupOutcome } from './set.js';

export interface RestoreOutcome {
  /** The 恢复前 copy of the data as it was: restoring it undoes this restore. */
  undoName: string | null;
  /** Set when the data was too damaged to back up: its raw file was kept under this name instead. */
  damagedName: string | null;
}

/**
 * Restore over a data file that no longer opens at all (`zhibu restore` on a damaged file):
 * its bytes are kept beside the backups, then the backup takes its place. On the calling thread:
 * only that command gets here, when the data did not open, so this process serves no one and has
 * no connection to keep answering while the files are read.
 */
export function restoreOverUnopenable(path: string, file: string, nowMs: number, key: DataKey | null): RestoreOutcome {
  assertRestorable(file, LATEST_SCHEMA_VERSION, key);
  const damagedName = keepDamagedFile(path, nowMs);
  replaceDatabaseFile(path, file, key);
  return { undoName: null, damagedName };
}

/** The current data cannot be copied through SQLite: it is damaged (often why one restores). */
function isDamage(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof BackupVerifyError || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

export interface Restorer {
  /** Puts `file` in place of the data, keeping the current data as a 恢复前 backup first. */
  restore(file: string): Promise<RestoreOutcome>;
  /** Resolves once no restore is putting its file in place (Maintenance.served). */
  served(): Promise<void>;
}

/** What a restore takes from its maintenance: the 恢复前 backup and the check after it, in its turn. */
export interface RestoreSteps {
  backupBefore(): Promise<BackupOutcome>;
  checkHealth(): Promise<unknown>;
}

export function createRestorer(deps: MaintenanceDeps, steps: RestoreSteps): Restorer {
  let restoring: Promise<unknown> | null = null;

  // Every step on files alone runs on the maintenance thread (offThread/run.ts): checking or copying
  // a county's file of hundreds of MB would otherwise hold every call (every browser tab, the window).
  const checkChosen = async (file: string): Promise<void> => {
    const job = { file, latestVersion: LATEST_SCHEMA_VERSION, key: deps.current().key };
    await restoreCheckOffThread(job, () => checkRestorable(job));
  };

  const putInPlace = async (file: string): Promise<RestoreOutcome> => {
    let undoName: string | null = null;
    let damaged = false;
    try {
      undoName = basename((await steps.backupBefore()).path);
    } catch (err) {
      if (!isDamage(err)) throw err;
      damaged = true;
    }
    const key = deps.current().key;
    // Damaged data cannot be read: what it knew of bundle numbers and stamps is lost with it.
    const marks: ExchangeMarks | null = damaged ? null : await readExchangeMarks(deps.context().db);
    await deps.current().close();
    let damagedName: string | null = null;
    try {
      if (damaged) {
        const kept = { databasePath: deps.path, nowMs: deps.clock.nowMs() };
        damagedName = (await keepDamagedOffThread(kept, () => keepDamaged(kept))).value;
      }
      const job = { databasePath: deps.path, file, key };
      await replaceDataOffThread(job, () => replaceData(job));
    } finally {
      // The connection swap itself stays here: the context the transports hold is this thread's.
      await deps.reopen();
    }
    if (marks) await carryOverExchangeMarks(deps.context(), marks);
    return { undoName, damagedName };
  };

  // The chosen file is checked before calls are held: the check reads that file alone, and what
  // calls write meanwhile is in the 恢复前 copy, which begins after it. From that copy until the
  // reopen, calls arriving wait (served) instead of writing into data that neither the 恢复前 copy
  // nor the restored file would keep, or reading a connection the restore has closed. On the
  // serving thread the held event loop kept them back.
  const restore = async (file: string): Promise<RestoreOutcome> => {
    await checkChosen(file);
    const swap = putInPlace(file);
    restoring = swap;
    try {
      await swap;
    } finally {
      restoring = null;
    }
    await steps.checkHealth();
    return swap;
  };

  const served = async (): Promise<void> => {
    // A second restore may begin as the first ends: wait until none is under way.
    while (restoring) await restoring.catch(() => undefined);
  };

  return { restore, served };
}
