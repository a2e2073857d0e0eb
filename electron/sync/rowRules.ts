import { z } from 'zod';
import { DEV_EVENTS, DEV_STEPS } from '../api/devSteps.js';
import { DUES_CATEGORIES, PAYMENT_METHODS, REDUCTIONS } from '../api/duesOptions.js';
import { isoDate, oneOf, optionalText, requiredText } from '../api/fields.js';
import { ACTIVITY_KINDS, ATTENDANCE_STATUSES, GRADES } from '../api/meetingOptions.js';
import { MEMBER_EVENT_LABELS, memberFields } from '../api/members.js';
import { MEMBER_STATUSES } from '../api/memberOptions.js';
import { MODES, ORG_TYPES, POSITIONS } from '../api/org.js';
import { TABLE_LABELS } from '../api/tables.js';
import { HLC_PATTERN } from '../../db/hlc.js';
import type { RecordTable } from '../../db/schema.js';
import { BundleError } from './errors.js';
import type { WireRow } from './rows.js';

/**
 * The values a bundle row may hold, column by column, built from the same field rules the
 * forms use (electron/api): a peer's row is refused for what the branch's own form refuses.
 */
// The pattern parseHlc reads, checked without building the stamp's parts.
const hlc = (label: string) => z.string({ error: `${label}无效` }).regex(HLC_PATTERN, { error: `${label}无效` });
const optionalHlc = (label: string) => z.union([hlc(label), z.null()]);
const id = (label: string) => z.string({ error: `${label}无效` }).regex(/^[0-9a-f-]{36}$/, { error: `${label}无效` });
const optionalId = (label: string) => z.union([id(label), z.null()]);
const date = (label: string) => isoDate(label);
const maybeDate = (label: string) => z.union([isoDate(label), z.null()]);
const month = (label: string) =>
  z.string({ error: `${label}无效` }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label}应为 年-月` });
const text = (label: string, max: number) => optionalText(label, max);
const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}必须是整数` })
    .int({ error: `${label}必须是整数` })
    .min(min, { error: `${label}超出范围` })
    .max(max, { error: `${label}超出范围` });
const maybeInt = (label: string, min: number, max: number) => z.union([int(label, min, max), z.null()]);
const flag = (label: string) => z.union([z.literal(0), z.literal(1)], { error: `${label}无效` });
const json = (label: string, shape: 'array' | 'object' | 'any') =>
  z.string({ error: `${label}无效` }).refine(
    (s) => {
      try {
        const v: unknown = JSON.parse(s);
        if (shape === 'array') return Array.isArray(v);
        if (shape === 'object') return typeof v === 'object' && v !== null && !Array.isArray(v);
        return true;
      } catch {
        return false;
      }
    },
    { error: `${label}无效` },
  );
/** Money in 分: whole numbers, at most 一千万元 in one row. */
const fen = (label: string, min = 0) => int(label, min, 1_000_000_000);

const record = {
  id: id('记录编号'),
  created_at: hlc('创建时间'),
  updated_at: hlc('修改时间'),
  deleted_at: optionalHlc('删除时间'),
};

const person = {
  name: memberFields.name,
  gender: memberFields.gender,
  ethnicity: memberFields.ethnicity,
  id_number: memberFields.idNumber,
  birth_date: memberFields.birthDate,
  education: memberFields.education,
  occupation: memberFields.occupation,
  work_unit: memberFields.workUnit,
  phone: memberFields.phone,
  address: memberFields.address,
  group_id: optionalId('党小组'),
};

