import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The office's view across branches: every branch row in the office's file is tied to the
 * branch it came from by `sync_audience` (peer_code = the branch's code).
 */

/** Each branch's bundles: how many were imported and the last import time. */
export async function inboxByBranch(
  db: Kysely<Database>,
): Promise<{ peer_code: string; bundles: number; last: string | null; seq: number | null }[]> {
  return db
    .selectFrom('sync_inbox')
    .select((eb) => [
      'peer_code',
      eb.fn.countAll<number>().as('bundles'),
      eb.fn.max<string | null>('imported_at').as('last'),
      eb.fn.max<number | null>('seq').as('seq'),
    ])
    .groupBy('peer_code')
    .execute();
}

/**
 * Members whose 党籍 is active, counted per branch: each branch's member range of the audience
 * (keyed by branch, migration 0015) in turn, so the planner never looks up members row by row.
 */
export async function activeMembersByBranch(db: Kysely<Database>): Promise<{ code: string; n: number }[]> {
  const r = await sql<{ code: string; n: number }>`
    SELECT c.code, COUNT(*) AS n
    FROM sync_code c CROSS JOIN sync_audience_row a CROSS JOIN member m
    WHERE a.code_no = c.id AND a.table_no = (SELECT id FROM sync_table WHERE name = 'member') AND m.id = a.row_id
      AND c.code != '*' AND m.deleted_at IS NULL AND m.status = 'active'
    GROUP BY c.code`.execute(db);
  return r.rows;
}

/** Each branch's organisation name (from its own organisation row). */
export async function branchOrgNames(db: Kysely<Database>): Promise<{ code: string; name: string }[]> {
  return db
    .selectFrom('organization')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'organization.id').on('a.table_name', '=', 'organization'),
    )
    .select(['a.peer_code as code', 'organization.name'])
    .where('organization.mode', '=', 'branch')
    .where('organization.deleted_at', 'is', null)
    .orderBy('organization.created_at')
    .execute();
}
