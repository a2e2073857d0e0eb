import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** SQLite's own page-level check: 'ok', or one line per damaged spot (at most 20). */
export async function integrityLines(db: Kysely<Database>): Promise<string[]> {
  const r = await sql<{ integrity_check: string }>`PRAGMA integrity_check(20)`.execute(db);
  return r.rows.map((x) => x.integrity_check).filter((l) => l !== 'ok');
}

/** Rows that point at a row that does not exist, per table. */
export async function danglingReferences(db: Kysely<Database>): Promise<{ table: string; count: number }[]> {
  const r = await sql<{ table: string; n: number }>`
    SELECT "table", COUNT(*) AS n FROM pragma_foreign_key_check GROUP BY "table" ORDER BY "table"`.execute(db);
  return r.rows.map((x) => ({ table: x.table, count: Number(x.n) }));
}

/** How many logged writes carry a stamp later than `hlc` (a string compare: HLCs sort by time). */
export async function changesStampedAfter(db: Kysely<Database>, hlc: string): Promise<number> {
  const r = await db
    .selectFrom('change_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('hlc', '>', hlc)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
