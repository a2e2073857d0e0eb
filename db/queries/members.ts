import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, MemberTable } from '../schema.js';

export type MemberRow = Selectable<MemberTable> & { group_name: string | null };

function base(db: Kysely<Database>) {
  return db
    .selectFrom('member')
    .leftJoin('party_group', (j) =>
      j.onRef('party_group.id', '=', 'member.group_id').on('party_group.deleted_at', 'is', null),
    )
    .selectAll('member')
    .select('party_group.name as group_name')
    .where('member.deleted_at', 'is', null);
}

export type RosterScope = 'current' | 'former' | 'all';

/** Current = 在册 (active); former = everyone who left by any route or is suspended. */
export async function listMembers(db: Kysely<Database>, scope: RosterScope): Promise<MemberRow[]> {
  let q = base(db);
  if (scope === 'current') q = q.where('member.status', '=', 'active');
  if (scope === 'former') q = q.where('member.status', '!=', 'active');
  // Members without a 党小组 come after every group, not first (SQLite sorts NULL first).
  return q
    .orderBy(sql`party_group.sort_order IS NULL`)
    .orderBy('party_group.sort_order')
    .orderBy('member.joined_on')
    .orderBy('member.name')
    .execute();
}

export async function findMember(db: Kysely<Database>, id: string): Promise<MemberRow | undefined> {
  return base(db).where('member.id', '=', id).executeTakeFirst();
}

export async function findMemberByIdNumber(db: Kysely<Database>, idNumber: string): Promise<MemberRow | undefined> {
  return base(db).where('member.id_number', '=', idNumber).executeTakeFirst();
}

export async function allIdNumbers(
  db: Kysely<Database>,
): Promise<Map<string, { id: string; name: string; status: string }>> {
  const rows = await db
    .selectFrom('member')
    .select(['id', 'name', 'status', 'id_number'])
    .where('deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id_number, { id: r.id, name: r.name, status: r.status }]));
}

/** Every member's name by id (deleted ones too: old records still name them). */
export async function memberNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('member').select(['id', 'name']).execute();
  return new Map(rows.map((m) => [m.id, m.name]));
}

/** Each live member's 正式/预备 kind by id. */
export async function memberKinds(db: Kysely<Database>): Promise<Map<string, MemberTable['kind']>> {
  const rows = await db.selectFrom('member').select(['id', 'kind']).where('deleted_at', 'is', null).execute();
  return new Map(rows.map((m) => [m.id, m.kind]));
}
