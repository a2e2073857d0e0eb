import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openKeyed, type DataKey } from './cipher.js';
import type { Clock } from './clock.js';
import { DatabaseOpenError, sqliteDiskCause } from './errors.js';
import { assertNotNewer, migrate, type MigrationCopy } from './migrate.js';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';
import type { Database as Schema } from './schema.js';
import { withStatementCache } from './statementCache.js';

export interface OpenOptions {
  /** Path to an Electron-built better_sqlite3.node (the desktop app); Node's own build otherwise. */
  nativeBinding?: string;
  /** Tests of the runner pass their own list. */
  migrations?: readonly Migration[];
  /** Names the pre-migration backup. */
  clock?: Clock;
  /** The installation's data key (encrypted file); null or absent opens a plain file. */
  key?: DataKey | null;
  /** Makes the pre-migration copy; VACUUM INTO on the opening connection when absent. */
  migrationCopy?: MigrationCopy;
}

export interface OpenDatabase {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Schema>;
  /** Where the pre-migration copy was written, if a migration ran on existing data. */
  backupPath: string | null;
  /** The key the file is read with; every other connection to it or to its backups needs it too. */
  key: DataKey | null;
  close(): Promise<void>;
}

const connections = new WeakMap<Kysely<Schema>, BetterSqlite3.Database>();

/**
 * The better-sqlite3 connection under a Kysely instance opened here. Hot loops (a bundle import
 * writes thousands of rows) run prepared statements on it directly, inside the Kysely
 * transaction that holds this very connection.
 */
export function connectionOf(db: Kysely<Schema>): BetterSqlite3.Database {
  const c = connections.get(db);
  if (!c) throw new Error('connectionOf: database not opened by openDatabase');
  return c;
}

function openFailure(path: string, err: unknown): Error {
  if (err instanceof DatabaseOpenError) return err;
  const disk = sqliteDiskCause(err);
  if (disk) return new DatabaseOpenError('DB_DISK', `无法打开数据文件 ${path}：${disk}`);
  return new DatabaseOpenError('DB_NOT_SQLITE', `无法打开数据文件 ${path}：它不是支部台账的数据库`);
}

/** Opens (creating if needed) and migrates the database file. Nothing happens at import time. */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const list = options.migrations ?? allMigrations;
  const key = options.key ?? null;
  let sqlite: BetterSqlite3.Database;
  try {
    // Keyed before the first read; a wrong key stops here, before anything is written.
    sqlite = openKeyed(path, { key, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (err) {
    throw openFailure(path, err);
  }
  try {
    try {
      // The version check comes before any pragma that writes, so a too-new file stays untouched.
      assertNotNewer(sqlite, list.length);
    } catch (err) {
      throw openFailure(path, err);
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const file = path === ':memory:' ? null : path;
    const backupPath = await migrate(sqlite, list, file, options.clock, key, options.migrationCopy);
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    connections.set(db, sqlite);
    return {
      path,
      sqlite,
      db,
      backupPath,
      key,
      close: async () => {
        await db.destroy();
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
