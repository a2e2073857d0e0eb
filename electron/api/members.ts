import { z } from 'zod';
import { op } from './define.js';
import { isoDate, oneOf, optionalIsoDate, optionalText, recordId, requiredText } from './fields.js';
import { ID_PROBLEM_MESSAGES, idNumberProblem, normalizeIdNumber } from './idNumber.js';
import {
  EDUCATIONS,
  ETHNICITIES,
  GENDERS,
  LEAVE_KINDS,
  MEMBER_KINDS,
  OCCUPATIONS,
  type Gender,
  type LeaveKind,
  type MemberKind,
  type MemberStatus,
} from './memberOptions.js';

const idNumber = z
  .string({ error: '请填写公民身份号码' })
  .transform(normalizeIdNumber)
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_PROBLEM_MESSAGES[problem] });
  });

const phone = z
  .string({ error: '联系电话必须是文字' })
  .trim()
  .refine((v) => v === '' || /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v), {
    error: '联系电话格式不正确（手机 11 位，或区号-座机号）',
  })
  .default('');

export const memberFields = {
  name: requiredText('姓名', 20),
  gender: oneOf('性别', GENDERS),
  ethnicity: oneOf('民族', ETHNICITIES),
  idNumber,
  birthDate: isoDate('出生日期'),
  nativePlace: optionalText('籍贯', 40),
  education: z.union([oneOf('学历', EDUCATIONS), z.literal('')]).default(''),
  degree: optionalText('学位', 20),
  occupation: z.union([oneOf('人员类别', OCCUPATIONS), z.literal('')]).default(''),
  workUnit: optionalText('工作单位及职务', 80),
  phone,
  address: optionalText('现居住地', 80),
  joinedOn: isoDate('入党日期'),
  confirmedOn: optionalIsoDate('转正日期'),
  kind: oneOf('党员类别', MEMBER_KINDS),
  groupId: z.union([recordId('党小组'), z.literal('').transform(() => null), z.null()]).default(null),
  partyPost: optionalText('党内职务', 30),
  remarks: optionalText('备注', 200),
};

export const memberInput = z.object(memberFields);
export type MemberInput = z.output<typeof memberInput>;

const letterFields = {
  letterNo: optionalText('介绍信编号', 40),
  counterpartOrg: requiredText('对方党组织', 80),
  issuedOn: isoDate('介绍信开具日期'),
  validDays: z.coerce
    .number({ error: '有效期必须是天数' })
    .int({ error: '有效期必须是整天数' })
    .min(1, { error: '有效期至少 1 天' })
    .max(180, { error: '有效期不超过 180 天' })
    .default(90),
  duesPaidTo: z
    .union([z.string().regex(/^\d{4}-\d{2}$/, { error: '党费交至应为 年-月（如 2026-06）' }), z.literal('')])
    .default(''),
  handler: optionalText('经办人', 20),
  note: optionalText('备注', 200),
};

