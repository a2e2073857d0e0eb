import type { Kysely, Selectable } from 'kysely';
import type { CommitteeMemberTable, Database } from '../schema.js';

export type CommitteeRow = Selectable<CommitteeMemberTable>;

/** Every committee term, ended ones included, in the order the ledger lists posts. */
export async function listCommitteeTerms(db: Kysely<Database>): Promise<CommitteeRow[]> {
  return db
    .selectFrom('committee_member')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('started_on')
    .orderBy('created_at')
    .execute();
}

/** The committee today: the terms not yet ended. */
export async function listCommittee(db: Kysely<Database>): Promise<CommitteeRow[]> {
  return db
    .selectFrom('committee_member')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('ended_on', 'is', null)
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
}

export async function findCommitteeMember(db: Kysely<Database>, id: string): Promise<CommitteeRow | undefined> {
  return db
    .selectFrom('committee_member')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}
