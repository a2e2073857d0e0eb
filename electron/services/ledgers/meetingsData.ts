import type {
  AppraisalLedgerData,
  MeetingsLedgerData,
  OrgLifeLedgerData,
  TalksLedgerData,
} from '../../../renderer/ledgers/types.js';
import { listMembers } from '../../../db/queries/members.js';
import { listAllGroups } from '../../../db/queries/partyGroup.js';
import type { MeetingDetail } from '../../api/meetings.js';
import type { ServiceContext } from '../context.js';
import { meetingDetail, listYearMeetings } from '../meetings/read.js';
import { rosterSummaries } from '../members/records.js';
import { requireOrganization } from '../org/profile.js';
import { listYearTalks } from '../talks/talks.js';

/** Sorts people as the 花名册 does (by 党小组, then 入党时间), whoever is unknown last. */
function rosterOrder(ids: readonly string[]): <T extends { memberId: string }>(lines: T[]) => T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const of = (id: string) => rank.get(id) ?? ids.length;
  return (lines) => [...lines].sort((a, b) => of(a.memberId) - of(b.memberId));
}

/**
 * Every meeting of the year in full, in the order held (day, then start time); the names on
 * each (签到表, 评议结果) in roster order, as the branch reads its own lists.
 */
async function yearMeetings(ctx: ServiceContext, year: number): Promise<MeetingDetail[]> {
  const summaries = await listYearMeetings(ctx.db, year);
  const order = rosterOrder((await listMembers(ctx.db, 'all')).map((m) => m.id));
  const details: MeetingDetail[] = [];
  // One at a time: a single SQLite connection gains nothing from concurrent reads.
  for (const s of summaries) {
    const m = await meetingDetail(ctx.db, s.id);
    details.push({ ...m, attendanceLines: order(m.attendanceLines), gradeLines: order(m.gradeLines) });
  }
  return details.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.input.startTime.localeCompare(b.input.startTime));
}

async function base(ctx: ServiceContext, year: number) {
  const org = await requireOrganization(ctx);
  return { year, printedOn: ctx.clock.today(), orgName: org.name };
}

export async function meetingsLedgerData(ctx: ServiceContext, year: number): Promise<MeetingsLedgerData> {
  const head = await base(ctx, year);
  const meetings = await yearMeetings(ctx, year);
  // Dissolved groups too: a record of a past year names the group as it was.
  const groups = await listAllGroups(ctx.db);
  const groupLeaders = Object.fromEntries(groups.map((g) => [g.id, g.leader_name]));
  return { ledger: 'meetings', ...head, meetings, groupLeaders };
}

export async function orgLifeLedgerData(ctx: ServiceContext, year: number): Promise<OrgLifeLedgerData> {
  const head = await base(ctx, year);
  return { ledger: 'org-life', ...head, meetings: await yearMeetings(ctx, year) };
}

/**
 * The year's 民主评议 meetings, and the names for a blank ballot: whoever was graded last time,
 * or — before the first appraisal of the year — the current roster.
 */
export async function appraisalLedgerData(ctx: ServiceContext, year: number): Promise<AppraisalLedgerData> {
  const head = await base(ctx, year);
  const appraisals = (await yearMeetings(ctx, year)).filter((m) => m.kind === 'appraisal');
  const latest = appraisals.at(-1);
  const ballotNames =
    latest && latest.gradeLines.length > 0
      ? latest.gradeLines.map((g) => g.name)
      : (await rosterSummaries(ctx, 'current')).map((m) => m.name);
  return { ledger: 'appraisal', ...head, appraisals, ballotNames };
}

export async function talksLedgerData(ctx: ServiceContext, year: number): Promise<TalksLedgerData> {
  const head = await base(ctx, year);
  const talks = (await listYearTalks(ctx.db, year)).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  return { ledger: 'talks', ...head, talks };
}
