import type { Kysely } from 'kysely';
import type { OrganizationRow } from '../../../db/queries/organization.js';
import type { Database } from '../../../db/schema.js';
import { activeBranchesOfRows } from '../../../db/queries/audience.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';

/** Office work (审批, 统一规定) is refused on a branch installation, saying what it was. */
export async function requireOffice(ctx: ServiceContext, what: string): Promise<OrganizationRow> {
  const org = await requireOrganization(ctx);
  if (org.mode !== 'office') throw new ServiceError('FORBIDDEN', `只有上级党委可以${what}`);
  return org;
}

export interface BranchOfRow {
  code: string;
  name: string;
}

/**
 * The branch each row of a table came from, for every row at once (audience.ts's branchOf,
 * in bulk). Only enrolled branches that still receive bundles are named.
 */
export async function branchesOf(db: Kysely<Database>, table: 'dev_person'): Promise<Map<string, BranchOfRow>> {
  const rows = await activeBranchesOfRows(db, table);
  const out = new Map<string, BranchOfRow>();
  for (const r of rows) if (!out.has(r.row_id)) out.set(r.row_id, { code: r.code, name: r.name });
  return out;
}
