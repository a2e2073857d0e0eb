import type { BackupKind } from '../../../db/backupFile.js';
import type { DataKey } from '../../../db/cipher.js';
import type { Clock } from '../../../db/clock.js';
import type { MigrationCopy } from '../../../db/migrate.js';
import type { OpenDatabase } from '../../../db/open.js';
import { getMeta } from '../../../db/queries/localMeta.js';
import type { ServiceContext } from '../context.js';
import { backupWithoutKeys } from '../backup.js';
import { backupOffThread, keylessCopyOffThread, verifyOffThread } from '../offThread/run.js';
import type { FileAccess } from '../offThread/readOnly.js';
import { verifyDatabase, type Finding } from '../verify/verify.js';
import { createRestorer, type RestoreOutcome } from './restoring.js';
import { listBackups, takeBackup, type BackupEntry, type BackupOutcome } from './set.js';

/** local_meta key of the optional second backup folder (a USB stick): this PC's setting. */
export const SECOND_DIR_KEY = 'backup_second_dir';

export interface HealthReport {
  /** 'pending' until the first check after start-up (or a restore) has finished. */
  state: 'pending' | 'done';
  findings: Finding[];
}

export interface Maintenance {
  /** The data file as the maintenance thread opens it (the office's past-day lights read it there too). */
  fileAccess(): FileAccess;
  list(): BackupEntry[];
  backup(kind: BackupKind): Promise<BackupOutcome>;
  /** 备份数据: a copy of the data without this PC's keys at `out` (backupWithoutKeys), off the serving thread. */
  copyWithoutKeys(out: string): Promise<void>;
  /** Puts `file` in place of the data, keeping the current data as a 恢复前 backup first. */
  restore(file: string): Promise<RestoreOutcome>;
  /**
   * Resolves once no restore is putting its file in place: a transport's call waits here before
   * it takes the context, so it runs on the data as it will be, never on the file being replaced.
   */
  served(): Promise<void>;
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

/**
 * The pre-migration copy on the maintenance thread, with takeBackup on the opening connection as
 * the fallback. The migration awaits it (db/migrate.ts), so its first step starts only after the
 * copy's snapshot was read and the copy checked.
 */
export function migrationCopyOffThread(key: DataKey | null, nativeBinding?: string): MigrationCopy {
  return async (sqlite, databasePath, nowMs) => {
    const request = { databasePath, kind: 'migrate' as const, nowMs, secondDir: null, key, rotate: false };
    const job = { ...request, ...(nativeBinding ? { nativeBinding } : {}) };
    return (await backupOffThread(job, () => takeBackup(sqlite, request))).value.path;
  };
}

export function createMaintenance(deps: MaintenanceDeps): Maintenance {
  const inTurn = serial();
  let health: HealthReport = { state: 'pending', findings: [] };

  const binding = (): { nativeBinding?: string } => {
    const b = deps.context().sqliteBinding;
    return b ? { nativeBinding: b } : {};
  };

  // Every copy is made on the maintenance thread (offThread/run.ts): VACUUM INTO of a large file
  // would otherwise hold every call for the copy's length. One on its own read-only connection
  // reads one WAL snapshot, the data as committed when its read began: the serving connection's
  // writes meanwhile are not in it, and checkpoints never overwrite the pages it reads. Callers
  // that write after the copy (import, restore) await it, so their writes come after that snapshot.
  const backupNow = async (kind: BackupKind, rotate = true): Promise<BackupOutcome> => {
    const request = {
      databasePath: deps.path,
      kind,
      key: deps.current().key,
      nowMs: deps.clock.nowMs(),
      secondDir: (await getMeta(deps.context().db, SECOND_DIR_KEY)) ?? null,
      rotate,
    };
    const inline = () => takeBackup(deps.current().sqlite, request);
    return (await backupOffThread({ ...request, ...binding() }, inline)).value;
  };

  const copyWithoutKeys = async (out: string): Promise<void> => {
    const { key, sqlite } = deps.current();
    await keylessCopyOffThread({ databasePath: deps.path, out, key, ...binding() }, () =>
      backupWithoutKeys(sqlite, out, key),
    );
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

  // Not rotated now: the file being restored may be the set's oldest copy.
  const restorer = createRestorer(deps, { backupBefore: () => backupNow('restore', false), checkHealth });

  return {
    fileAccess: () => ({ path: deps.path, key: deps.current().key, ...binding() }),
    list: () => listBackups(deps.path),
    backup: (kind) => inTurn(() => backupNow(kind)),
    copyWithoutKeys: (out) => inTurn(() => copyWithoutKeys(out)),
    restore: (file) => inTurn(() => restorer.restore(file)),
    served: () => restorer.served(),
    health: () => health,
    checkHealth: () => inTurn(checkHealth),
  };
}
