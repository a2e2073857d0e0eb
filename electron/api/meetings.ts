import { z } from 'zod';
import { op } from './define.js';
import { isoDate, oneOf, optionalText, recordId, requiredText, year } from './fields.js';
import {
  ACTIVITY_KINDS,
  ATTENDANCE_STATUSES,
  GRADES,
  THEME_ACTIVITIES,
  type ActivityKind,
  type AttendanceStatus,
} from './meetingOptions.js';
import { POSITION_LABELS, whereToFillStart, type Position } from './org.js';

const time = z.union([
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 时:分（如 09:30）' }),
  z.literal(''),
]);

const count = (label: string) =>
  z.coerce
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .min(0, { error: `${label}不能为负数` });

// null first: z.coerce would turn an empty count into 0.
const optionalCount = (label: string) => z.union([z.null(), count(label)]).default(null);

export const attendanceInput = z.object({
  memberId: recordId('党员'),
  status: oneOf('出席情况', ATTENDANCE_STATUSES),
  reason: optionalText('请假/缺席原因', 100),
});

export const voteInput = z.object({
  motion: requiredText('表决事项', 100),
  yes: count('赞成票'),
  no: count('反对票'),
  abstain: count('弃权票'),
});

export const gradeInput = z.object({
  memberId: recordId('党员'),
  grade: oneOf('评定等次', GRADES),
  ballotsIssued: optionalCount('发出票'),
  ballotsReturned: optionalCount('收回票'),
  votesExcellent: optionalCount('优秀票'),
  votesQualified: optionalCount('合格票'),
  votesBasic: optionalCount('基本合格票'),
  votesUnqualified: optionalCount('不合格票'),
  disposition: optionalText('处置意见', 50),
  note: optionalText('备注', 200),
});

export const rectificationInput = z.object({
  problem: requiredText('存在问题', 300),
  measure: optionalText('整改措施', 300),
  owner: optionalText('责任人', 30),
  dueOn: z.union([isoDate('完成时限'), z.literal('').transform(() => null), z.null()]).default(null),
  doneOn: z.union([isoDate('完成日期'), z.literal('').transform(() => null), z.null()]).default(null),
  progress: optionalText('完成情况', 200),
});

export const meetingInput = z.object({
  id: recordId('会议记录').optional(),
  kind: oneOf('活动类型', ACTIVITY_KINDS),
  /** One meeting may also count as other activities (e.g. a 党员大会 held as 主题党日). */
  alsoCountsAs: z.array(oneOf('同时计为', ACTIVITY_KINDS)).max(3, { error: '同时计为最多 3 项' }).default([]),
  groupId: z.union([recordId('党小组'), z.literal('').transform(() => null), z.null()]).default(null),
  title: requiredText('会议主题', 100),
  heldOn: isoDate('会议日期'),
  startTime: time.default(''),
  endTime: time.default(''),
  place: optionalText('地点', 60),
  host: optionalText('主持人', 20),
  recorder: optionalText('记录人', 20),
  attendance: z.array(attendanceInput).max(2000, { error: '出席名单过长' }).default([]),
  guests: optionalText('列席人员', 200),
  superiors: optionalText('上级参会/指导人员', 100),
  agenda: z.array(requiredText('议题', 200)).max(30, { error: '议题最多 30 项' }).default([]),
  minutes: optionalText('会议记录', 20000),
  decisions: optionalText('决议', 5000),
  votes: z.array(voteInput).max(30, { error: '表决事项最多 30 项' }).default([]),
  lecturer: optionalText('授课人', 20),
  lectureTitle: optionalText('党课题目', 100),
  lectureHours: z
    .union([
      z.coerce
        .number({ error: '学时必须是数字' })
        .min(0.5, { error: '学时至少 0.5' })
        .max(24, { error: '学时不超过 24' }),
      z.null(),
    ])
    .default(null),
  activities: z.array(oneOf('活动形式', THEME_ACTIVITIES)).default([]),
  grades: z.array(gradeInput).max(2000, { error: '评议名单过长' }).default([]),
  rectifications: z.array(rectificationInput).max(100, { error: '整改事项最多 100 项' }).default([]),
});
export type MeetingInput = z.output<typeof meetingInput>;

