import type { Kysely, Selectable } from 'kysely';
import type { Database, DevPersonTable, DevStepTable } from '../schema.js';

export type DevPersonRow = Selectable<DevPersonTable>;
export type DevStepRow = Selectable<DevStepTable>;

export async function listDevPeople(db: Kysely<Database>): Promise<DevPersonRow[]> {
  return db.selectFrom('dev_person').selectAll().where('deleted_at', 'is', null).orderBy('created_at').execute();
}

export async function findDevPerson(db: Kysely<Database>, id: string): Promise<DevPersonRow | undefined> {
  return db
    .selectFrom('dev_person')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function findDevPersonByIdNumber(
  db: Kysely<Database>,
  idNumber: string,
): Promise<DevPersonRow | undefined> {
  return db
    .selectFrom('dev_person')
    .selectAll()
    .where('id_number', '=', idNumber)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function devSteps(db: Kysely<Database>, personIds?: readonly string[]): Promise<DevStepRow[]> {
  let q = db.selectFrom('dev_step').selectAll().where('deleted_at', 'is', null);
  if (personIds) {
    if (personIds.length === 0) return [];
    q = q.where('person_id', 'in', personIds);
  }
  return q.orderBy('done_on').orderBy('created_at').execute();
}

/** Live steps among these ids that are of the given kinds, in date order. */
export async function devStepsAmong(
  db: Kysely<Database>,
  ids: readonly string[],
  steps: readonly string[],
): Promise<DevStepRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('dev_step')
    .selectAll()
    .where('id', 'in', ids)
    .where('step', 'in', steps)
    .where('deleted_at', 'is', null)
    .orderBy('done_on')
    .execute();
}

export interface WrittenHereStep {
  id: string;
  person_id: string;
  step: string;
  done_on: string;
  name: string;
  peer_code: string | null;
  branch_name: string | null;
  hlc: string;
}

/**
 * Steps of these kinds whose first write was made on this installation (its change-log insert
 * has no import source) since `since` (an HLC prefix), newest first, with the person's name and
 * the branch the row is addressed to (the first by code, when several). Each step's branch is
 * looked up by row (a skip through the audience's branches, migration 0015): a join would have
 * the planner copy every step's audience rows first.
 */
export async function stepsWrittenHere(
  db: Kysely<Database>,
  steps: readonly string[],
  since: string,
): Promise<WrittenHereStep[]> {
  const written = db
    .selectFrom('dev_step as s')
    .innerJoin('change_log as c', (j) =>
      j.onRef('c.row_id', '=', 's.id').on('c.table_name', '=', 'dev_step').on('c.op', '=', 'insert'),
    )
    .innerJoin('dev_person as p', 'p.id', 's.person_id')
    .select((eb) => [
      's.id',
      's.person_id',
      's.step',
      's.done_on',
      'p.name',
      'c.hlc',
      eb
        .selectFrom('sync_audience as a')
        .select('a.peer_code')
        .whereRef('a.row_id', '=', 's.id')
        .where('a.table_name', '=', 'dev_step')
        // '*' addresses every branch; the branch wanted here is a named one.
        .where('a.peer_code', '!=', '*')
        .orderBy('a.peer_code')
        .limit(1)
        .as('peer_code'),
    ])
    .where('s.deleted_at', 'is', null)
    .where('c.source', 'is', null)
    .where('c.hlc', '>=', since)
    .where('s.step', 'in', [...steps]);
  return db
    .selectFrom(written.as('w'))
    .leftJoin('sync_peer as b', 'b.code', 'w.peer_code')
    .select(['w.id', 'w.person_id', 'w.step', 'w.done_on', 'w.name', 'w.peer_code', 'b.name as branch_name', 'w.hlc'])
    .orderBy('w.hlc', 'desc')
    .execute();
}
