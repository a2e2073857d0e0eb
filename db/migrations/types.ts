import type BetterSqlite3 from 'better-sqlite3';

/** A forward-only schema step. `up` runs inside the runner's transaction; never edit a shipped one. */
export interface Migration {
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}

/** Columns every synced domain table carries (the sync record convention). */
export const RECORD_COLUMNS = `
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT`;
