import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function findSetting(
  db: Kysely<Database>,
  key: string,
): Promise<{ id: string; value: string } | undefined> {
  return db
    .selectFrom('setting')
    .select(['id', 'value'])
    .where('key', '=', key)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}
