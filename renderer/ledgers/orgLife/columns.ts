import type { MeetingDetail } from '../../../electron/api/meetings.js';
import { ACTIVITY_KINDS, ACTIVITY_SHORT, type ActivityKind } from '../../../electron/api/meetingOptions.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate } from '../format.js';
import { kindsOf, kindText } from '../meetings/labels.js';

/** 备注: what an inspector would otherwise have to open the record for. */
export function activityRemarks(m: MeetingDetail): string {
  const parts: string[] = [];
  const kinds = kindsOf(m);
  if (kinds.includes('group') && m.groupName) parts.push(m.groupName);
  if (kinds.includes('lecture') && m.input.lecturer) parts.push(`授课人：${m.input.lecturer}`);
  if (m.input.superiors) parts.push(`上级指导：${m.input.superiors}`);
  if (m.counts.quorumMet === false) parts.push('到会未超过半数');
  if (m.late) parts.push(`${formatDate(m.recordedOn)}录入`);
  return parts.join('；');
}

/**
 * 组织生活台账, one line per activity of the year. Widths are millimetres of landscape A4
 * (265 mm of text) at 9.5pt; the 主题 and 备注 give way when more columns are switched on.
 */
export const ACTIVITY_COLUMNS: readonly ColumnSpec<MeetingDetail>[] = [
  { key: 'index', title: '序号', width: 9, align: 'center', render: (_m, i) => i + 1 },
  { key: 'date', title: '日期', width: 20, align: 'center', render: (m) => formatDate(m.heldOn) },
  { key: 'kind', title: '活动类型', width: 36, minWidth: 24, align: 'center', render: (m) => kindText(m, true) },
  { key: 'title', title: '主题', width: 56, minWidth: 30, render: (m) => m.title },
  { key: 'host', title: '主持人', width: 16, align: 'center', render: (m) => m.input.host },
  { key: 'place', title: '地点', width: 30, minWidth: 18, hidden: true, render: (m) => m.input.place },
  { key: 'expected', title: '应到', width: 10, align: 'center', render: (m) => m.counts.expected },
  { key: 'present', title: '实到', width: 10, align: 'center', render: (m) => m.counts.present },
  { key: 'leave', title: '请假', width: 10, align: 'center', render: (m) => m.counts.leave },
  { key: 'absent', title: '缺席', width: 10, align: 'center', render: (m) => m.counts.absent },
  { key: 'late', title: '补录', width: 10, align: 'center', render: (m) => (m.late ? '是' : null) },
  { key: 'remarks', title: '备注', width: 58, minWidth: 22, render: activityRemarks },
];

/** One line of the year's count: a measure, per kind of activity. */
export interface TallyRow {
  key: 'own' | 'also' | 'total' | 'late';
  label: string;
  values: Record<ActivityKind, number>;
}

const perKind = (count: (kind: ActivityKind) => number) =>
  Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, count(k)])) as Record<ActivityKind, number>;

/**
 * The year's count per kind of activity, every kind listed (a zero is information too): the
 * records of the kind, those of another kind also counted as it (同时计为), both together, and
 * how many of the kind's own records were entered late (补录).
 */
export function tallyKinds(meetings: readonly MeetingDetail[]): TallyRow[] {
  const own = perKind((k) => meetings.filter((m) => m.kind === k).length);
  const also = perKind((k) => meetings.filter((m) => m.alsoCountsAs.includes(k)).length);
  return [
    { key: 'own', label: '本类记录', values: own },
    { key: 'also', label: '同时计为', values: also },
    { key: 'total', label: '合计', values: perKind((k) => own[k] + also[k]) },
    { key: 'late', label: '其中补录', values: perKind((k) => meetings.filter((m) => m.kind === k && m.late).length) },
  ];
}

/** A fixed table (not customisable): one column per kind, as the 工作手册's 年度统计 prints it. */
export const SUMMARY_COLUMNS: readonly ColumnSpec<TallyRow>[] = [
  { key: 'measure', title: '项目（次数）', width: 30, align: 'center', render: (t) => t.label },
  ...ACTIVITY_KINDS.map((k): ColumnSpec<TallyRow> => ({
    key: k,
    title: ACTIVITY_SHORT[k],
    width: 30,
    align: 'center',
    render: (t) => t.values[k],
  })),
];
