import {
  ACTIVITY_LABELS,
  ATTENDANCE_LABELS,
  DEV_STEP_LABELS,
  DUES_CATEGORY_LABELS,
  formatYuan,
  GENDER_LABELS,
  GRADE_LABELS,
  IMPORT_FIELD_LABELS,
  MEMBER_EVENT_LABELS,
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  MODE_LABELS,
  ORG_TYPE_LABELS,
  PAYMENT_METHOD_LABELS,
  POSITION_LABELS,
  REDUCTION_LABELS,
  ROLE_LABELS,
} from '../../electron/api/index.js';
import { TABLE_LABELS } from '../../electron/api/tables.js';
import { localTime } from './localTime.js';

/** Columns every record has; a change of the bookkeeping ones says nothing to the reader. */
const COMMON: Record<string, string> = { deleted_at: '删除时间' };
const HIDDEN = new Set(['id', 'created_at', 'updated_at', 'search_key']);

/** The member form's own labels (IMPORT_FIELD_LABELS is keyed by its camelCase field names). */
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const fromMemberForm = (columns: string[]) =>
  Object.fromEntries(columns.map((c) => [c, (IMPORT_FIELD_LABELS as Record<string, string>)[camel(c)] ?? c] as const));

const PERSON = fromMemberForm([
  'name',
  'gender',
  'ethnicity',
  'id_number',
  'birth_date',
  'native_place',
  'education',
  'degree',
  'occupation',
  'work_unit',
  'phone',
  'address',
  'joined_on',
  'confirmed_on',
  'kind',
  'party_post',
  'remarks',
]);

const MEETING_REF = { meeting_id: '会议', member_id: '党员' };

