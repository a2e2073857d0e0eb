import type { AttendanceLine, MeetingDetail, MeetingInput } from '../../../electron/api/meetings.js';
import { ATTENDANCE_LABELS } from '../../../electron/api/meetingOptions.js';
import type { ColumnSpec } from '../columns.js';
import { EMPTY, formatDate } from '../format.js';
import { kindText } from './labels.js';

/** The record number (第N份) the 三会一课登记表 refers to: page numbers are only known once printed. */
export const serialOf = (n: number) => `第${n}份`;

/** A branch holds several 党小组会 a month: the 登记表 names the group. */
function registerKind(m: MeetingDetail): string {
  const kind = kindText(m, true);
  return m.kind === 'group' && m.groupName ? `${kind}（${m.groupName}）` : kind;
}

export interface RegisterRow {
  meeting: MeetingDetail;
  serial: number;
}

/**
 * 三会一课登记表 (LEDGERS.md 3), one line per meeting. Widths are millimetres of portrait A4
 * (169 mm of text) at 10pt: a full date on one line, the 主题 takes the rest.
 */
export const REGISTER_COLUMNS: readonly ColumnSpec<RegisterRow>[] = [
  { key: 'index', title: '序号', width: 10, align: 'center', render: (_r, i) => i + 1 },
  { key: 'date', title: '日期', width: 22, align: 'center', render: (r) => formatDate(r.meeting.heldOn) },
  { key: 'kind', title: '类型', width: 30, minWidth: 22, align: 'center', render: (r) => registerKind(r.meeting) },
  { key: 'title', title: '主题', width: 55, minWidth: 30, render: (r) => r.meeting.title },
  { key: 'expected', title: '应到', width: 11, align: 'center', render: (r) => r.meeting.counts.expected },
  { key: 'present', title: '实到', width: 11, align: 'center', render: (r) => r.meeting.counts.present },
  { key: 'record', title: '记录序号', width: 16, align: 'center', render: (r) => serialOf(r.serial) },
  {
    key: 'late',
    title: '补录',
    width: 10,
    align: 'center',
    hidden: true,
    render: (r) => (r.meeting.late ? '是' : null),
  },
];

/** The 备注 of a sign-in line: who was away and why, so nobody signs for them later. */
export function signInRemark(a: AttendanceLine): string | null {
  if (a.status === 'present') return null;
  return a.reason ? `${ATTENDANCE_LABELS[a.status]}：${a.reason}` : ATTENDANCE_LABELS[a.status];
}

/** 签到表: 签到 stays blank to sign in; those on leave or absent get `—` there instead. */
export const SIGN_IN_COLUMNS: readonly ColumnSpec<AttendanceLine>[] = [
  { key: 'index', title: '序号', width: 10, align: 'center', render: (_r, i) => i + 1 },
  { key: 'name', title: '姓名', width: 22, align: 'center', render: (r) => r.name },
  {
    key: 'sign',
    title: '签到',
    width: 26,
    align: 'center',
    handwritten: true,
    render: (r) => (r.status === 'present' ? null : EMPTY),
  },
  { key: 'remark', title: '备注', width: 32, render: signInRemark },
];

type Rectification = MeetingInput['rectifications'][number];

/** 完成情况: what was written, with the day it was done. */
export function rectificationProgress(r: Rectification): string | null {
  if (!r.doneOn) return r.progress || null;
  return r.progress ? `${r.progress}（${formatDate(r.doneOn)}）` : `已于${formatDate(r.doneOn)}完成`;
}

/** 整改清单 (LEDGERS.md 5). */
export const RECTIFICATION_COLUMNS: readonly ColumnSpec<Rectification>[] = [
  { key: 'index', title: '序号', width: 10, align: 'center', render: (_r, i) => i + 1 },
  { key: 'problem', title: '问题', width: 40, minWidth: 26, render: (r) => r.problem },
  { key: 'measure', title: '整改措施', width: 44, minWidth: 26, render: (r) => r.measure },
  { key: 'owner', title: '责任人', width: 17, align: 'center', render: (r) => r.owner },
  { key: 'due', title: '完成时限', width: 22, align: 'center', render: (r) => formatDate(r.dueOn) },
  { key: 'progress', title: '完成情况', width: 36, minWidth: 22, render: rectificationProgress },
];
