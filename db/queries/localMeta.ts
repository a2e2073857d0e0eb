import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function getMeta(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('local_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('local_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function deleteMeta(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('local_meta').where('key', '=', key).execute();
}