export interface AttendanceLine {
  memberId: string;
  name: string;
  status: AttendanceStatus;
  reason: string;
  voting: boolean;
}

/** 应到/实到 as recorded, and the quorum judged from them. */
export interface MeetingCounts {
  expected: number;
  present: number;
  leave: number;
  absent: number;
  /** For 党员大会: members with a vote (正式党员); for 支委会: committee members. */
  votingExpected: number;
  votingPresent: number;
  /** Null where the meeting kind has no quorum rule. */
  quorumMet: boolean | null;
}

export interface MeetingSummary {
  id: string;
  kind: ActivityKind;
  alsoCountsAs: ActivityKind[];
  groupId: string | null;
  groupName: string;
  title: string;
  heldOn: string;
  recordedOn: string;
  /** Entered more than 30 days after it was held (补录); both dates are kept. */
  late: boolean;
  counts: MeetingCounts;
}

export type GradeLine = z.output<typeof gradeInput> & { name: string };

export interface MeetingDetail extends MeetingSummary {
  input: MeetingInput;
  attendanceLines: AttendanceLine[];
  gradeLines: GradeLine[];
  attachments: AttachmentInfo[];
  /** Things worth a second look that do not stop saving (e.g. too many 优秀). */
  warnings: string[];
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  mime: string;
  size: number;
}

/** A member who belonged to the branch (or group, or committee) on the meeting day. */
export interface EligibleMember {
  memberId: string;
  name: string;
  groupName: string;
  voting: boolean;
}

/**
 * A 支委 of the day's roster left off a 支委会's 应到 only because their 任职时间 is not recorded,
 * so the term counts from `countsFrom` (1 January of the year it was entered).
 */
export interface UndatedSeat {
  memberId: string;
  name: string;
  position: Position;
  countsFrom: string;
  /** The term has ended: its date is filled in under 历任支委. */
  ended: boolean;
}

/** Why the 支委 is not expected, and where to fill in the date that brings them back. */
export function undatedSeatMessage(s: UndatedSeat): string {
  return `${POSITION_LABELS[s.position]}${s.name}的任职时间没有填写，只从 ${s.countsFrom} 起算作支委，所以不在会议当日的应到名单中；${whereToFillStart(s.ended)}`;
}

export const meetingOps = {
  'meetings.list': op<MeetingSummary[]>()({
    summary: '一年的会议和活动记录',
    role: 'viewer',
    input: z.object({ year: year() }),
    errors: [],
  }),
  'meetings.get': op<MeetingDetail>()({
    summary: '一次会议的完整记录',
    role: 'viewer',
    input: z.object({ id: recordId('会议记录') }),
    errors: ['NOT_FOUND'],
  }),
  'meetings.eligible': op<EligibleMember[]>()({
    summary: '某日应参加该会议的党员（按当日的党员名册）',
    role: 'viewer',
    input: z.object({
      kind: oneOf('活动类型', ACTIVITY_KINDS),
      heldOn: isoDate('会议日期'),
      groupId: z.union([recordId('党小组'), z.literal('').transform(() => null), z.null()]).default(null),
    }),
    errors: [],
  }),
  'meetings.undatedCommittee': op<UndatedSeat[]>()({
    summary: '会议当日因任职时间没有填写而不在支委会应到名单中的支委',
    role: 'viewer',
    input: z.object({ heldOn: isoDate('会议日期') }),
    errors: [],
  }),
  'meetings.save': op<MeetingDetail>()({
    summary: '新增或修改会议记录',
    role: 'clerk',
    input: meetingInput,
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'meetings.remove': op<{ id: string }>()({
    summary: '删除录错的会议记录（留痕）',
    role: 'clerk',
    input: z.object({ id: recordId('会议记录') }),
    errors: ['NOT_FOUND'],
  }),
};
