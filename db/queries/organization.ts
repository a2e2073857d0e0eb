import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganizationTable } from '../schema.js';

export type OrganizationRow = Selectable<OrganizationTable>;

/** This installation's own organisation: the one live row (setup creates it once). */
export async function findOwnOrganization(db: Kysely<Database>): Promise<OrganizationRow | undefined> {
  return db
    .selectFrom('organization')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}
