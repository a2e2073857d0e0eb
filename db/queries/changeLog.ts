import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The latest stamp this database holds: the latest written here (the partial index
 * change_log_hlc_local) or the latest any import brought (local_meta 'hlc_seen').
 */
export async function latestHlc(db: Kysely<Database>): Promise<string | undefined> {
  const own = await db
    .selectFrom('change_log')
    .select('hlc')
    .where('source', 'is', null)
    .orderBy('hlc', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seen = await db.selectFrom('local_meta').select('value').where('key', '=', HLC_SEEN).executeTakeFirst();
  const all = [own?.hlc, seen?.value].filter((h): h is string => h !== undefined).sort();
  return all[all.length - 1];
}

/** local_meta key of the latest stamp an import has brought (or a restore carried over from the replaced file). */
export const HLC_SEEN = 'hlc_seen';

/** Raises the latest imported stamp to `hlc` (in the import's transaction). */
export async function raiseHlcSeen(db: Kysely<Database>, hlc: string): Promise<void> {
  await db
    .insertInto('local_meta')
    .values({ key: HLC_SEEN, value: hlc })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: hlc }).where('local_meta.value', '<', hlc))
    .execute();
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
 * itself (null), or nobody (undefined: the row is new). An office keeps a branch's authorship
 * as the row's origin audience row; otherwise the first change_log entry, never pruned, names it.
 */
export async function rowAuthor(db: Kysely<Database>, table: string, id: string): Promise<string | null | undefined> {
  const origin = await db
    .selectFrom('sync_audience')
    .select('peer_code')
    .where('table_name', '=', table)
    .where('row_id', '=', id)
    .where('origin', '=', 1)
    .executeTakeFirst();
  if (origin) return origin.peer_code;
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
