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
  private readonly writers = new Map<string, BetterSqlite3.Statement>();
  /**
   * The audience's numbers for table names and peer codes (migration 0012), read afresh for
   * each bundle: a refused one takes back any number it added.
   */
  private readonly numbers = { table: new Map<string, number>(), code: new Map<string, number>() };
  /** Each kind and table's latest writer: a bundle's rows of one table mostly have the same columns. */
  private readonly latestWriters = new Map<string, { cols: readonly string[]; stmt: BetterSqlite3.Statement }>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  private stmt(sql: string): BetterSqlite3.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** Starts a bundle's import (inside its transaction). */
  begin(): void {
    this.numbers.table.clear();
    this.numbers.code.clear();
  }

  /** The number of a table name or peer code, added the first time it is addressed. */
  private numberOf(kind: 'table' | 'code', value: string): number {
    const known = this.numbers[kind];
    let n = known.get(value);
    if (n === undefined) {
      const [t, c] = kind === 'table' ? ['sync_table', 'name'] : ['sync_code', 'code'];
      this.stmt(`INSERT INTO ${t} (${c}) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM ${t} WHERE ${c} = ?)`).run(
        value,
        value,
      );
      n = (this.stmt(`SELECT id FROM ${t} WHERE ${c} = ?`).get(value) as { id: number }).id;
      known.set(value, n);
    }
    return n;
  }

  /** The row as stored, or undefined. */
  read(table: RecordTable, id: string): Record<string, unknown> | undefined {
    return this.stmt(`SELECT * FROM "${table}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  }

  /**
   * Who first wrote a row here — the peer whose bundle brought it (an office keeps that as the
   * row's origin audience row; before migration 0010 and on a branch, the first change_log entry
   * names it), this installation (null), or nobody (undefined) — and whether the row has any
   * change_log entry. Neither the origin nor the first entry ever changes. `sender`'s own origin
   * row is looked up first: a branch updating its own rows is the usual case, and one probe of
   * its range is cheaper than skipping through every branch's (migration 0015).
   */
  provenance(table: RecordTable, id: string, sender: string): { author: string | null | undefined; logged: boolean } {
    const first = this.stmt(
      'SELECT source FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY seq LIMIT 1',
    ).get(table, id) as { source: string | null } | undefined;
    const tableNo = this.numberOf('table', table);
    const senders = this.stmt(
      `SELECT a.origin FROM sync_audience_row a JOIN sync_code c ON c.id = a.code_no
       WHERE c.code = ? AND a.table_no = ? AND a.row_id = ?`,
    ).get(sender, tableNo, id) as { origin: number } | undefined;
    if (senders?.origin === 1) return { author: sender, logged: first !== undefined };
    const origin = this.stmt(
      `SELECT c.code AS peer_code FROM sync_audience_row a JOIN sync_code c ON c.id = a.code_no
       WHERE a.table_no = ? AND a.row_id = ? AND a.origin = 1`,
    ).get(tableNo, id) as { peer_code: string } | undefined;
    return { author: origin ? origin.peer_code : first?.source, logged: first !== undefined };
  }

  /** The row's latest change_log seq (0: never logged). */
  lastSeq(table: RecordTable, id: string): number {
    const r = this.stmt('SELECT MAX(seq) AS m FROM change_log WHERE table_name = ? AND row_id = ?').get(table, id) as
      { m: number | null } | undefined;
    return r?.m ?? 0;
  }

  /** Writes the row as it came, replacing any older version of it. */
  upsert(table: RecordTable, cols: string[], values: Value[]): void {
    this.writer('replace', table, cols).run(...values);
  }

  /** Writes the row as it came if its id is new here; false (nothing written) if it is not. */
  insertNew(table: RecordTable, cols: string[], values: Value[]): boolean {
    return this.writer('new', table, cols).run(...values).changes === 1;
  }

  /** Keyed by the column list: building the SQL text for every row cost more than running it. */
  private writer(kind: 'replace' | 'new', table: RecordTable, cols: readonly string[]): BetterSqlite3.Statement {
    const slot = `${kind}:${table}`;
    const latest = this.latestWriters.get(slot);
    if (latest && sameColumns(latest.cols, cols)) return latest.stmt;
    const key = `${slot}:${cols.join(',')}`;
    let s = this.writers.get(key);
    if (!s) {
      const names = cols.map((c) => `"${c}"`);
      const updates = cols.filter((c) => c !== 'id').map((c) => `"${c}" = excluded."${c}"`);
      s = this.stmt(
        `INSERT INTO "${table}" (${names.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
         ON CONFLICT (id) DO ${kind === 'new' ? 'NOTHING' : `UPDATE SET ${updates.join(', ')}`}`,
      );
      this.writers.set(key, s);
    }
    this.latestWriters.set(slot, { cols, stmt: s });
    return s;
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

  /**
   * Addresses the row to a branch (on an office); adding it twice is harmless. `origin`: the
   * branch brought the row here first (its author).
   */
  address(table: RecordTable, id: string, peer: string, origin: boolean): void {
    this.stmt('INSERT OR IGNORE INTO sync_audience_row (code_no, table_no, row_id, origin) VALUES (?, ?, ?, ?)').run(
      this.numberOf('code', peer),
      this.numberOf('table', table),
      id,
      origin ? 1 : 0,
    );
  }
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
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
