import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../db/open.js';
import { RECORD_TABLES } from '../../db/schema.js';

/** Bytes this process has caused to be written to storage so far (Linux /proc; 0 elsewhere). */
export function bytesWritten(): number {
  try {
    const line = /^write_bytes: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return line ? Number(line[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sync bookkeeping: the change log, the audience, inbox/outbox, and their indexes. */
const BOOKKEEPING = /^(change_log|sync_|sqlite_autoindex_sync_|sqlite_autoindex_change_log)/;

/** The file's pages split into the records themselves and the sync bookkeeping (SQLite's dbstat table). */
export function storageSplit(sqlite: BetterSqlite3.Database): { data: number; bookkeeping: number } {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const rows = sqlite.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as {
    name: string;
    bytes: number;
  }[];
  let data = 0;
  let bookkeeping = 0;
  for (const r of rows) {
    if (BOOKKEEPING.test(r.name)) bookkeeping += r.bytes;
    else data += r.bytes;
  }
  return { data, bookkeeping };
}

/** Drops the target's indexes the source does not have (an office drops those only a branch uses). */
function sameIndexes(from: BetterSqlite3.Database, target: BetterSqlite3.Database): void {
  const names = (db: BetterSqlite3.Database) =>
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").pluck().all() as string[];
  const kept = new Set(names(from));
  for (const name of names(target)) if (!kept.has(name)) target.exec(`DROP INDEX "${name}"`);
}

/**
 * The raw reference for an import: the same record rows, inserted with prepared better-sqlite3
 * statements in one transaction into a new file of the office's schema (the same tables and
 * indexes; no change log, no audience, no status caches). Returns the time and the size of that
 * file: the records' own size without any bookkeeping.
 */
export async function rawReference(
  from: BetterSqlite3.Database,
  path: string,
): Promise<{ ms: number; cpuMs: number; bytes: number; rows: number }> {
  const target = await openDatabase(path);
  try {
    const sqlite = target.sqlite;
    sameIndexes(from, sqlite);
    sqlite.pragma('foreign_keys = OFF');
    let ms = 0;
    let cpuMs = 0;
    let count = 0;
    // Rows are read in chunks outside the timed part, so memory stays small on a county-sized office.
    const timed = (fn: () => void) => {
      const t = performance.now();
      const c = process.cpuUsage();
      fn();
      const used = process.cpuUsage(c);
      cpuMs += (used.user + used.system) / 1000;
      ms += performance.now() - t;
    };
    timed(() => sqlite.prepare('BEGIN').run());
    for (const table of RECORD_TABLES) {
      const read = from.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw(true);
      const cols = read.columns().map((c) => c.name);
      const insert = sqlite.prepare(
        `INSERT OR REPLACE INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      );
      let chunk: unknown[][] = [];
      const flush = () => {
        const rows = chunk;
        chunk = [];
        timed(() => {
          for (const r of rows) insert.run(...r);
        });
      };
      for (const row of read.iterate() as IterableIterator<unknown[]>) {
        chunk.push(row);
        count += 1;
        if (chunk.length >= 5000) flush();
      }
      flush();
    }
    timed(() => sqlite.prepare('COMMIT').run());
    const { data } = storageSplit(sqlite);
    return { ms, cpuMs, bytes: data, rows: count };
  } finally {
    target.sqlite.close();
  }
}
