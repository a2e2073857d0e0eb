import type BetterSqlite3 from 'better-sqlite3';
import type { DataKey } from './cipher.js';
import { systemClock, type Clock } from './clock.js';
import { backupDirFor, backupStem, newBackupPath, vacuumBackup } from './backupFile.js';
import { DatabaseOpenError, sqliteDiskCause } from './errors.js';
import type { Migration } from './migrations/types.js';

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/** Fails, changing nothing, when the file was written by a newer app than this one. */
export function assertNotNewer(sqlite: BetterSqlite3.Database, latest: number): void {
  const current = schemaVersion(sqlite);
  if (current > latest) {
    throw new DatabaseOpenError(
      'DB_TOO_NEW',
      `数据库版本为 ${current}，高于本程序支持的版本 ${latest}，请升级支部台账后再打开（数据未作任何改动）`,
    );
  }
}

/**
 * Makes the verified pre-migration copy of the open file `sqlite` into its backup set and
 * returns the copy's path. The default is VACUUM INTO on this connection; the app's
 * installation passes one that copies on its maintenance thread, so a migration at a browser's
 * first login (a locked start) or after a restore does not hold the host's other calls.
 */
export type MigrationCopy = (sqlite: BetterSqlite3.Database, filePath: string, nowMs: number) => Promise<string>;

const copyHere =
  (key: DataKey | null): MigrationCopy =>
  (sqlite, filePath, nowMs) =>
    Promise.resolve(
      vacuumBackup(sqlite, newBackupPath(backupDirFor(filePath), backupStem(filePath), nowMs, 'migrate'), key),
    );

/**
 * Brings the schema to the latest version: a verified copy of the file first, into its backup
 * set (when it holds data), then each migration in its own transaction together with its
 * user_version bump. Returns the backup path, if one was taken. The copy is awaited before the
 * first step begins, so it holds the data as the migration found it.
 */
export async function migrate(
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[],
  filePath: string | null,
  clock: Clock = systemClock,
  key: DataKey | null = null,
  copy: MigrationCopy = copyHere(key),
): Promise<string | null> {
  const latest = migrations.length;
  assertNotNewer(sqlite, latest);
  const current = schemaVersion(sqlite);
  if (current === latest) return null;

  const backup = filePath && current > 0 ? await copy(sqlite, filePath, clock.nowMs()) : null;

  for (const m of migrations) {
    if (m.version <= current) continue;
    const step = sqlite.transaction(() => {
      m.up(sqlite);
      sqlite.pragma(`user_version = ${m.version}`);
    });
    try {
      step.immediate();
    } catch (err) {
      throw new DatabaseOpenError(
        'DB_MIGRATION_FAILED',
        `数据库升级到版本 ${m.version}（${m.name}）失败，已回滚此步${backup ? `，升级前的备份在 ${backup}` : ''}：${sqliteDiskCause(err) ?? (err as Error).message}`,
      );
    }
  }
  return backup;
}
