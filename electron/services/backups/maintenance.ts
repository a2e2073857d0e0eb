import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  backupDirFor,
  backupStem,
  BackupVerifyError,
  ensureBackupDir,
  stampOf,
  type BackupKind,
} from '../../../db/backupFile.js';
import type { DataKey } from '../../../db/cipher.js';
import type { Clock } from '../../../db/clock.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import type { OpenDatabase } from '../../../db/open.js';
import { getMeta } from '../../../db/queries/localMeta.js';
import type { ServiceContext } from '../context.js';
import { backupOffThread, verifyOffThread } from '../offThread/run.js';
import { verifyDatabase, type Finding } from '../verify/verify.js';
import { carryOverExchangeMarks, readExchangeMarks, type ExchangeMarks } from './carryOver.js';
import { assertRestorable, replaceDatabaseFile } from './restore.js';
import { listBackups, takeBackup, type BackupEntry, type BackupOutcome } from './set.js';

/** local_meta key of the optional second backup folder (a USB stick): this PC's setting. */
export const SECOND_DIR_KEY = 'backup_second_dir';

export interface HealthReport {
  /** 'pending' until the first check after start-up (or a restore) has finished. */
  state: 'pending' | 'done';
  findings: Finding[];
}

export interface RestoreOutcome {
  /** The 恢复前 copy of the data as it was: restoring it undoes this restore. */
  undoName: string | null;
  /** Set when the data was too damaged to back up: its raw file was kept under this name instead. */
  damagedName: string | null;
}

export interface Maintenance {
  list(): BackupEntry[];
  backup(kind: BackupKind): Promise<BackupOutcome>;
  /** Puts `file` in place of the data, keeping the current data as a 恢复前 backup first. */
  restore(file: string): Promise<RestoreOutcome>;
  health(): HealthReport;
  /** Runs `zhibu verify`'s checks now, off the serving thread (start-up runs it once the window shows). */
  checkHealth(): Promise<HealthReport>;
}

export interface MaintenanceDeps {
  path: string;
  clock: Clock;
  current(): OpenDatabase;
  context(): ServiceContext;
  reopen(): Promise<void>;
}

/** Backups and restore take turns: a restore never swaps the file under a running backup. */
function serial(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Data too damaged to copy through SQLite is kept byte for byte, outside the rotated set. */
function keepDamagedFile(path: string, nowMs: number): string {
  const dir = backupDirFor(path);
  ensureBackupDir(dir);
  const name = `${backupStem(path)}-${stampOf(nowMs)}-damaged.sqlite.bad`;
  copyFileSync(path, join(dir, name));
  return name;
}

/**
 * Restore over a data file that no longer opens at all (`zhibu restore` on a damaged file):
 * its bytes are kept beside the backups, then the backup takes its place.
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

export function createMaintenance(deps: MaintenanceDeps): Maintenance {
  const inTurn = serial();
  let health: HealthReport = { state: 'pending', findings: [] };

  const backupNow = async (kind: BackupKind, rotate = true): Promise<BackupOutcome> =>
    takeBackup(deps.current().sqlite, {
      databasePath: deps.path,
      kind,
      key: deps.current().key,
      nowMs: deps.clock.nowMs(),
      secondDir: (await getMeta(deps.context().db, SECOND_DIR_KEY)) ?? null,
      rotate,
    });

  // The start-up and daily copies come unasked, while the user works: on a thread of its own
  // (offThread/run.ts), since VACUUM INTO of a large file would hold every call meanwhile. A thread's
  // start-up is nothing beside that, twice a day at most.
  const backgroundBackup = async (kind: BackupKind): Promise<BackupOutcome> => {
    const binding = deps.context().sqliteBinding;
    const job = {
      databasePath: deps.path,
      kind,
      key: deps.current().key,
      nowMs: deps.clock.nowMs(),
      secondDir: (await getMeta(deps.context().db, SECOND_DIR_KEY)) ?? null,
      ...(binding ? { nativeBinding: binding } : {}),
    };
    return (await backupOffThread(job, () => backupNow(kind))).value;
  };

  // On a thread of its own (offThread/run.ts): the serving connection answers while a large file is checked.
  const checkHealth = async (): Promise<HealthReport> => {
    const ctx = deps.context();
    const job = {
      path: deps.path,
      key: deps.current().key,
      nowMs: deps.clock.nowMs(),
      ...(ctx.sqliteBinding ? { nativeBinding: ctx.sqliteBinding } : {}),
    };
    health = { state: 'done', findings: (await verifyOffThread(job, () => verifyDatabase(ctx))).value };
    return health;
  };

  const keepDamaged = () => keepDamagedFile(deps.path, deps.clock.nowMs());

  const restore = async (file: string): Promise<RestoreOutcome> => {
    assertRestorable(file, LATEST_SCHEMA_VERSION, deps.current().key);
    let undoName: string | null = null;
    let damaged = false;
    try {
      // Not rotated now: the file being restored may be the set's oldest copy.
      undoName = basename((await backupNow('restore', false)).path);
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
      if (damaged) damagedName = keepDamaged();
      replaceDatabaseFile(deps.path, file, key);
    } finally {
      await deps.reopen();
    }
    if (marks) await carryOverExchangeMarks(deps.context(), marks);
    await checkHealth();
    return { undoName, damagedName };
  };

  return {
    list: () => listBackups(deps.path),
    backup: (kind) => inTurn(() => (kind === 'start' || kind === 'daily' ? backgroundBackup(kind) : backupNow(kind))),
    restore: (file) => inTurn(() => restore(file)),
    health: () => health,
    checkHealth: () => inTurn(checkHealth),
  };
}
