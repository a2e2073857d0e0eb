import type { OrganizationRow } from '../../../db/queries/organization.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { requireOrganization } from '../org/profile.js';

/** The office's screens exist only on an office installation. */
export async function requireOffice(ctx: ServiceContext): Promise<OrganizationRow> {
  const org = await requireOrganization(ctx);
  if (org.mode !== 'office') throw new ServiceError('FORBIDDEN', '只有上级党委可以查看各支部的汇总情况');
  return org;
}
