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

/**
 * Who first wrote a row here: the peer whose bundle brought it (its code), this installation
 * itself (null), or nobody (undefined: the row is new). change_log is never pruned, so the
 * first entry names the row's author for good.
 */
export async function rowAuthor(db: Kysely<Database>, table: string, id: string): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('change_log')
    .select('source')
    .where('table_name', '=', table)
    .where('row_id', '=', id)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return row ? row.source : undefined;
}
