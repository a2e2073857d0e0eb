import type { Kysely } from 'kysely';
import { attachmentsOf } from '../../../db/queries/attachments.js';
import {
  attendanceOf,
  findMeeting,
  gradesOf,
  listMeetings,
  rectificationsOf,
  votesOf,
} from '../../../db/queries/meetings.js';
import type { Database } from '../../../db/schema.js';
import type { MeetingDetail, MeetingSummary } from '../../api/meetings.js';
import { GRADE_LABELS } from '../../api/meetingOptions.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { readSettings } from '../settings/settings.js';
import { toDetail, toSummary } from './mapping.js';

export async function listYearMeetings(db: Kysely<Database>, year: number): Promise<MeetingSummary[]> {
  const settings = await readSettings(db);
  const rows = await listMeetings(db, `${year}-01-01`, `${year}-12-31`);
  const attendance = await attendanceOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toSummary(
      r,
      attendance.filter((a) => a.meeting_id === r.id),
      settings.lateAfterDays,
    ),
  );
}

export async function meetingDetail(db: Kysely<Database>, id: string): Promise<MeetingDetail> {
  const row = await findMeeting(db, id);
  if (!row) throw new ServiceError('NOT_FOUND', '找不到该会议记录');
  const settings = await readSettings(db);
  const [attendance, votes, grades, rectifications, attachments] = await Promise.all([
    attendanceOf(db, [id]),
    votesOf(db, id),
    gradesOf(db, [id]),
    rectificationsOf(db, id),
    attachmentsOf(db, 'meeting', id),
  ]);
  const warnings: string[] = [];
  const excellent = grades.filter((g) => g.grade === 'excellent').length;
  if (grades.length > 0 && excellent * 100 > grades.length * settings.excellentMaxPercent)
    warnings.push(
      `评为“${GRADE_LABELS.excellent}”的有 ${excellent} 人，超过参评人数的 ${settings.excellentMaxPercent}%（一般不超过三分之一）`,
    );
  return toDetail(
    row,
    {
      attendance,
      votes,
      grades,
      rectifications,
      attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, mime: a.mime, size: a.size })),
    },
    settings.lateAfterDays,
    warnings,
  );
}

export function getMeeting(ctx: ServiceContext, id: string): Promise<MeetingDetail> {
  return meetingDetail(ctx.db, id);
}