/** Each table's columns by the names its form and ledger use. */
const FIELDS: Record<string, Record<string, string>> = {
  organization: {
    mode: '单位类型',
    name: '组织名称',
    code: '组织代码',
    parent_name: '上级党组织',
    org_type: '支部类型',
    founded_on: '成立日期',
    term_started_on: '本届换届日期',
    contact_name: '联系人',
    contact_phone: '联系电话',
  },
  committee_member: {
    member_id: '党员',
    position: '职务',
    name: '姓名',
    duty: '分工',
    started_on: '任职日期',
    ended_on: '卸任日期',
    sort_order: '排序',
  },
  party_group: {
    name: '党小组名称',
    leader_name: '党小组长',
    leader_since: '党小组长任职时间',
    sort_order: '排序',
    established_on: '成立时间',
    dissolved_on: '撤销时间',
  },
  member: {
    ...PERSON,
    group_id: '党小组',
    status: '党员状态',
    status_since: '状态变更日期',
    probation_extended_months: '延长预备期（月）',
    is_mobile: '流动党员',
    mobile_since: '外出日期',
    mobile_destination: '外出去向',
    mobile_reason: '外出原因',
    mobile_org: '流入地党组织',
    mobile_card: '流动党员活动证',
    mobile_contact: '外出期间联系方式',
    mobile_dues: '外出期间党费缴纳',
    lost_contact: '失去联系',
    lost_since: '失联日期',
    hardship: '生活困难',
    hardship_since: '困难登记日期',
    hardship_note: '困难情况',
  },
  member_event: { member_id: '党员', kind: '变动类型', event_date: '日期', details: '详情', note: '备注' },
  transfer: {
    member_id: '党员',
    direction: '转入/转出',
    letter_no: '介绍信编号',
    counterpart_org: '对方党组织',
    issued_on: '开具日期',
    valid_days: '有效期（天）',
    dues_paid_to: '党费交至',
    receipt_on: '回执日期',
    handler: '经办人',
    note: '备注',
    counterpart_code: '对方组织代码',
  },
  transfer_relay: {
    out_transfer_id: '转出记录',
    from_code: '转出支部代码',
    from_name: '转出支部',
    to_code: '转入支部代码',
    member: '党员信息',
    letter_no: '介绍信编号',
    issued_on: '开具日期',
    valid_days: '有效期（天）',
    dues_paid_to: '党费交至',
    note: '备注',
    status: '办理状态',
    answered_on: '答复日期',
    answer_note: '答复说明',
  },
  notice: {
    title: '标题',
    body: '正文',
    issued_on: '发布日期',
    due_on: '办理期限',
    issuer: '发布单位',
    recipients: '接收支部',
  },
  notice_reply: {
    notice_id: '通知',
    branch_code: '支部代码',
    read_on: '阅读日期',
    done_on: '办结日期',
    note: '办理情况',
  },
  setting: { key: '设置项', value: '设置值' },
  meeting: {
    kind: '会议类型',
    also_counts_as: '同时计为',
    group_id: '党小组',
    title: '主题',
    held_on: '日期',
    start_time: '开始时间',
    end_time: '结束时间',
    place: '地点',
    host: '主持人',
    recorder: '记录人',
    guests: '列席人员',
    superiors: '上级参加人员',
    agenda: '议程',
    minutes: '会议记录',
    decisions: '决定事项',
    lecturer: '授课人',
    lecture_title: '党课题目',
    lecture_hours: '学时',
    activities: '活动内容',
    recorded_on: '记录日期',
  },
  meeting_attendance: { ...MEETING_REF, status: '出席情况', reason: '缺席/请假原因', voting: '有表决权' },
  meeting_vote: {
    meeting_id: '会议',
    motion: '表决事项',
    yes: '赞成',
    no: '反对',
    abstain: '弃权',
    sort_order: '排序',
  },
  appraisal_grade: {
    ...MEETING_REF,
    grade: '评议等次',
    ballots_issued: '发出票数',
    ballots_returned: '收回票数',
    votes_excellent: '优秀票',
    votes_qualified: '合格票',
    votes_basic: '基本合格票',
    votes_unqualified: '不合格票',
    disposition: '组织处置',
    note: '备注',
  },
  rectification: {
    meeting_id: '会议',
    problem: '问题',
    measure: '整改措施',
    owner: '责任人',
    due_on: '整改时限',
    done_on: '完成日期',
    progress: '整改情况',
    sort_order: '排序',
  },
  talk: {
    held_on: '谈话日期',
    talker: '谈话人',
    talker_post: '谈话人职务',
    member_id: '党员',
    talkee: '谈话对象',
    talkee_post: '谈话对象职务',
    place: '地点',
    talk_type: '谈话类型',
    topic: '谈话主题',
    content: '谈话内容',
    feedback: '对象意见',
    follow_up: '后续措施',
    recorded_on: '记录日期',
  },
  attachment: {
    owner_table: '所属记录',
    owner_id: '所属记录编号',
    file_name: '文件名',
    mime: '文件类型',
    size: '大小',
    data: '文件',
  },
  dues_basis: {
    member_id: '党员',
    effective_from: '起始月份',
    category: '人员类别',
    base_fen: '交纳基数',
    fixed_fen: '固定金额',
    rate_bp: '交纳比例',
    computed_fen: '应交月额',
    reduction: '减免',
    reduced_fen: '减免后月额',
    decision_on: '批准日期',
    approval_ref: '批准文号',
    note: '备注',
  },
  dues_payment: {
    member_id: '党员',
    kind: '缴纳类型',
    from_month: '起始月份',
    to_month: '截止月份',
    amount_fen: '金额',
    paid_on: '缴纳日期',
    handler: '经手人',
    receipt_no: '收据号',
    method: '缴纳方式',
    note: '备注',
    corrects_id: '更正的记录',
    full_remit: '全额上缴',
  },
  dues_remittance: {
    period_label: '上缴期间',
    from_month: '起始月份',
    to_month: '截止月份',
    members_count: '人数',
    amount_fen: '金额',
    remitted_on: '上缴日期',
    method: '上缴方式',
    receipt_no: '收据号',
    handler: '经手人',
    receiver: '接收单位',
    note: '备注',
  },
  dev_person: {
    ...PERSON,
    group_id: '党小组',
    note: '备注',
    member_id: '入党后的党员记录',
    cancelled_on: '取消资格日期',
    extended_months: '延长预备期（月）',
  },
  dev_step: { person_id: '发展对象', step: '步骤', done_on: '日期', details: '详情' },
  account: { name: '用户名', role: '角色', disabled: '停用' },
};

