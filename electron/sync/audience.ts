import type { Kysely } from 'kysely';
import type { Database, RecordTable } from '../../db/schema.js';

/** The audience code for a row every enrolled branch receives (a county notice or setting). */
export const EVERY_BRANCH = '*';

/** Addresses a row on this office to a branch (or EVERY_BRANCH); adding one twice is harmless. */
export async function addAudience(
  db: Kysely<Database>,
  table: RecordTable,
  rowId: string,
  peer: string,
): Promise<void> {
  await db
    .insertInto('sync_audience')
    .values({ table_name: table, row_id: rowId, peer_code: peer })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The branch a row came from or was addressed to (the first one, when there are several). */
export async function branchOf(db: Kysely<Database>, table: RecordTable, rowId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('sync_audience')
    .select('peer_code')
    .where('table_name', '=', table)
    .where('row_id', '=', rowId)
    .where('peer_code', '!=', EVERY_BRANCH)
    .orderBy('peer_code')
    .executeTakeFirst();
  return r?.peer_code;
}
