import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Every local_meta value whose key starts with `prefix`, keyed by the rest of the key (one read for a whole county). */
export async function metaUnder(db: Kysely<Database>, prefix: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('local_meta')
    .select(['key', 'value'])
    .where('key', '>=', prefix)
    .where('key', '<', `${prefix}\uffff`)
    .execute();
  return new Map(rows.map((r) => [r.key.slice(prefix.length), r.value]));
}

/** The bundle imported last here (its sender's code and sequence number). */
export async function lastImported(db: Kysely<Database>): Promise<{ peer_code: string; seq: number } | undefined> {
  return db.selectFrom('sync_inbox').select(['peer_code', 'seq']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}
