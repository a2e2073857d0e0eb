import type { Kysely, Selectable } from 'kysely';
import type { Database, PartyGroupTable } from '../schema.js';

export type PartyGroupRow = Selectable<PartyGroupTable>;

/** Every group that ever existed, dissolved ones included (for past periods). */
export async function listAllGroups(db: Kysely<Database>): Promise<PartyGroupRow[]> {
  return db
    .selectFrom('party_group')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
}

/** Groups as they are now (not dissolved). */
export async function listGroups(db: Kysely<Database>): Promise<PartyGroupRow[]> {
  return (await listAllGroups(db)).filter((g) => g.dissolved_on === null);
}

export async function findGroup(db: Kysely<Database>, id: string): Promise<PartyGroupRow | undefined> {
  return db
    .selectFrom('party_group')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .where('dissolved_on', 'is', null)
    .executeTakeFirst();
}

export async function maxGroupOrder(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('party_group')
    .select((eb) => eb.fn.max<number | null>('sort_order').as('m'))
    .executeTakeFirst();
  return row?.m ?? 0;
}

export async function countMembersInGroup(db: Kysely<Database>, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('group_id', '=', groupId)
    .where('status', '=', 'active')
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
