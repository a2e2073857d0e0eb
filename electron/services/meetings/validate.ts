import type { FieldIssue } from '../../api/errors.js';
import { undatedSeatMessage, type MeetingCounts, type MeetingInput, type UndatedSeat } from '../../api/meetings.js';
import { ACTIVITY_LABELS } from '../../api/meetingOptions.js';
import { quorumKind, quorumMessage } from '../../api/quorum.js';
import type { RosterOnDate } from './eligibility.js';

/**
 * Checks of a meeting record against the roster of its day: everyone marked once, only
 * people who were expected, a reason for each leave or absence, votes that fit the room.
 */
function quorumKinds(m: MeetingInput): string[] {
  return [m.kind, ...m.alsoCountsAs].filter((k) => k === 'congress' || k === 'committee');
}

export function meetingIssues(
  m: MeetingInput,
  eligible: readonly RosterOnDate[],
  counts: MeetingCounts,
  today: string,
  undated: readonly UndatedSeat[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (m.heldOn > today) add('heldOn', '会议日期不能晚于今天');
  if (m.startTime && m.endTime && m.endTime <= m.startTime) add('endTime', '结束时间应晚于开始时间');
  if (m.alsoCountsAs.includes(m.kind)) add('alsoCountsAs', `“同时计为”不能选${ACTIVITY_LABELS[m.kind]}本身`);
  const kinds = [m.kind, ...m.alsoCountsAs];
  if (kinds.includes('group') && !m.groupId) add('groupId', '党小组会请选择党小组');
  if (kinds.includes('lecture')) {
    if (!m.lecturer) add('lecturer', '党课请填写授课人');
    if (!m.lectureTitle) add('lectureTitle', '党课请填写党课题目');
  }
  if (m.grades.length > 0 && m.kind !== 'appraisal') add('grades', '只有民主评议党员才能登记评定等次');
  if (m.rectifications.length > 0 && m.kind !== 'org_life') add('rectifications', '只有组织生活会才有整改清单');

  const byId = new Map(eligible.map((e) => [e.memberId, e]));
  const undatedById = new Map(undated.map((u) => [u.memberId, u]));
  const seen = new Map<string, number>();
  m.attendance.forEach((a, i) => {
    const who = byId.get(a.memberId);
    const first = seen.get(a.memberId);
    if (first !== undefined) {
      const name = who?.name ?? '该党员';
      const before = m.attendance[first];
      add(
        `attendance.${i}.status`,
        before && before.status !== a.status ? `${name}不能同时标记为出席和请假/缺席` : `${name}在名单中重复`,
      );
    } else seen.set(a.memberId, i);
    if (!who) {
      // A 支委 whose 任职时间 is missing is the one case the user can put right: say how.
      const seat = undatedById.get(a.memberId);
      add(
        `attendance.${i}.memberId`,
        seat ? undatedSeatMessage(seat) : `第 ${i + 1} 位不在会议当日的应到名单中（实到不能多于应到）`,
      );
    } else if (a.status !== 'present' && !a.reason)
      add(`attendance.${i}.reason`, `请填写${who.name}的${a.status === 'leave' ? '请假' : '缺席'}原因`);
  });

  // 应到 is the roster of the day, not the lines sent: a quorum is judged over everyone.
  if (quorumKinds(m).length > 0) {
    const unmarked = eligible.filter((e) => !seen.has(e.memberId)).map((e) => e.name);
    if (unmarked.length > 0)
      add(
        'attendance',
        `会议当日应到 ${eligible.length} 人，还有 ${unmarked.length} 人未标记出席情况：${unmarked.slice(0, 5).join('、')}${unmarked.length > 5 ? ' 等' : ''}`,
      );
  }
  // 主持人/记录人 are at the meeting: never marked away; at a 党员大会/支委会 one of those present
  // (or a listed guest), while a 党小组会 may be hosted by a 书记 from outside the group.
  for (const [field, label] of [
    ['host', '主持人'],
    ['recorder', '记录人'],
  ] as const) {
    const name = m[field];
    if (!name || m.attendance.length === 0) continue;
    const line = m.attendance.find((a) => byId.get(a.memberId)?.name === name);
    if (line && line.status !== 'present') add(field, `${label}${name}已标记为请假或缺席，${label}须到会`);
    else if (!line && quorumKinds(m).length > 0 && !m.guests.includes(name) && !m.superiors.includes(name))
      add(field, `${label}${name}不在到会名单中，请从到会人员中选择（上级或列席人员请先填入列席栏）`);
  }

  m.votes.forEach((v, i) => {
    const total = v.yes + v.no + v.abstain;
    if (total > counts.votingPresent)
      add(`votes.${i}.yes`, `“${v.motion}”的票数合计 ${total} 超过到会有表决权人数 ${counts.votingPresent}`);
  });
  if (m.votes.length > 0 && counts.quorumMet === false)
    add('votes', quorumMessage(quorumKind(m.kind, m.alsoCountsAs), counts));
  return issues;
}
