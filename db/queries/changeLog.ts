import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function latestHlc(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('change_log').select('hlc').orderBy('hlc', 'desc').limit(1).executeTakeFirst();
  return row?.hlc;
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
