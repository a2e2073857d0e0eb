import type { Kysely } from 'kysely';
import { logAsImported, unloggedOrigin } from '../../db/queries/audience.js';
import type { Database, RecordTable } from '../../db/schema.js';

/** The audience code for a row every enrolled branch receives (a county notice or setting). */
export const EVERY_BRANCH = '*';

/**
 * Addresses a row on this office to a branch (or EVERY_BRANCH); adding one twice is harmless.
 * A branch's own row that was never logged (electron/sync/importer.ts) is logged first: the
 * new recipient's incremental replies find rows by their change-log entries.
 */
export async function addAudience(
  db: Kysely<Database>,
  table: RecordTable,
  rowId: string,
  peer: string,
): Promise<void> {
  const origin = await unloggedOrigin(db, table, rowId);
  if (origin !== undefined && origin !== peer) await logAsImported(db, table, rowId, origin);
  // sync_audience is a view (migration 0012): no upsert clause, the conflict policy instead.
  await db
    .insertInto('sync_audience')
    .orIgnore()
    .values({ table_name: table, row_id: rowId, peer_code: peer })
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
