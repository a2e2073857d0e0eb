import type BetterSqlite3 from 'better-sqlite3';
import type { RecordTable } from '../schema.js';

type Value = string | number | bigint | null | Buffer;

/** change_log.columns of a row applied from a bundle: the whole row as it came (JSON, like the rest). */
export const WHOLE_ROW = '["*"]';

/**
 * The handful of statements a bundle import runs for each of its rows, prepared once per
 * connection and run directly on it (inside the import's transaction). Building each through
 * Kysely cost more than SQLite's own work on an office of hundreds of branches.
 */
export class ImportStatements {
  private readonly cache = new Map<string, BetterSqlite3.Statement>();
  private readonly upserts = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  private stmt(sql: string): BetterSqlite3.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** The row as stored, or undefined. */
  read(table: RecordTable, id: string): Record<string, unknown> | undefined {
    return this.stmt(`SELECT * FROM "${table}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  }

  /**
   * Who first wrote a row here: the peer whose bundle brought it, this installation (null), or
   * nobody (undefined). change_log is never pruned, so its first entry names the author for good.
   */
  author(table: RecordTable, id: string): string | null | undefined {
    const r = this.stmt('SELECT source FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY seq LIMIT 1').get(
      table,
      id,
    ) as { source: string | null } | undefined;
    return r ? r.source : undefined;
  }

  /** The row's latest change_log seq (0: never logged). */
  lastSeq(table: RecordTable, id: string): number {
    const r = this.stmt('SELECT MAX(seq) AS m FROM change_log WHERE table_name = ? AND row_id = ?').get(table, id) as
      { m: number | null } | undefined;
    return r?.m ?? 0;
  }

  /** Writes the row as it came, replacing any older version of it. */
  upsert(table: RecordTable, cols: string[], values: Value[]): void {
    // Keyed by the column list: building the SQL text for every row cost more than running it.
    const key = `${table}:${cols.join(',')}`;
    let s = this.upserts.get(key);
    if (!s) {
      const names = cols.map((c) => `"${c}"`);
      const updates = cols.filter((c) => c !== 'id').map((c) => `"${c}" = excluded."${c}"`);
      s = this.stmt(
        `INSERT INTO "${table}" (${names.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
      );
      this.upserts.set(key, s);
    }
    s.run(...values);
  }

  /** Logs a row applied from `source`'s bundle. */
  log(table: RecordTable, id: string, hlc: string, op: 'insert' | 'update', source: string): void {
    this.stmt('INSERT INTO change_log (table_name, row_id, hlc, op, columns, source) VALUES (?, ?, ?, ?, ?, ?)').run(
      table,
      id,
      hlc,
      op,
      WHOLE_ROW,
      source,
    );
  }

  /** Addresses the row to a branch (on an office); adding it twice is harmless. */
  address(table: RecordTable, id: string, peer: string): void {
    this.stmt('INSERT OR IGNORE INTO sync_audience (table_name, row_id, peer_code) VALUES (?, ?, ?)').run(
      table,
      id,
      peer,
    );
  }
}

const perConnection = new WeakMap<BetterSqlite3.Database, ImportStatements>();

/** The import statements of this connection (prepared on first use, kept for its lifetime). */
export function importStatements(sqlite: BetterSqlite3.Database): ImportStatements {
  let s = perConnection.get(sqlite);
  if (!s) {
    s = new ImportStatements(sqlite);
    perConnection.set(sqlite, s);
  }
  return s;
}