const ROW_RULES: Record<RecordTable, z.ZodType> = {
  organization: z.object({
    ...record,
    mode: oneOf('使用方式', MODES),
    name: requiredText('党组织名称', 60),
    code: z.string().regex(/^[0-9A-Z-]{1,30}$/, { error: '组织代码无效' }),
    parent_name: text('所属上级党组织', 60),
    org_type: oneOf('组织类别', ORG_TYPES),
    founded_on: maybeDate('成立日期'),
    term_started_on: maybeDate('本届任期开始日期'),
    contact_name: text('联系人', 20),
    contact_phone: text('联系电话', 30),
  }),
  committee_member: z.object({
    ...record,
    member_id: optionalId('党员'),
    position: oneOf('党内职务', POSITIONS),
    name: requiredText('姓名', 20),
    duty: text('分工', 100),
    started_on: maybeDate('任职日期'),
    // Absent from the rows of a peer that predates the committee terms: the stored end stays.
    ended_on: maybeDate('卸任日期').optional(),
    sort_order: int('排序', 0, 1_000_000),
  }),
  party_group: z.object({
    ...record,
    name: requiredText('党小组名称', 30),
    leader_name: text('党小组长', 20),
    // Absent from the rows of a peer that predates migration 11: the stored date stays.
    leader_since: maybeDate('党小组长任职时间').optional(),
    sort_order: int('排序', 0, 1_000_000),
    established_on: maybeDate('成立日期'),
    dissolved_on: maybeDate('撤销日期'),
  }),
  member: z.object({
    ...record,
    ...person,
    native_place: memberFields.nativePlace,
    degree: memberFields.degree,
    joined_on: memberFields.joinedOn,
    confirmed_on: maybeDate('转正日期'),
    kind: memberFields.kind,
    party_post: memberFields.partyPost,
    status: oneOf('党籍状态', MEMBER_STATUSES),
    status_since: maybeDate('状态日期'),
    probation_extended_months: maybeInt('延长预备期月数', 1, 12),
    is_mobile: flag('流动党员'),
    mobile_since: maybeDate('外出日期'),
    mobile_destination: text('流入地', 100),
    mobile_reason: text('外出原因', 100),
    mobile_org: text('流入地党组织', 100),
    mobile_card: text('活动证编号', 40),
    mobile_contact: text('联系方式', 60),
    mobile_dues: text('党费交纳方式', 60),
    lost_contact: flag('失联党员'),
    lost_since: maybeDate('失联日期'),
    hardship: flag('困难党员'),
    hardship_since: maybeDate('认定日期'),
    hardship_note: text('困难情况', 200),
    remarks: memberFields.remarks,
    search_key: text('拼音', 400),
  }),
  member_event: z.object({
    ...record,
    member_id: id('党员'),
    kind: z.enum(Object.keys(MEMBER_EVENT_LABELS) as [string, ...string[]], { error: '变动类型无效' }),
    event_date: date('变动日期'),
    details: json('变动内容', 'object'),
    note: text('备注', 200),
  }),
  transfer: z.object({
    ...record,
    member_id: id('党员'),
    direction: oneOf('转接方向', ['in', 'out'] as const),
    letter_no: text('介绍信编号', 40),
    counterpart_org: requiredText('对方党组织', 80),
    issued_on: date('介绍信开具日期'),
    valid_days: int('有效期', 1, 180),
    dues_paid_to: z.union([month('党费交至'), z.literal('')]),
    receipt_on: maybeDate('回执日期'),
    handler: text('经办人', 20),
    note: text('备注', 200),
    counterpart_code: z.union([z.string().regex(/^[0-9A-Z-]{1,30}$/, { error: '接收支部代码无效' }), z.null()]),
  }),
  setting: z.object({ ...record, key: requiredText('设置项', 60), value: json('设置内容', 'any') }),
  meeting: z.object({
    ...record,
    kind: oneOf('活动类型', ACTIVITY_KINDS),
    also_counts_as: json('同时计为', 'array'),
    group_id: optionalId('党小组'),
    title: requiredText('会议主题', 100),
    held_on: date('会议日期'),
    start_time: text('开始时间', 5),
    end_time: text('结束时间', 5),
    place: text('地点', 60),
    host: text('主持人', 20),
    recorder: text('记录人', 20),
    guests: text('列席人员', 200),
    superiors: text('上级参会/指导人员', 100),
    agenda: json('议题', 'array'),
    minutes: text('会议记录', 20000),
    decisions: text('决议', 5000),
    lecturer: text('授课人', 20),
    lecture_title: text('党课题目', 100),
    lecture_hours: z.union([z.number().min(0).max(24), z.null()], { error: '党课学时无效' }),
    activities: json('活动形式', 'array'),
    recorded_on: date('登记日期'),
  }),
  meeting_attendance: z.object({
    ...record,
    meeting_id: id('会议'),
    member_id: id('党员'),
    status: oneOf('出席情况', ATTENDANCE_STATUSES),
    reason: text('请假/缺席原因', 100),
    voting: flag('表决权'),
  }),
  meeting_vote: z.object({
    ...record,
    meeting_id: id('会议'),
    motion: requiredText('表决事项', 100),
    yes: int('赞成票', 0, 100_000),
    no: int('反对票', 0, 100_000),
    abstain: int('弃权票', 0, 100_000),
    sort_order: int('排序', 0, 1_000_000),
  }),
  appraisal_grade: z.object({
    ...record,
    meeting_id: id('会议'),
    member_id: id('党员'),
    grade: oneOf('评定等次', GRADES),
    ballots_issued: maybeInt('发出票数', 0, 100_000),
    ballots_returned: maybeInt('收回票数', 0, 100_000),
    votes_excellent: maybeInt('优秀票', 0, 100_000),
    votes_qualified: maybeInt('合格票', 0, 100_000),
    votes_basic: maybeInt('基本合格票', 0, 100_000),
    votes_unqualified: maybeInt('不合格票', 0, 100_000),
    disposition: text('处置意见', 50),
    note: text('备注', 200),
  }),
  rectification: z.object({
    ...record,
    meeting_id: id('会议'),
    problem: requiredText('存在问题', 300),
    measure: text('整改措施', 300),
    owner: text('责任人', 30),
    due_on: maybeDate('完成时限'),
    done_on: maybeDate('完成日期'),
    progress: text('完成情况', 200),
    sort_order: int('排序', 0, 1_000_000),
  }),
  talk: z.object({
    ...record,
    held_on: date('谈话日期'),
    talker: requiredText('谈话人', 20),
    talker_post: text('谈话人职务', 30),
    member_id: optionalId('党员'),
    talkee: requiredText('谈话对象', 20),
    talkee_post: text('谈话对象职务/身份', 30),
    place: text('地点', 60),
    talk_type: text('谈话类型', 20),
    topic: requiredText('谈话主题', 100),
    content: text('主要内容', 5000),
    feedback: text('对方反映的问题和意见建议', 2000),
    follow_up: text('约定事项/落实情况', 2000),
    recorded_on: date('登记日期'),
  }),
  attachment: z.object({
    ...record,
    owner_table: z.enum(Object.keys(TABLE_LABELS) as [string, ...string[]], { error: '附件所属记录无效' }),
    owner_id: id('附件所属记录'),
    file_name: requiredText('文件名', 200),
    mime: requiredText('文件类型', 100),
    size: int('文件大小', 0, 64 * 1024 * 1024),
    data: z.object({ $b64: z.string() }, { error: '附件内容无效' }),
  }),
  dues_basis: z.object({
    ...record,
    member_id: id('党员'),
    effective_from: month('起始月份'),
    category: oneOf('党费类别', DUES_CATEGORIES),
    base_fen: z.union([fen('计算基数'), z.null()]),
    fixed_fen: z.union([fen('固定金额'), z.null()]),
    rate_bp: maybeInt('比例', 0, 10_000),
    computed_fen: fen('每月应交'),
    reduction: oneOf('减免', REDUCTIONS),
    reduced_fen: z.union([fen('减免后金额'), z.null()]),
    decision_on: maybeDate('核定日期'),
    approval_ref: text('上级批准文号', 60),
    note: text('备注', 200),
  }),
  dues_payment: z.object({
    ...record,
    member_id: id('党员'),
    kind: oneOf('交纳类型', ['regular', 'voluntary', 'correction'] as const),
    from_month: month('起始月份'),
    to_month: month('截止月份'),
    amount_fen: fen('金额', -1_000_000_000),
    paid_on: date('交纳日期'),
    handler: requiredText('经手人', 20),
    receipt_no: text('票据号', 40),
    method: oneOf('交纳方式', PAYMENT_METHODS),
    note: text('备注', 200),
    corrects_id: optionalId('更正的记录'),
    full_remit: flag('全额上缴'),
  }),
  dues_remittance: z.object({
    ...record,
    period_label: requiredText('所属期间', 30),
    from_month: month('起始月份'),
    to_month: month('截止月份'),
    members_count: int('人数', 0, 100_000),
    amount_fen: fen('上缴金额'),
    remitted_on: date('上缴日期'),
    method: oneOf('上缴方式', PAYMENT_METHODS),
    receipt_no: text('收据编号', 40),
    handler: requiredText('经手人', 20),
    receiver: text('接收单位', 60),
    note: text('备注', 200),
  }),
  dev_person: z.object({
    ...record,
    ...person,
    note: text('备注', 200),
    member_id: optionalId('党员'),
    cancelled_on: maybeDate('取消日期'),
    extended_months: maybeInt('延长预备期月数', 1, 12),
  }),
  dev_step: z.object({
    ...record,
    person_id: id('发展对象'),
    step: oneOf('步骤', [...DEV_STEPS, ...DEV_EVENTS] as [string, ...string[]]),
    done_on: date('日期'),
    details: json('步骤内容', 'object'),
  }),
  transfer_relay: z.object({
    ...record,
    out_transfer_id: id('转出记录'),
    from_code: requiredText('转出支部代码', 30),
    from_name: requiredText('转出支部', 80),
    to_code: requiredText('接收支部代码', 30),
    member: json('党员信息', 'object'),
    letter_no: text('介绍信编号', 40),
    issued_on: date('介绍信开具日期'),
    valid_days: int('有效期', 1, 180),
    dues_paid_to: z.union([month('党费交至'), z.literal('')]),
    note: text('备注', 200),
    status: oneOf('办理状态', ['pending', 'accepted', 'declined'] as const),
    answered_on: maybeDate('办理日期'),
    answer_note: text('退回原因', 200),
  }),
  notice: z.object({
    ...record,
    title: requiredText('通知标题', 60),
    body: text('通知内容', 20000),
    issued_on: date('发布日期'),
    due_on: maybeDate('办理期限'),
    issuer: text('发布单位', 80),
    recipients: z.union([z.literal('*'), json('接收支部', 'array')]),
  }),
  notice_reply: z.object({
    ...record,
    notice_id: id('通知'),
    branch_code: requiredText('支部代码', 30),
    read_on: maybeDate('阅读日期'),
    done_on: maybeDate('办结日期'),
    note: text('办理情况', 500),
  }),
};

/** Refuses the whole bundle when a row breaks a form rule, naming the table and the field. */
export function checkRowValues(table: RecordTable, row: WireRow): void {
  const r = ROW_RULES[table].safeParse(row);
  if (r.success) return;
  const issue = r.error.issues[0];
  throw new BundleError(
    'INVALID_ROW',
    `数据包中的记录不符合填写规则（${TABLE_LABELS[table] ?? table}：${issue?.message ?? '内容无效'}），已拒绝整个数据包，没有做任何改动`,
  );
}
