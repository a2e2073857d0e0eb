import type { BranchCounts, BranchLedgerData, CommitteeFacts } from '../../../renderer/ledgers/types.js';
import type { MemberSummary } from '../../api/members.js';
import { COLLEGE_OR_ABOVE, GENDER_LABELS, type Education } from '../../api/memberOptions.js';
import type { ServiceContext } from '../context.js';
import { listRoster } from '../members/records.js';
import { getOverview } from '../org/overview.js';

/** 党员情况 of the 基本情况登记表, from the current roster (ages as of the printing day). */
export function branchCounts(members: MemberSummary[]): Partial<BranchCounts> {
  return {
    total: members.length,
    formal: members.filter((m) => m.kind === 'formal').length,
    probationary: members.filter((m) => m.kind === 'probationary').length,
    female: members.filter((m) => m.gender === 'female').length,
    minority: members.filter((m) => m.ethnicity !== '汉族').length,
    age35OrUnder: members.filter((m) => m.age <= 35).length,
    age61OrOver: members.filter((m) => m.age >= 61).length,
    collegeOrAbove: members.filter((m) => COLLEGE_OR_ABOVE.includes(m.education as Education)).length,
    outgoing: members.filter((m) => m.flags.mobile !== null).length,
  };
}

export async function branchLedgerData(ctx: ServiceContext, year: number): Promise<BranchLedgerData> {
  const [overview, members] = await Promise.all([getOverview(ctx), listRoster(ctx, 'current')]);
  const groupSizes: Record<string, number> = {};
  for (const m of members) if (m.groupId) groupSizes[m.groupId] = (groupSizes[m.groupId] ?? 0) + 1;
  // A committee entry names a person; when exactly one current member has that name, the
  // roster supplies the facts the ledger prints about them.
  const committeeFacts: Record<string, CommitteeFacts> = {};
  for (const c of overview.committee) {
    const same = members.filter((m) => m.name === c.name);
    const m = same.length === 1 ? same[0] : undefined;
    if (m)
      committeeFacts[c.id] = {
        gender: GENDER_LABELS[m.gender],
        ethnicity: m.ethnicity,
        birthDate: m.birthDate,
        education: m.education || null,
        joinedOn: m.joinedOn,
      };
  }
  return {
    ledger: 'branch',
    year,
    printedOn: ctx.clock.today(),
    overview,
    counts: branchCounts(members),
    groupSizes,
    committeeFacts,
  };
}