/** Stored codes shown as the words the forms use, by `table.column` or by a column any table may have. */
const CODES: Record<string, Record<string, string>> = {
  gender: GENDER_LABELS,
  'member.kind': MEMBER_KIND_LABELS,
  'member.status': MEMBER_STATUS_LABELS,
  'member_event.kind': MEMBER_EVENT_LABELS,
  'organization.mode': MODE_LABELS,
  'organization.org_type': ORG_TYPE_LABELS,
  'committee_member.position': POSITION_LABELS,
  'transfer.direction': { in: '转入', out: '转出' },
  'transfer_relay.status': { pending: '待对方确认', accepted: '对方已接收', declined: '对方已退回' },
  'meeting.kind': ACTIVITY_LABELS,
  'meeting.also_counts_as': ACTIVITY_LABELS,
  'meeting_attendance.status': ATTENDANCE_LABELS,
  'appraisal_grade.grade': GRADE_LABELS,
  'dues_basis.category': DUES_CATEGORY_LABELS,
  'dues_basis.reduction': REDUCTION_LABELS,
  'dues_payment.kind': { regular: '按月交纳', voluntary: '自愿多交', correction: '更正' },
  method: PAYMENT_METHOD_LABELS,
  'dev_step.step': DEV_STEP_LABELS,
  'account.role': ROLE_LABELS,
};

const FLAGS = new Set(['is_mobile', 'lost_contact', 'hardship', 'voting', 'full_remit', 'disabled']);

/** A column's label in its table; an unknown column keeps its stored name rather than vanish. */
export function fieldLabel(table: string | null, column: string): string {
  return (table ? FIELDS[table]?.[column] : undefined) ?? COMMON[column] ?? column;
}

/** A 0/1 switch (流动党员, 有表决权 …). */
export function isFlag(column: string): boolean {
  return FLAGS.has(column);
}

export function isShownField(column: string): boolean {
  return !HIDDEN.has(column);
}

/** Some text columns hold a JSON list (议程, 同时算作); people read it as a list. */
function asList(value: string): unknown[] | null {
  if (!value.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * A JSON object column (a step's own fields, a relayed member): its name, or its filled-in values;
 * `names` turns ids into the records they name.
 */
export function objectText(value: string, names: Record<string, string> = {}): string | undefined {
  if (!value.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    if (typeof parsed.name === 'string') return parsed.name;
    const filled = Object.values(parsed).filter((v) => typeof v === 'string' || typeof v === 'number');
    return filled.length
      ? filled.map((v) => (typeof v === 'string' ? (names[v] ?? v) : String(v))).join('，')
      : '（空）';
  } catch {
    return undefined;
  }
}

/**
 * A stored value as the form shows it: codes as words, money (分) as 元, switches as 是/否, rates as
 * percent, lists joined, times in local time; undefined to show it as stored. The 操作记录 and the
 * conflict card both read values through here, so a value reads the same on both.
 */
export function readableValue(table: string | null, column: string, value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && '$b64' in value) return '（文件内容）';
  if (FLAGS.has(column))
    return value === 1 || value === true ? '是' : value === 0 || value === false ? '否' : undefined;
  if (typeof value === 'number') {
    if (column.endsWith('_fen')) return `${formatYuan(value)} 元`;
    if (column.endsWith('_bp')) return `${value / 100}%`;
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const codes = (table ? CODES[`${table}.${column}`] : undefined) ?? CODES[column];
  if (codes?.[value]) return codes[value];
  const list = asList(value);
  if (list) return list.map((v) => (typeof v === 'string' ? (codes?.[v] ?? v) : JSON.stringify(v))).join('、');
  if (column === 'owner_table') return TABLE_LABELS[value] ?? '其他记录';
  if (/^\d{4}-\d\d-\d\dT/.test(value)) return localTime(value);
  return undefined;
}
