import type { RosterEntry, RosterLedgerData } from '../../../renderer/ledgers/types.js';
import { listMembers, type MemberRow } from '../../../db/queries/members.js';
import { listGroups } from '../../../db/queries/partyGroup.js';
import type { ServiceContext } from '../context.js';
import { toSummary } from '../members/mapping.js';
import { requireOrganization } from '../org/profile.js';

/** 籍贯 and 备注 are not on the roster summary, so the ledger reads the member rows themselves. */
function toEntry(row: MemberRow, today: string): RosterEntry {
  const s = toSummary(row, today);
  return {
    id: s.id,
    name: s.name,
    gender: s.gender,
    ethnicity: s.ethnicity,
    idNumber: s.idNumber,
    nativePlace: row.native_place,
    birthDate: s.birthDate,
    age: s.age,
    education: s.education,
    joinedOn: s.joinedOn,
    confirmedOn: s.confirmedOn,
    kind: s.kind,
    occupation: s.occupation,
    workUnit: s.workUnit,
    phone: s.phone,
    groupName: s.groupName,
    partyPost: s.partyPost,
    mobileDestination: s.flags.mobile ? s.flags.mobile.destination : null,
    lostContact: s.flags.lostContact !== null,
    hardship: s.flags.hardship !== null,
    remarks: row.remarks,
  };
}

/**
 * The current roster (在册 members) in print order: by 党小组 in the branch's own order, members
 * in no group last, then by 入党时间 (the query's name order breaks ties: the sort is stable).
 */
export async function rosterLedgerData(ctx: ServiceContext): Promise<RosterLedgerData> {
  const org = await requireOrganization(ctx);
  const today = ctx.clock.today();
  const [rows, groups] = await Promise.all([listMembers(ctx.db, 'current'), listGroups(ctx.db)]);
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]));
  const rank = (r: MemberRow) => (r.group_id === null ? groups.length : (groupOrder.get(r.group_id) ?? groups.length));
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b) || a.joined_on.localeCompare(b.joined_on));
  return {
    ledger: 'roster',
    printedOn: today,
    orgName: org.name,
    entries: sorted.map((r) => toEntry(r, today)),
  };
}
