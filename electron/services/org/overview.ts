import { listCommittee } from '../../../db/queries/committee.js';
import { listGroups } from '../../../db/queries/partyGroup.js';
import type { OrgOverview, OrgType } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { termInfo } from '../rules/term.js';
import { toCommitteeMember } from './committee.js';
import { toGroup } from './groups.js';
import { requireOrganization, toProfile } from './profile.js';

export async function getOverview(ctx: ServiceContext): Promise<OrgOverview> {
  const row = await requireOrganization(ctx);
  const [committee, groups] = await Promise.all([listCommittee(ctx.db), listGroups(ctx.db)]);
  return {
    org: toProfile(row),
    committee: committee.map(toCommitteeMember),
    groups: groups.map(toGroup),
    term: termInfo(row.org_type as OrgType, row.term_started_on, ctx.clock.today()),
  };
}