/** Lifecycle and flag changes; each becomes a dated event in the member's history. */
export const memberEventInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('confirm'),
      id: recordId('党员'),
      date: isoDate('转正日期'),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('extend_probation'),
      id: recordId('党员'),
      date: isoDate('决定日期'),
      months: z.coerce
        .number({ error: '请填写延长月数' })
        .int({ error: '延长月数应为整数' })
        .min(6, { error: '延长预备期不能少于 6 个月' })
        .max(12, { error: '延长预备期不能超过 1 年' }),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('transfer_out'),
      id: recordId('党员'),
      date: isoDate('转出日期'),
      ...letterFields,
      // Set when the receiving branch is picked from the county directory: the office relays it.
      counterpartCode: optionalText('对方支部代码', 32),
    }),
    z.object({
      kind: z.literal('leave'),
      id: recordId('党员'),
      date: isoDate('出党日期'),
      leaveKind: oneOf('出党方式', LEAVE_KINDS),
      note: optionalText('备注'),
    }),
    z.object({ kind: z.literal('death'), id: recordId('党员'), date: isoDate('去世日期'), note: optionalText('备注') }),
    z.object({
      kind: z.literal('suspend'),
      id: recordId('党员'),
      date: isoDate('停止党籍日期'),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('restore'),
      id: recordId('党员'),
      date: isoDate('恢复党籍日期'),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('mobile_start'),
      id: recordId('党员'),
      date: isoDate('外出日期'),
      destination: requiredText('外出地点', 60),
      reason: optionalText('外出原因/从事职业', 60),
      org: optionalText('流入地党组织', 60),
      card: optionalText('活动证号', 30),
      contact: optionalText('外出期间联系方式', 30),
      dues: optionalText('党费交纳方式', 30),
    }),
    z.object({
      kind: z.literal('mobile_end'),
      id: recordId('党员'),
      date: isoDate('返回日期'),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('lost_start'),
      id: recordId('党员'),
      date: isoDate('失联日期'),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('lost_end'),
      id: recordId('党员'),
      date: isoDate('恢复联系日期'),
      note: optionalText('备注'),
    }),
    z.object({
      kind: z.literal('hardship_start'),
      id: recordId('党员'),
      date: isoDate('认定日期'),
      note: optionalText('困难情况', 200),
    }),
    z.object({
      kind: z.literal('hardship_end'),
      id: recordId('党员'),
      date: isoDate('解除日期'),
      note: optionalText('备注'),
    }),
  ],
  { error: '请选择要办理的事项' },
);
export type MemberEventInput = z.output<typeof memberEventInput>;
export type MemberEventKind = MemberEventInput['kind'] | 'joined' | 'transfer_in' | 'receipt';

export const MEMBER_EVENT_LABELS: Record<MemberEventKind, string> = {
  joined: '入党',
  transfer_in: '转入',
  transfer_out: '转出',
  receipt: '收到回执',
  confirm: '预备党员转正',
  extend_probation: '延长预备期',
  leave: '出党',
  death: '去世',
  suspend: '停止党籍',
  restore: '恢复党籍',
  mobile_start: '外出流动',
  mobile_end: '流动返回',
  lost_start: '失去联系',
  lost_end: '恢复联系',
  hardship_start: '认定为困难党员',
  hardship_end: '解除困难党员',
};

export interface MemberFlags {
  mobile: { since: string | null; destination: string } | null;
  lostContact: { since: string | null } | null;
  hardship: { since: string | null; note: string } | null;
}

/** One roster line: enough to list, filter and search 5,000 members instantly in the page. */
export interface MemberSummary {
  id: string;
  name: string;
  gender: Gender;
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  education: string;
  occupation: string;
  workUnit: string;
  phone: string;
  joinedOn: string;
  confirmedOn: string | null;
  kind: MemberKind;
  groupId: string | null;
  groupName: string;
  partyPost: string;
  status: MemberStatus;
  statusSince: string | null;
  age: number;
  /** Whole years since 转正 (党章); null for 预备党员. */
  partyYears: number | null;
  /** MM-DD of 入党日期. */
  politicalBirthday: string;
  flags: MemberFlags;
  /** Lower-case pinyin initials and full pinyin, e.g. `zs zhangsan`. */
  searchKey: string;
}

export interface MemberEvent {
  id: string;
  kind: MemberEventKind;
  date: string;
  details: Record<string, string | number | null>;
  note: string;
  recordedAt: string;
}

export interface TransferLetter {
  id: string;
  memberId: string;
  memberName: string;
  direction: 'in' | 'out';
  letterNo: string;
  counterpartOrg: string;
  issuedOn: string;
  validDays: number;
  duesPaidTo: string;
  receiptOn: string | null;
  handler: string;
  note: string;
  /** An out-letter without 回执 more than 3 months after issue. */
  overdue: boolean;
  /** A 转出 to a branch of the same county, relayed by the office: how the receiver answered. */
  relay: { status: RelayStatus; answeredOn: string | null; answerNote: string } | null;
}

export type RelayStatus = 'pending' | 'accepted' | 'declined';

