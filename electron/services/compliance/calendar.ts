import type { Kysely } from 'kysely';
import { memberHistories, type MemberHistory } from '../../../db/queries/history.js';
import type { Database } from '../../../db/schema.js';
import { attendanceOf, listMeetings } from '../../../db/queries/meetings.js';
import { listAllGroups } from '../../../db/queries/partyGroup.js';
import type { ComplianceYear, TalkCompliance } from '../../api/compliance.js';
import type { Talk } from '../../api/talks.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import type { ServiceContext } from '../context.js';
import { rosterFrom } from '../meetings/eligibility.js';
import { isLate } from '../meetings/mapping.js';
import { meetingCounts, quorumKind } from '../../api/quorum.js';
import { hasCommittee } from '../rules/branch.js';
import { requireOrganization } from '../org/profile.js';
import type { Schedule } from '../settings/history.js';
import { readSchedule, readSettings } from '../settings/settings.js';
import { listTalksBetween } from '../talks/talks.js';
import type { CalendarGroup } from '../rules/calendar.js';
import { scheduledRows } from './schedule.js';

/** The day whose roster owes a talk this year: today for the running year, else 31 December. */
function talkRosterDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/** A meeting as the calendar counts it: its kinds, group, day, and whether it was quorate. */
export interface ComplianceMeeting {
  id: string;
  kinds: ActivityKind[];
  groupId: string | null;
  heldOn: string;
  recordedOn: string;
  quorumMet: boolean | null;
}

/** Everything a year's calendar is judged from, read once (an office keeps it per branch). */
export interface ComplianceInputs {
  lateAfterDays: number;
  schedule: Schedule;
  groups: CalendarGroup[];
  meetings: ComplianceMeeting[];
  talks: Pick<Talk, 'memberId' | 'heldOn' | 'late'>[];
  histories: MemberHistory[];
}

/** Reads the calendar's inputs with the meetings and talks held from `from` to `to`. */
export async function complianceInputs(db: Kysely<Database>, from: string, to: string): Promise<ComplianceInputs> {
  const [settings, schedule, groups, meetings, talks, histories] = await Promise.all([
    readSettings(db),
    readSchedule(db),
    listAllGroups(db),
    listMeetings(db, from, to),
    listTalksBetween(db, from, to),
    memberHistories(db),
  ]);
  const attendance = await attendanceOf(
    db,
    meetings.map((m) => m.id),
  );
  const quorumOf = (m: (typeof meetings)[number]) =>
    meetingCounts(
      quorumKind(m.kind as ActivityKind, JSON.parse(m.also_counts_as) as ActivityKind[]),
      attendance.filter((a) => a.meeting_id === m.id).map((a) => ({ status: a.status, voting: a.voting === 1 })),
    ).quorumMet;
  return {
    lateAfterDays: settings.lateAfterDays,
    schedule,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      establishedOn: g.established_on,
      dissolvedOn: g.dissolved_on,
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      kinds: [m.kind as ActivityKind, ...(JSON.parse(m.also_counts_as) as ActivityKind[])],
      groupId: m.group_id,
      heldOn: m.held_on,
      recordedOn: m.recorded_on,
      quorumMet: quorumOf(m),
    })),
    talks: talks.map((t) => ({ memberId: t.memberId, heldOn: t.heldOn, late: t.late })),
    histories,
  };
}

export async function complianceYear(ctx: ServiceContext, year: number): Promise<ComplianceYear> {
  await requireOrganization(ctx);
  return complianceOf(await complianceInputs(ctx.db, `${year}-01-01`, `${year}-12-31`), year, ctx.clock.today());
}

/** The year's calendar on `today`, from the inputs (only the year's meetings and talks count). */
export function complianceOf(inputs: ComplianceInputs, year: number, today: string): ComplianceYear {
  const { histories } = inputs;
  const inYear = (d: string) => d >= `${year}-01-01` && d <= `${year}-12-31`;
  const meetings = inputs.meetings.filter((m) => inYear(m.heldOn));
  const talks = inputs.talks.filter((t) => inYear(t.heldOn));
  // A 支委会 is owed only while the branch has 7 or more 正式党员 (judged on the period's last
  // day, or today within a running period).
  const committeeOwed = (end: string) =>
    hasCommittee(rosterFrom(histories, end < today ? end : today).filter((m) => m.voting).length);
  // Each period judged by the frequency in force for it: a new rule never reaches back.
  const rows = scheduledRows(
    year,
    today,
    inputs.schedule,
    inputs.groups,
    meetings,
    (kind, period) => kind !== 'committee' || committeeOwed(period.end),
  );

  const owing = rosterFrom(histories, talkRosterDay(year, today));
  const talked = new Set(talks.map((t) => t.memberId).filter((id) => id !== null));
  const missing = owing.filter((m) => !talked.has(m.memberId)).map((m) => ({ memberId: m.memberId, name: m.name }));
  const talkStatus: TalkCompliance['status'] =
    missing.length === 0 ? 'done' : `${year}-12-31` < today ? 'overdue' : `${year}-01-01` <= today ? 'due' : 'upcoming';

  const lateRecords =
    meetings.filter((m) => isLate(m.heldOn, m.recordedOn, inputs.lateAfterDays)).length +
    talks.filter((t) => t.late).length;
  return {
    year,
    today,
    rows,
    talks: { required: owing.length, talked: owing.length - missing.length, missing, status: talkStatus },
    lateRecords,
  };
}
