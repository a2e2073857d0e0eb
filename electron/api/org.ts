import { z } from 'zod';
import { op } from './define.js';
import { oneOf, optionalIsoDate, optionalText, recordId, requiredText } from './fields.js';

export const MODES = ['branch', 'office'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Record<Mode, string> = { branch: '党支部', office: '上级党委（乡镇/县）' };

export const ORG_TYPES = ['village', 'community', 'organ', 'enterprise', 'school', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];
export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  village: '村',
  community: '社区',
  organ: '机关',
  enterprise: '企业',
  school: '学校',
  other: '其他',
};

export const POSITIONS = ['secretary', 'deputy', 'organization', 'propaganda', 'discipline', 'member'] as const;
export type Position = (typeof POSITIONS)[number];
export const POSITION_LABELS: Record<Position, string> = {
  secretary: '书记',
  deputy: '副书记',
  organization: '组织委员',
  propaganda: '宣传委员',
  discipline: '纪检委员',
  member: '委员',
};

/**
 * Where a missing 任职时间 is filled in: the 支委会 table for a post still held, its 历任支委
 * list for an ended term. Every message about a missing start ends with it.
 */
export function whereToFillStart(ended: boolean): string {
  return `请在“支部基本情况 → 支委会${ended ? ' → 历任支委' : ''}”中点“修改”填写任职时间`;
}

export interface OrgProfile {
  id: string;
  mode: Mode;
  name: string;
  code: string;
  parentName: string;
  orgType: OrgType;
  foundedOn: string | null;
  termStartedOn: string | null;
  contactName: string;
  contactPhone: string;
}

export interface CommitteeMember {
  id: string;
  /** The roster member holding the seat, when linked. */
  memberId: string | null;
  position: Position;
  name: string;
  duty: string;
  startedOn: string | null;
  /** The first day of the successor; null while the post is held. */
  endedOn: string | null;
}

export interface PartyGroup {
  id: string;
  name: string;
  leaderName: string;
  /** 任职时间 of the current 党小组长. */
  leaderSince: string | null;
  establishedOn: string | null;
}

export type TermStatus = 'unknown' | 'ok' | 'due-soon' | 'overdue';

export interface TermInfo {
  years: number;
  startedOn: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  status: TermStatus;
}

export interface OrgOverview {
  org: OrgProfile;
  committee: CommitteeMember[];
  groups: PartyGroup[];
  term: TermInfo;
}

const orgCode = z
  .string({ error: '请填写组织代码' })
  .trim()
  .min(1, { error: '请填写组织代码' })
  .max(32, { error: '组织代码不能超过 32 个字符' })
  .regex(/^[0-9A-Za-z-]+$/, { error: '组织代码只能包含数字、字母和“-”' })
  // Codes name the two ends of a bundle exchange: xs002 and XS002 must be the same branch.
  .transform((v) => v.toUpperCase());

const profileFields = {
  name: requiredText('党组织名称', 60),
  code: orgCode,
  parentName: optionalText('所属上级党组织', 60),
  orgType: oneOf('组织类别', ORG_TYPES),
  foundedOn: optionalIsoDate('建立时间'),
  termStartedOn: optionalIsoDate('本届选举时间'),
  contactName: optionalText('联系人', 20),
  contactPhone: optionalText('联系电话', 30),
};

export const setupInput = z.object({ mode: oneOf('使用方式', MODES), ...profileFields });
export const profileInput = z.object(profileFields);

export const orgOps = {
  'org.get': op<OrgProfile | null>()({
    summary: '读取本组织信息（未完成首次设置时为空）',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'org.setup': op<OrgProfile>()({
    summary: '首次设置：选择使用方式并填写组织信息',
    role: 'admin',
    input: setupInput,
    errors: ['ALREADY_SET_UP'],
  }),
  'org.update': op<OrgProfile>()({
    summary: '修改组织基本信息',
    role: 'admin',
    input: profileInput,
    errors: ['NOT_SET_UP'],
  }),
  'org.overview': op<OrgOverview>()({
    summary: '党支部基本情况：组织、支委会、党小组、换届时间',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'committee.save': op<CommitteeMember>()({
    summary: '新增或修改一名支委（已卸任的只能更正任职时间和分工）',
    role: 'clerk',
    input: z.object({
      id: recordId('支委记录').optional(),
      memberId: z.union([recordId('对应党员'), z.literal('').transform(() => null), z.null()]).default(null),
      position: oneOf('党内职务', POSITIONS),
      name: requiredText('姓名', 20),
      duty: optionalText('分工', 100),
      startedOn: optionalIsoDate('任职时间'),
      /**
       * When an existing seat passes to another person or post: the old term ends and the new
       * one starts on this day. Required for such a change; a correction of the same person's
       * record leaves it empty.
       */
      changedOn: optionalIsoDate('变更日期'),
    }),
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'committee.remove': op<{ id: string }>()({
    summary: '支委卸任（填卸任日期，保留历史）；不填日期则作为录入错误删除',
    role: 'clerk',
    input: z.object({ id: recordId('支委记录'), endedOn: optionalIsoDate('卸任日期') }),
    errors: ['NOT_FOUND'],
  }),
  'committee.history': op<CommitteeMember[]>()({
    summary: '历任支委：已卸任的任期，最近卸任的在前',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'groups.save': op<PartyGroup>()({
    summary: '新增或修改党小组',
    role: 'clerk',
    input: z.object({
      id: recordId('党小组记录').optional(),
      name: requiredText('党小组名称', 30),
      leaderName: optionalText('党小组长', 20),
      leaderSince: optionalIsoDate('任职时间'),
      establishedOn: optionalIsoDate('成立时间'),
    }),
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'groups.remove': op<{ id: string }>()({
    summary: '撤销党小组（保留历史）',
    role: 'clerk',
    input: z.object({ id: recordId('党小组记录'), dissolvedOn: optionalIsoDate('撤销时间') }),
    errors: ['NOT_FOUND'],
  }),
};
