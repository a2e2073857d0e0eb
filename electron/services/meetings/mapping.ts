import type { AttendanceRow, GradeRow, MeetingRow, RectificationRow, VoteRow } from '../../../db/queries/meetings.js';
import type {
  AttachmentInfo,
  AttendanceLine,
  GradeLine,
  MeetingDetail,
  MeetingInput,
  MeetingSummary,
} from '../../api/meetings.js';
import type { ActivityKind, Grade } from '../../api/meetingOptions.js';
import { daysBetween } from '../rules/dates.js';
import { meetingCounts, quorumKind } from '../../api/quorum.js';

export function isLate(heldOn: string, recordedOn: string, lateAfterDays: number): boolean {
  return daysBetween(heldOn, recordedOn) > lateAfterDays;
}

export function toAttendanceLine(a: AttendanceRow): AttendanceLine {
  return { memberId: a.member_id, name: a.member_name, status: a.status, reason: a.reason, voting: a.voting === 1 };
}

export function toSummary(r: MeetingRow, attendance: AttendanceRow[], lateAfterDays: number): MeetingSummary {
  const kind = r.kind as ActivityKind;
  return {
    id: r.id,
    kind,
    alsoCountsAs: JSON.parse(r.also_counts_as) as ActivityKind[],
    groupId: r.group_id,
    groupName: r.group_name ?? '',
    title: r.title,
    heldOn: r.held_on,
    recordedOn: r.recorded_on,
    late: isLate(r.held_on, r.recorded_on, lateAfterDays),
    counts: meetingCounts(
      quorumKind(kind, JSON.parse(r.also_counts_as) as ActivityKind[]),
      attendance.map((a) => ({ status: a.status, voting: a.voting === 1 })),
    ),
  };
}

export interface MeetingParts {
  attendance: AttendanceRow[];
  votes: VoteRow[];
  grades: GradeRow[];
  rectifications: RectificationRow[];
  attachments: AttachmentInfo[];
}

function toGrade(g: GradeRow): GradeLine {
  return {
    memberId: g.member_id,
    name: g.member_name,
    grade: g.grade as Grade,
    ballotsIssued: g.ballots_issued,
    ballotsReturned: g.ballots_returned,
    votesExcellent: g.votes_excellent,
    votesQualified: g.votes_qualified,
    votesBasic: g.votes_basic,
    votesUnqualified: g.votes_unqualified,
    disposition: g.disposition,
    note: g.note,
  };
}

export function toDetail(r: MeetingRow, p: MeetingParts, lateAfterDays: number, warnings: string[]): MeetingDetail {
  const summary = toSummary(r, p.attendance, lateAfterDays);
  const gradeLines = p.grades.map(toGrade);
  const input: MeetingInput = {
    id: r.id,
    kind: summary.kind,
    alsoCountsAs: summary.alsoCountsAs,
    groupId: r.group_id,
    title: r.title,
    heldOn: r.held_on,
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    host: r.host,
    recorder: r.recorder,
    attendance: p.attendance.map((a) => ({ memberId: a.member_id, status: a.status, reason: a.reason })),
    guests: r.guests,
    superiors: r.superiors,
    agenda: JSON.parse(r.agenda) as string[],
    minutes: r.minutes,
    decisions: r.decisions,
    votes: p.votes.map((v) => ({ motion: v.motion, yes: v.yes, no: v.no, abstain: v.abstain })),
    lecturer: r.lecturer,
    lectureTitle: r.lecture_title,
    lectureHours: r.lecture_hours,
    activities: JSON.parse(r.activities) as MeetingInput['activities'],
    grades: gradeLines.map(({ name: _name, ...g }) => g),
    rectifications: p.rectifications.map((x) => ({
      problem: x.problem,
      measure: x.measure,
      owner: x.owner,
      dueOn: x.due_on,
      doneOn: x.done_on,
      progress: x.progress,
    })),
  };
  return {
    ...summary,
    input,
    attendanceLines: p.attendance.map(toAttendanceLine),
    gradeLines,
    attachments: p.attachments,
    warnings,
  };
}
