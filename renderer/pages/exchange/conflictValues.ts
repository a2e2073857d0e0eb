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
import { localTime, TABLE_LABELS } from './files.js';

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
  return ['id', 'created_at', 'updated_at', 'deleted_at', 'search_key'].includes(column) || column.endsWith('_id');
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
