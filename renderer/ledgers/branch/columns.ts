import type { CommitteeMember, PartyGroup } from '../../../electron/api/org.js';
import { POSITION_LABELS } from '../../../electron/api/org.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate, formatMonth } from '../format.js';
import type { CommitteeFacts } from '../types.js';

export interface CommitteeRow {
  member: CommitteeMember;
  facts: CommitteeFacts;
}

export interface GroupRow {
  group: PartyGroup;
  size: number | undefined;
  /** A past year's copy whose current 组长 took over after that year: who led then is not kept. */
  leaderUnknown: boolean;
}

/** 支部委员会成员. Widths are relative, in millimetres of A4 portrait at 10pt: a 4-character
 * heading (党内职务) and a date (2021.04.15) each fit on one line, leaving the rest to 分工. */
export const COMMITTEE_COLUMNS: readonly ColumnSpec<CommitteeRow>[] = [
  { key: 'position', title: '党内职务', width: 17, align: 'center', render: (r) => POSITION_LABELS[r.member.position] },
  { key: 'name', title: '姓名', width: 16, align: 'center', render: (r) => r.member.name },
  { key: 'gender', title: '性别', width: 10, align: 'center', render: (r) => r.facts.gender },
  { key: 'ethnicity', title: '民族', width: 14, align: 'center', render: (r) => r.facts.ethnicity },
  { key: 'birth', title: '出生年月', width: 17, align: 'center', render: (r) => formatMonth(r.facts.birthDate) },
  { key: 'education', title: '文化程度', width: 17, align: 'center', render: (r) => r.facts.education },
  { key: 'joined', title: '入党时间', width: 21, align: 'center', render: (r) => formatDate(r.facts.joinedOn) },
  { key: 'started', title: '任职时间', width: 21, align: 'center', render: (r) => formatDate(r.member.startedOn) },
  { key: 'duty', title: '分工', width: 36, render: (r) => r.member.duty },
];

export const GROUP_COLUMNS: readonly ColumnSpec<GroupRow>[] = [
  { key: 'name', title: '党小组名称', width: 78, render: (r) => r.group.name },
  {
    key: 'leader',
    title: '党小组长',
    width: 34,
    align: 'center',
    render: (r) => (r.leaderUnknown ? '未记录' : r.group.leaderName),
  },
  {
    key: 'leaderSince',
    title: '任职时间',
    width: 24,
    align: 'center',
    render: (r) => (r.leaderUnknown ? null : formatDate(r.group.leaderSince)),
  },
  { key: 'size', title: '党员人数', width: 22, align: 'center', render: (r) => r.size },
];
