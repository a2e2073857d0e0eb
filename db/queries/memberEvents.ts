import type { Kysely, Selectable } from 'kysely';
import type { Database, MemberEventTable } from '../schema.js';

export type MemberEventRow = Selectable<MemberEventTable>;

export async function listMemberEvents(db: Kysely<Database>, memberId: string): Promise<MemberEventRow[]> {
  return db
    .selectFrom('member_event')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('deleted_at', 'is', null)
    .orderBy('event_date')
    .orderBy('created_at')
    .execute();
}

export async function listEventsOfKinds(db: Kysely<Database>, kinds: string[]): Promise<MemberEventRow[]> {
  return db
    .selectFrom('member_event')
    .selectAll()
    .where('kind', 'in', kinds)
    .where('deleted_at', 'is', null)
    .orderBy('event_date')
    .execute();
}
