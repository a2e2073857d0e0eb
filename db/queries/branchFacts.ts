import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The rows a branch's structure facts (electron/services/office/branchFacts.ts) are made of,
 * for the branches named (each row with the code of the branch it came from), read in one pass.
 */

export interface BranchMemberRow {
  code: string;
  id: string;
  gender: 'male' | 'female';
  ethnicity: string;
  birth_date: string;
  education: string;
  occupation: string;
  joined_on: string;
  confirmed_on: string | null;
  kind: 'formal' | 'probationary';
  is_mobile: number;
}

/** The member rows of the branches `codes`. */
export async function membersOf(db: Kysely<Database>, codes: readonly string[]): Promise<BranchMemberRow[]> {
  if (!codes.length) return [];
  return db
    .selectFrom('member')
    .innerJoin('sync_audience as a', (j) => j.onRef('a.row_id', '=', 'member.id').on('a.table_name', '=', 'member'))
    .select([
      'a.peer_code as code',
      'member.id',
      'member.gender',
      'member.ethnicity',
      'member.birth_date',
      'member.education',
      'member.occupation',
      'member.joined_on',
      'member.confirmed_on',
      'member.kind',
      'member.is_mobile',
    ])
    .where('a.peer_code', 'in', codes)
    .where('member.deleted_at', 'is', null)
    .execute();
}

/** The live events of the members of the branches `codes` (a member two branches sent comes twice: tell them by id). */
export async function memberEventsOf(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<{ id: string; member_id: string; kind: string; event_date: string }[]> {
  if (!codes.length) return [];
  return db
    .selectFrom('member_event as e')
    .innerJoin('sync_audience as a', (j) => j.onRef('a.row_id', '=', 'e.member_id').on('a.table_name', '=', 'member'))
    .select(['e.id', 'e.member_id', 'e.kind', 'e.event_date'])
    .where('a.peer_code', 'in', codes)
    .where('e.deleted_at', 'is', null)
    .execute();
}

/** The 发展党员 people of the branches `codes`. */
export async function devPeopleOf(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<{ code: string; id: string; cancelled_on: string | null }[]> {
  if (!codes.length) return [];
  return db
    .selectFrom('dev_person')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'dev_person.id').on('a.table_name', '=', 'dev_person'),
    )
    .select(['a.peer_code as code', 'dev_person.id', 'dev_person.cancelled_on'])
    .where('a.peer_code', 'in', codes)
    .where('dev_person.deleted_at', 'is', null)
    .execute();
}

/** The live development steps of the people of the branches `codes` (by id, as the events). */
export async function devStepsOf(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<{ id: string; person_id: string; step: string; done_on: string }[]> {
  if (!codes.length) return [];
  return db
    .selectFrom('dev_step as s')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 's.person_id').on('a.table_name', '=', 'dev_person'),
    )
    .select(['s.id', 's.person_id', 's.step', 's.done_on'])
    .where('a.peer_code', 'in', codes)
    .where('s.deleted_at', 'is', null)
    .execute();
}
