import { sql, type Kysely } from 'kysely';
import type { Database, RecordTable } from '../schema.js';

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

/**
 * Rows of `table` whose current version has no entry in the change log (it would never be
 * sent). On an office, a branch's own row with no entry at all is complete: its origin
 * audience row stands for the log (electron/sync/importer.ts). The table's origin rows are
 * gathered once (the audience is keyed by branch, migration 0015), not looked up row by row.
 */
export async function unloggedRows(db: Kysely<Database>, table: RecordTable): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT COUNT(*) AS n FROM ${sql.table(table)} x
    WHERE NOT EXISTS (SELECT 1 FROM change_log c
      WHERE c.table_name = ${table} AND c.row_id = x.id AND c.hlc = x.updated_at)
    AND NOT (
      x.id IN (SELECT a.row_id FROM sync_audience_row a
        WHERE a.table_no = (SELECT id FROM sync_table WHERE name = ${table}) AND a.origin = 1)
      AND NOT EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = ${table} AND c.row_id = x.id))`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Members whose status (转出, 出党, 去世, 停止党籍) has no event in their history that made it so. */
export async function membersWithoutStatusEvent(db: Kysely<Database>): Promise<{ name: string; status: string }[]> {
  const r = await sql<{ name: string; status: string }>`
    SELECT m.name, m.status FROM member m
    WHERE m.deleted_at IS NULL AND m.status != 'active'
      AND NOT EXISTS (SELECT 1 FROM member_event e
        WHERE e.member_id = m.id AND e.deleted_at IS NULL
          AND e.kind = CASE m.status WHEN 'transferred_out' THEN 'transfer_out' WHEN 'left' THEN 'leave'
                                     WHEN 'deceased' THEN 'death' WHEN 'suspended' THEN 'suspend' END)
    ORDER BY m.name`.execute(db);
  return r.rows;
}
