import type { Kysely } from 'kysely';
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

/** Members whose 党籍 is active, counted per branch. */
export async function activeMembersByBranch(db: Kysely<Database>): Promise<{ code: string; n: number }[]> {
  return db
    .selectFrom('member')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'member.id').on('a.table_name', '=', 'member').on('a.peer_code', '!=', '*'),
    )
    .select((eb) => ['a.peer_code as code', eb.fn.countAll<number>().as('n')])
    .where('member.deleted_at', 'is', null)
    .where('member.status', '=', 'active')
    .groupBy('a.peer_code')
    .execute();
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
