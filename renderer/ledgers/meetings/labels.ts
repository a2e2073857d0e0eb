import type { AttendanceLine, MeetingDetail, MeetingSummary } from '../../../electron/api/meetings.js';
import {
  ACTIVITY_LABELS,
  ACTIVITY_SHORT,
  ATTENDANCE_LABELS,
  GRADE_LABELS,
  GRADES,
  type ActivityKind,
} from '../../../electron/api/meetingOptions.js';
import { formatChineseMonth } from '../format.js';

/** Each record's name in its title (LEDGERS.md 3–6): the words a county's 工作手册 uses. */
const RECORD_NAMES: Record<ActivityKind, string> = {
  congress: '支部党员大会记录',
  committee: '支委会记录',
  group: '党小组会记录',
  lecture: '党课记录',
  theme_day: '主题党日活动记录',
  org_life: '组织生活会记录',
  appraisal: '民主评议党员会议记录',
};

/** `2026年9月 支部党员大会记录`; the organisation prints on the line above. */
export function recordTitle(m: MeetingSummary): string {
  return `${formatChineseMonth(m.heldOn)} ${RECORD_NAMES[m.kind]}`;
}

/** `2026年9月 支部党员大会签到表`. */
export function signInTitle(m: MeetingSummary): string {
  return `${formatChineseMonth(m.heldOn)} ${RECORD_NAMES[m.kind].replace(/记录$/, '')}签到表`;
}

/** The kinds a meeting counts as: its own, then those it also counts as (同时计为). */
export function kindsOf(m: MeetingSummary): ActivityKind[] {
  return [m.kind, ...m.alsoCountsAs];
}

/** `支部党员大会（同时计为 主题党日）`; short names for narrow register columns. */
export function kindText(m: MeetingSummary, short = false): string {
  const names = short ? ACTIVITY_SHORT : ACTIVITY_LABELS;
  if (m.alsoCountsAs.length === 0) return names[m.kind];
  return `${names[m.kind]}（同时计为 ${m.alsoCountsAs.map((k) => ACTIVITY_SHORT[k]).join('、')}）`;
}

/** One person's leave or absence as the record states it: `王五（请假：外出务工）`. */
export function absenceOf(line: AttendanceLine): string {
  const status = ATTENDANCE_LABELS[line.status];
  return line.reason ? `${line.name}（${status}：${line.reason}）` : `${line.name}（${status}）`;
}

/** 请假/缺席人员及原因; empty when everyone came. */
export function absencesText(m: MeetingDetail): string {
  return m.attendanceLines
    .filter((a) => a.status !== 'present')
    .map(absenceOf)
    .join('；');
}

/** The form's words for a 主题党日 (LEDGERS.md 4) differ from a meeting's. */
export interface FormLabels {
  subject: string;
  type: string;
  minutes: string;
  decisions: string;
}

const MEETING_LABELS: FormLabels = { subject: '会议主题', type: '会议类型', minutes: '会议记录', decisions: '决议' };
const THEME_DAY_LABELS: FormLabels = {
  subject: '活动主题',
  type: '活动类型',
  minutes: '活动内容',
  decisions: '议定事项及落实',
};

export function formLabels(kind: ActivityKind): FormLabels {
  return kind === 'theme_day' ? THEME_DAY_LABELS : MEETING_LABELS;
}

/** `1．学习文件`: numbered as the agenda is read out. */
export function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => `${i + 1}．${item}`);
}

/** Each motion's count: `1．通过……：赞成 4 票，反对 0 票，弃权 0 票。` */
export function voteLines(m: MeetingDetail): string[] {
  return m.input.votes.map(
    (v, i) => `${i + 1}．${v.motion}：赞成 ${v.yes} 票，反对 ${v.no} 票，弃权 ${v.abstain} 票。`,
  );
}

/** Whether the record carries a 表决情况 block: always for the bodies that decide, else when voted. */
export function showsVotes(m: MeetingDetail): boolean {
  return m.kind === 'congress' || m.kind === 'committee' || m.input.votes.length > 0;
}

/** 是否超过半数 (《支部工作条例》 art. 12), for the kinds with a quorum rule. */
export function quorumText(m: MeetingSummary): string | null {
  const c = m.counts;
  if (c.quorumMet === null) return null;
  const who = m.kind === 'committee' ? '到会支委' : '到会有表决权党员';
  return c.quorumMet ? `是（${who}超过半数）` : `否（${who}未超过半数，不能作出决定）`;
}

/** 评议结果 on the 民主评议 record, grade by grade: `基本合格（1名）：张伟（限期改正）`. */
export function gradeSummary(m: MeetingDetail): string[] {
  if (m.gradeLines.length === 0) return [];
  return GRADES.map((g) => {
    const names = m.gradeLines
      .filter((l) => l.grade === g)
      .map((l) => (l.disposition ? `${l.name}（${l.disposition}）` : l.name));
    return `${GRADE_LABELS[g]}（${names.length}名）：${names.join('、') || '无'}`;
  });
}
