import type { Kysely, Selectable } from 'kysely';
import type {
  AppraisalGradeTable,
  Database,
  MeetingAttendanceTable,
  MeetingTable,
  MeetingVoteTable,
  RectificationTable,
} from '../schema.js';

export type MeetingRow = Selectable<MeetingTable> & { group_name: string | null };
export type AttendanceRow = Selectable<MeetingAttendanceTable> & { member_name: string };
export type VoteRow = Selectable<MeetingVoteTable>;
export type GradeRow = Selectable<AppraisalGradeTable> & { member_name: string };
export type RectificationRow = Selectable<RectificationTable>;

function base(db: Kysely<Database>) {
  return db
    .selectFrom('meeting')
    .leftJoin('party_group', 'party_group.id', 'meeting.group_id')
    .selectAll('meeting')
    .select('party_group.name as group_name')
    .where('meeting.deleted_at', 'is', null);
}

export async function listMeetings(db: Kysely<Database>, from: string, to: string): Promise<MeetingRow[]> {
  return base(db)
    .where('meeting.held_on', '>=', from)
    .where('meeting.held_on', '<=', to)
    .orderBy('meeting.held_on')
    .orderBy('meeting.start_time')
    .execute();
}

export async function findMeeting(db: Kysely<Database>, id: string): Promise<MeetingRow | undefined> {
  return base(db).where('meeting.id', '=', id).executeTakeFirst();
}

/** Attendance of many meetings at once (for lists, the calendar and participation). */
export async function attendanceOf(db: Kysely<Database>, meetingIds: readonly string[]): Promise<AttendanceRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_attendance')
    .innerJoin('member', 'member.id', 'meeting_attendance.member_id')
    .selectAll('meeting_attendance')
    .select('member.name as member_name')
    .where('meeting_attendance.meeting_id', 'in', meetingIds)
    .where('meeting_attendance.deleted_at', 'is', null)
    .orderBy('meeting_attendance.created_at')
    .execute();
}

export async function votesOf(db: Kysely<Database>, meetingId: string): Promise<VoteRow[]> {
  return db
    .selectFrom('meeting_vote')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .execute();
}

export async function gradesOf(db: Kysely<Database>, meetingIds: readonly string[]): Promise<GradeRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('appraisal_grade')
    .innerJoin('member', 'member.id', 'appraisal_grade.member_id')
    .selectAll('appraisal_grade')
    .select('member.name as member_name')
    .where('appraisal_grade.meeting_id', 'in', meetingIds)
    .where('appraisal_grade.deleted_at', 'is', null)
    .orderBy('appraisal_grade.created_at')
    .execute();
}

export async function rectificationsOf(db: Kysely<Database>, meetingId: string): Promise<RectificationRow[]> {
  return db
    .selectFrom('rectification')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .execute();
}

/** Child rows of a meeting, by table, to be replaced when the record is corrected. */
export async function childIds(
  db: Kysely<Database>,
  table: 'meeting_attendance' | 'meeting_vote' | 'appraisal_grade' | 'rectification',
  meetingId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** How many meetings are recorded at all (the home page's first-run checklist). */
export async function countMeetings(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('meeting')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
