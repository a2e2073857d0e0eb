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
