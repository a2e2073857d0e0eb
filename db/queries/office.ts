import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The office's view across branches: every branch row in the office's file is tied to the
 * branch it came from by `sync_audience` (peer_code = the branch's code).
 */

/** Each branch's bundles: how many were imported and the last import time. */
export async function inboxByBranch(
  db: Kysely<Database>,
): Promise<{ peer_code: string; bundles: number; last: string | null; seq: number | null }[]> {
  return db
    .selectFrom('sync_inbox')
    .select((eb) => [
      'peer_code',
      eb.fn.countAll<number>().as('bundles'),
      eb.fn.max<string | null>('imported_at').as('last'),
      eb.fn.max<number | null>('seq').as('seq'),
    ])
    .groupBy('peer_code')
    .execute();
}

/** Members whose 党籍 is active, counted per branch. */
export async function activeMembersByBranch(db: Kysely<Database>): Promise<{ code: string; n: number }[]> {
  return db
    .selectFrom('member')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'member.id').on('a.table_name', '=', 'member').on('a.peer_code', '!=', '*'),
    )
    .select((eb) => ['a.peer_code as code', eb.fn.countAll<number>().as('n')])
    .where('member.deleted_at', 'is', null)
    .where('member.status', '=', 'active')
    .groupBy('a.peer_code')
    .execute();
}

/** Each branch's organisation name (from its own organisation row). */
export async function branchOrgNames(db: Kysely<Database>): Promise<{ code: string; name: string }[]> {
  return db
    .selectFrom('organization')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'organization.id').on('a.table_name', '=', 'organization'),
    )
    .select(['a.peer_code as code', 'organization.name'])
    .where('organization.mode', '=', 'branch')
    .where('organization.deleted_at', 'is', null)
    .orderBy('organization.created_at')
    .execute();
}

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

/** Every member row of every branch, with the code of the branch it belongs to. */
export async function branchMembers(db: Kysely<Database>): Promise<BranchMemberRow[]> {
  return db
    .selectFrom('member')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'member.id').on('a.table_name', '=', 'member').on('a.peer_code', '!=', '*'),
    )
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
    .where('member.deleted_at', 'is', null)
    .execute();
}

/** Every live member event (kind and date), for rebuilding rosters as of a day. */
export async function allMemberEvents(
  db: Kysely<Database>,
): Promise<{ member_id: string; kind: string; event_date: string }[]> {
  return db
    .selectFrom('member_event')
    .select(['member_id', 'kind', 'event_date'])
    .where('deleted_at', 'is', null)
    .execute();
}

/** Every 发展党员 person of every branch, with its branch code. */
export async function branchDevPeople(
  db: Kysely<Database>,
): Promise<{ code: string; id: string; cancelled_on: string | null }[]> {
  return db
    .selectFrom('dev_person')
    .innerJoin('sync_audience as a', (j) =>
      j.onRef('a.row_id', '=', 'dev_person.id').on('a.table_name', '=', 'dev_person').on('a.peer_code', '!=', '*'),
    )
    .select(['a.peer_code as code', 'dev_person.id', 'dev_person.cancelled_on'])
    .where('dev_person.deleted_at', 'is', null)
    .execute();
}

/** Every live development step's person, step and date. */
export async function allDevSteps(
  db: Kysely<Database>,
): Promise<{ person_id: string; step: string; done_on: string }[]> {
  return db.selectFrom('dev_step').select(['person_id', 'step', 'done_on']).where('deleted_at', 'is', null).execute();
}
