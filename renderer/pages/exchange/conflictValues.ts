import {
  ACTIVITY_LABELS,
  ATTENDANCE_LABELS,
  DEV_STEP_LABELS,
  DUES_CATEGORY_LABELS,
  formatYuan,
  GENDER_LABELS,
  GRADE_LABELS,
  MEMBER_EVENT_LABELS,
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  ORG_TYPE_LABELS,
  PAYMENT_METHOD_LABELS,
  POSITION_LABELS,
  REDUCTION_LABELS,
} from '../../../electron/api/index.js';
import { TABLE_LABELS } from '../../../electron/api/tables.js';
import { localTime } from './files.js';

/** Columns people recognise; others are shown by their stored name rather than hidden. */
const COLUMN_LABELS: Record<string, string> = {
  title: '标题',
  gender: '性别',
  ethnicity: '民族',
  id_number: '公民身份号码',
  birth_date: '出生日期',
  native_place: '籍贯',
  education: '学历',
  degree: '学位',
  occupation: '职业',
  work_unit: '工作单位',
  phone: '联系电话',
  address: '住址',
  joined_on: '入党日期',
  confirmed_on: '转正日期',
  kind: '类别',
  party_post: '党内职务',
  status: '状态',
  status_since: '状态起始日期',
  is_mobile: '流动党员',
  mobile_destination: '外出去向',
  lost_contact: '失联党员',
  hardship: '困难党员',
  remarks: '备注',
  note: '备注',
  position: '职务',
  duty: '分工',
  leader_name: '党小组长',
  leader_since: '党小组长任职时间',
  ended_on: '卸任日期',
  held_on: '日期',
  start_time: '开始时间',
  end_time: '结束时间',
  place: '地点',
  host: '主持人',
  recorder: '记录人',
  agenda: '议程',
  minutes: '会议记录',
  decisions: '决议',
  lecturer: '讲课人',
  lecture_title: '党课题目',
  topic: '主题',
  content: '内容',
  grade: '评议结果',
  category: '类别',
  reduction: '减免',
  method: '方式',
  paid_on: '缴纳日期',
  from_month: '起始月份',
  to_month: '截止月份',
  handler: '经手人',
  receipt_no: '收据号',
  step: '步骤',
  done_on: '完成日期',
  event_date: '日期',
  org_type: '组织类别',
  file_name: '文件名',
  key: '项目',
  value: '值',
  recorded_on: '登记日期',
  also_counts_as: '同时算作',
  activities: '活动内容',
  mode: '使用方式',
  code: '组织代码',
  parent_name: '上级党组织',
  founded_on: '成立日期',
  term_started_on: '本届选举日期',
  contact_name: '联系人',
  contact_phone: '联系电话',
  started_on: '任职日期',
  established_on: '成立日期',
  dissolved_on: '撤销日期',
  probation_extended_months: '延长预备期（月）',
  mobile_since: '外出日期',
  mobile_reason: '外出原因',
  mobile_org: '流入地党组织',
  mobile_card: '流动党员活动证',
  mobile_contact: '外出联系方式',
  mobile_dues: '党费交纳方式',
  lost_since: '失联日期',
  hardship_since: '认定日期',
  hardship_note: '困难情况',
  details: '详细情况',
  direction: '方向',
  letter_no: '介绍信编号',
  counterpart_org: '对方党组织',
  counterpart_code: '对方支部代码',
  issued_on: '开具日期',
  valid_days: '有效期（天）',
  dues_paid_to: '党费交至',
  receipt_on: '回执日期',
  guests: '列席人员',
  superiors: '上级参会人员',
  lecture_hours: '党课学时',
  reason: '缺席原因',
  voting: '有表决权',
  motion: '表决事项',
  yes: '赞成',
  no: '反对',
  abstain: '弃权',
  ballots_issued: '发出票数',
  ballots_returned: '收回票数',
  votes_excellent: '优秀票',
  votes_qualified: '合格票',
  votes_basic: '基本合格票',
  votes_unqualified: '不合格票',
  disposition: '处置意见',
  problem: '问题',
  measure: '整改措施',
  owner: '责任人',
  due_on: '期限',
  progress: '进展',
  talker: '谈话人',
  talker_post: '谈话人职务',
  talkee: '谈话对象',
  talkee_post: '谈话对象职务',
  talk_type: '谈话类型',
  feedback: '反馈意见',
  follow_up: '后续措施',
  owner_table: '所属记录',
  mime: '文件类型',
  size: '文件大小（字节）',
  data: '文件内容',
  effective_from: '起始月份',
  base_fen: '交纳基数',
  fixed_fen: '固定金额',
  rate_bp: '比例',
  computed_fen: '每月应交',
  reduced_fen: '减免后每月',
  decision_on: '支部决定日期',
  approval_ref: '批准文号',
  amount_fen: '金额',
  full_remit: '全额上缴',
  period_label: '所属期间',
  members_count: '交纳人数',
  remitted_on: '上缴日期',
  receiver: '接收单位',
  cancelled_on: '取消资格日期',
  extended_months: '延长考察（月）',
  from_code: '转出支部代码',
  from_name: '转出支部',
  to_code: '接收支部代码',
  member: '党员信息',
  answered_on: '答复日期',
  answer_note: '答复说明',
  body: '正文',
  issuer: '发文单位',
  recipients: '发送范围',
  branch_code: '支部代码',
  read_on: '阅读日期',
};

