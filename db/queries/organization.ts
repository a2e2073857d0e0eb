import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganizationTable } from '../schema.js';
import { getMeta } from './localMeta.js';

export type OrganizationRow = Selectable<OrganizationTable>;

/**
 * This installation's own organisation: the row setup created, remembered in local_meta (an
 * office also holds its branches' organisation rows, received in their bundles).
 */
export async function findOwnOrganization(db: Kysely<Database>): Promise<OrganizationRow | undefined> {
  const own = await getMeta(db, 'org_id');
  let q = db.selectFrom('organization').selectAll().where('deleted_at', 'is', null);
  q = own ? q.where('id', '=', own) : q.orderBy('created_at').limit(1);
  return q.executeTakeFirst();
}

/** The name of a live organisation row with that code (an office holds its branches' rows). */
export async function findOrganizationNameByCode(
  db: Kysely<Database>,
  code: string,
): Promise<{ name: string } | undefined> {
  return db
    .selectFrom('organization')
    .select('name')
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** The live branch organisation rows with that code, oldest first. */
export async function listBranchOrganizationIds(db: Kysely<Database>, code: string): Promise<{ id: string }[]> {
  return db
    .selectFrom('organization')
    .select('id')
    .where('code', '=', code)
    .where('mode', '=', 'branch')
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}
