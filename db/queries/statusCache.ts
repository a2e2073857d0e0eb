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

/** The local_meta values of `prefix` + each of `names`, keyed by name (one read for a share of a county). */
export async function metaOf(
  db: Kysely<Database>,
  prefix: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  if (!names.length) return new Map();
  const rows = await db
    .selectFrom('local_meta')
    .select(['key', 'value'])
    .where(
      'key',
      'in',
      names.map((n) => `${prefix}${n}`),
    )
    .execute();
  return new Map(rows.map((r) => [r.key.slice(prefix.length), r.value]));
}