const PEOPLE_TABLES = new Set(['member', 'dev_person', 'committee_member']);

/** Stored codes shown by the words the rest of the app uses for them. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  gender: GENDER_LABELS,
  'member.kind': MEMBER_KIND_LABELS,
  'member.status': MEMBER_STATUS_LABELS,
  'meeting.kind': ACTIVITY_LABELS,
  'meeting.also_counts_as': ACTIVITY_LABELS,
  'meeting_attendance.status': ATTENDANCE_LABELS,
  'transfer.direction': { in: '转入', out: '转出' },
  'transfer_relay.status': { pending: '待对方确认', accepted: '对方已接收', declined: '对方已退回' },
  'organization.mode': { branch: '党支部', office: '上级党委' },
  'member_event.kind': MEMBER_EVENT_LABELS,
  grade: GRADE_LABELS,
  org_type: ORG_TYPE_LABELS,
  position: POSITION_LABELS,
  category: DUES_CATEGORY_LABELS,
  reduction: REDUCTION_LABELS,
  method: PAYMENT_METHOD_LABELS,
  step: DEV_STEP_LABELS,
};

const FLAG_COLUMNS = new Set(['is_mobile', 'lost_contact', 'hardship', 'voting', 'full_remit']);

/** Bookkeeping columns and links by internal id say nothing to a reader comparing versions. */
function hidden(column: string): boolean {
  return (
    ['id', 'created_at', 'updated_at', 'deleted_at', 'search_key', 'sort_order'].includes(column) ||
    column.endsWith('_id')
  );
}

/** A JSON object column (a step's fields, a relayed member): its filled-in values, or the name. */
function objectText(value: string): string | null {
  if (!value.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    if (typeof parsed.name === 'string') return parsed.name;
    return Object.values(parsed)
      .filter((v) => typeof v === 'string' || typeof v === 'number')
      .join('，');
  } catch {
    return null;
  }
}

function empty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === '[]';
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

function showValue(table: string, column: string, value: unknown): string {
  if (typeof value === 'object' && value !== null && '$b64' in value) return '（文件内容）';
  const codes = CODE_LABELS[`${table}.${column}`] ?? CODE_LABELS[column];
  if (typeof value === 'string' && codes?.[value]) return codes[value];
  const list = typeof value === 'string' ? asList(value) : null;
  if (list) return list.map((v) => (typeof v === 'string' ? (codes?.[v] ?? v) : JSON.stringify(v))).join('、');
  if (FLAG_COLUMNS.has(column)) return value ? '是' : '否';
  if (column.endsWith('_fen') && typeof value === 'number') return `${formatYuan(value)} 元`;
  if (column.endsWith('_bp') && typeof value === 'number') return `${value / 100}%`;
  if (column === 'owner_table' && typeof value === 'string') return TABLE_LABELS[value] ?? '其他记录';
  const object = typeof value === 'string' ? objectText(value) : null;
  if (object !== null) return object;
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return localTime(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * The other version's filled-in values as label/value pairs. Empty fields are left out: the
 * reader is looking for what someone wrote, and a full row of blanks hides it.
 */
export function lostValues(table: string, lost: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(lost)
    .filter(([column, value]) => !hidden(column) && !empty(value) && !(FLAG_COLUMNS.has(column) && !value))
    .map(([column, value]) => ({
      label: column === 'name' ? (PEOPLE_TABLES.has(table) ? '姓名' : '名称') : (COLUMN_LABELS[column] ?? column),
      value: showValue(table, column, value),
    }));
}

/** A few words that say which record it is: its name or title when it has one. */
export function recordCaption(table: string, lost: Record<string, unknown>): string {
  const label = TABLE_LABELS[table] ?? table;
  const named = [lost.name, lost.title, lost.motion, lost.problem].find((v) => typeof v === 'string' && v !== '');
  return typeof named === 'string' ? `${label} · ${named}` : label;
}
