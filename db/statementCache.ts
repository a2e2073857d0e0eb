import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct statements stay prepared; queries with variable IN lists fall out first. */
const CAPACITY = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running most of ours (an import
 * runs the same handful of statements for each of thousands of rows). This keeps the most
 * recently used statements prepared. Safe because the app runs its queries one at a time on
 * one connection and never streams, so a statement is never in use twice at once.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      if (sql === 'rollback') return rollback(sqlite);
      const hit = cache.get(sql);
      if (hit) {
        // Re-inserting keeps the Map in least-recently-used order.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = sqlite.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}

/**
 * Kysely's rollback after a failed transaction. SQLite has already rolled back by itself after
 * some errors (a full disk: SQLITE_FULL), and a second ROLLBACK would fail with “no transaction
 * is active”, replacing the error that says what went wrong.
 */
function rollback(sqlite: BetterSqlite3.Database): SqliteStatement {
  const stmt = sqlite.prepare('ROLLBACK');
  return {
    reader: false,
    all: () => [],
    iterate: () => [][Symbol.iterator](),
    run: () => (sqlite.inTransaction ? stmt.run() : { changes: 0, lastInsertRowid: 0 }),
  };
}
