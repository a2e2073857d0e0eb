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
