import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * This installation's setting of that key. An office also holds each branch's settings rows
 * (addressed to that branch), which are not its own; of two rows the newest counts.
 */
export async function findSetting(
  db: Kysely<Database>,
  key: string,
): Promise<{ id: string; value: string } | undefined> {
  return db
    .selectFrom('setting')
    .select(['id', 'value'])
    .where('key', '=', key)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('sync_audience')
            .select('row_id')
            .whereRef('sync_audience.row_id', '=', 'setting.id')
            .where('sync_audience.table_name', '=', 'setting')
            .where('sync_audience.peer_code', '!=', '*'),
        ),
      ),
    )
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
}