/** A 转出 from another branch of the county, relayed by the office, waiting to be confirmed here. */
export interface IncomingTransfer {
  relayId: string;
  fromCode: string;
  fromName: string;
  member: MemberInput;
  letterNo: string;
  issuedOn: string;
  validDays: number;
  duesPaidTo: string;
  note: string;
  status: RelayStatus;
  answeredOn: string | null;
  answerNote: string;
}

export interface MemberDetail extends MemberSummary {
  input: MemberInput;
  leaveKind: LeaveKind | null;
  probationExtendedMonths: number | null;
  probationEndsOn: string | null;
  mobile: {
    since: string | null;
    destination: string;
    reason: string;
    org: string;
    card: string;
    contact: string;
    dues: string;
  };
  remarks: string;
  events: MemberEvent[];
  transfers: TransferLetter[];
}

export const ROSTER_SCOPES = ['current', 'former', 'all'] as const;

export const memberOps = {
  'members.list': op<MemberSummary[]>()({
    summary: '党员名单（当前在册、已离开或全部）',
    role: 'viewer',
    input: z.object({ scope: oneOf('范围', ROSTER_SCOPES).default('current') }),
    errors: [],
  }),
  'members.get': op<MemberDetail>()({
    summary: '一名党员的完整信息和历史',
    role: 'viewer',
    input: z.object({ id: recordId('党员') }),
    errors: ['NOT_FOUND'],
  }),
  'members.create': op<MemberDetail>()({
    summary: '建档：录入一名本支部党员',
    role: 'clerk',
    input: memberInput,
    errors: ['NOT_SET_UP'],
  }),
  'members.transferIn': op<MemberDetail>()({
    summary: '转入：凭介绍信接收一名党员',
    role: 'clerk',
    input: z.object({
      member: memberInput,
      date: isoDate('转入日期'),
      ...letterFields,
      // Confirming a 转出 the office relayed from another branch of the county.
      relayId: recordId('转来的转接记录').optional(),
    }),
    errors: ['NOT_SET_UP'],
  }),
  'members.update': op<MemberDetail>()({
    summary: '修改党员基本信息',
    role: 'clerk',
    input: memberInput.extend({ id: recordId('党员') }),
    errors: ['NOT_FOUND'],
  }),
  'members.event': op<MemberDetail>()({
    summary: '办理转正、转出、出党、流动等事项',
    role: 'clerk',
    input: memberEventInput,
    errors: ['NOT_FOUND'],
  }),
  'transfers.list': op<TransferLetter[]>()({
    summary: '组织关系转接登记',
    role: 'viewer',
    input: z.object({}),
    errors: [],
  }),
  'transfers.incoming': op<IncomingTransfer[]>()({
    summary: '上级党委转来的转入（本县其他支部转出到本支部），待确认的在前',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'transfers.incomingDetail': op<IncomingTransfer>()({
    summary: '一条待确认转入的完整信息（填写确认转入表用；列表中身份证号、电话为部分隐藏）',
    role: 'clerk',
    input: z.object({ relayId: recordId('转来的转接记录') }),
    errors: ['NOT_SET_UP', 'NOT_FOUND'],
  }),
  'transfers.decline': op<IncomingTransfer>()({
    summary: '退回上级党委转来的转入（如人不是本支部的）',
    role: 'clerk',
    input: z.object({ relayId: recordId('转来的转接记录'), note: requiredText('退回原因', 200) }),
    errors: ['NOT_FOUND'],
  }),
  'transfers.directory': op<{ code: string; name: string }[]>()({
    summary: '本县（乡镇）已登记的其他支部，转出时可直接选择',
    role: 'viewer',
    input: z.object({}),
    errors: ['NOT_SET_UP'],
  }),
  'transfers.receipt': op<TransferLetter>()({
    summary: '登记介绍信回执',
    role: 'clerk',
    input: z.object({ id: recordId('转接记录'), receiptOn: isoDate('回执收到日期') }),
    errors: ['NOT_FOUND'],
  }),
};
