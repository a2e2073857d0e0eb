import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface MemberHistory {
  id: string;
  name: string;
  joinedOn: string;
  groupId: string | null;
  groupName: string;
  events: { kind: string; date: string }[];
}

/**
 * Every member ever recorded with their dated lifecycle events, for reconstructing the
 * roster as it stood on a past day.
 */
export async function memberHistories(db: Kysely<Database>): Promise<MemberHistory[]> {
  const members = await db
    .selectFrom('member')
    .leftJoin('party_group', 'party_group.id', 'member.group_id')
    .select(['member.id', 'member.name', 'member.joined_on', 'member.group_id', 'party_group.name as group_name'])
    .where('member.deleted_at', 'is', null)
    .orderBy('party_group.sort_order')
    .orderBy('member.joined_on')
    .orderBy('member.name')
    .execute();
  const events = await db
    .selectFrom('member_event')
    .select(['member_id', 'kind', 'event_date'])
    .where('deleted_at', 'is', null)
    .orderBy('event_date')
    .execute();
  const byMember = new Map<string, { kind: string; date: string }[]>();
  for (const e of events) {
    const list = byMember.get(e.member_id) ?? [];
    list.push({ kind: e.kind, date: e.event_date });
    byMember.set(e.member_id, list);
  }
  return members.map((m) => ({
    id: m.id,
    name: m.name,
    joinedOn: m.joined_on,
    groupId: m.group_id,
    groupName: m.group_name ?? '',
    events: byMember.get(m.id) ?? [],
  }));
}
