import { memberHistories } from '../../../db/queries/history.js';
import { attendanceOf, listMeetings } from '../../../db/queries/meetings.js';
import { listAllGroups } from '../../../db/queries/partyGroup.js';
import type { ComplianceYear, TalkCompliance } from '../../api/compliance.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import type { ServiceContext } from '../context.js';
import { rosterFrom } from '../meetings/eligibility.js';
import { isLate } from '../meetings/mapping.js';
import { meetingCounts, quorumKind } from '../../api/quorum.js';
import { hasCommittee } from '../rules/branch.js';
import { requireOrganization } from '../org/profile.js';
import { readSchedule, readSettings } from '../settings/settings.js';
import { listYearTalks } from '../talks/talks.js';
import { scheduledRows } from './schedule.js';

/** The day whose roster owes a talk this year: today for the running year, else 31 December. */
function talkRosterDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

export async function complianceYear(ctx: ServiceContext, year: number): Promise<ComplianceYear> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  const [settings, schedule] = await Promise.all([readSettings(ctx.db), readSchedule(ctx.db)]);
  const [groups, meetings, talks, histories] = await Promise.all([
    listAllGroups(ctx.db),
    listMeetings(ctx.db, `${year}-01-01`, `${year}-12-31`),
    listYearTalks(ctx.db, year),
    memberHistories(ctx.db),
  ]);
  const attendance = await attendanceOf(
    ctx.db,
    meetings.map((m) => m.id),
  );
  const quorumOf = (m: (typeof meetings)[number]) =>
    meetingCounts(
      quorumKind(m.kind as ActivityKind, JSON.parse(m.also_counts_as) as ActivityKind[]),
      attendance.filter((a) => a.meeting_id === m.id).map((a) => ({ status: a.status, voting: a.voting === 1 })),
    ).quorumMet;
  // A 支委会 is owed only while the branch has 7 or more 正式党员 (judged on the period's last
  // day, or today within a running period).
  const committeeOwed = (end: string) =>
    hasCommittee(rosterFrom(histories, end < today ? end : today).filter((m) => m.voting).length);
  // Each period judged by the frequency in force for it: a new rule never reaches back.
  const rows = scheduledRows(
    year,
    today,
    schedule,
    groups.map((g) => ({ id: g.id, name: g.name, establishedOn: g.established_on, dissolvedOn: g.dissolved_on })),
    meetings.map((m) => ({
      id: m.id,
      kinds: [m.kind as ActivityKind, ...(JSON.parse(m.also_counts_as) as ActivityKind[])],
      groupId: m.group_id,
      heldOn: m.held_on,
      quorumMet: quorumOf(m),
    })),
    (kind, period) => kind !== 'committee' || committeeOwed(period.end),
  );

  const owing = rosterFrom(histories, talkRosterDay(year, today));
  const talked = new Set(talks.map((t) => t.memberId).filter((id) => id !== null));
  const missing = owing.filter((m) => !talked.has(m.memberId)).map((m) => ({ memberId: m.memberId, name: m.name }));
  const talkStatus: TalkCompliance['status'] =
    missing.length === 0 ? 'done' : `${year}-12-31` < today ? 'overdue' : `${year}-01-01` <= today ? 'due' : 'upcoming';

  const lateRecords =
    meetings.filter((m) => isLate(m.held_on, m.recorded_on, settings.lateAfterDays)).length +
    talks.filter((t) => t.late).length;
  return {
    year,
    today,
    rows,
    talks: { required: owing.length, talked: owing.length - missing.length, missing, status: talkStatus },
    lateRecords,
  };
}
