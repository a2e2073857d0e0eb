import dayjs from 'dayjs';
import type { BundleFile } from '../../../electron/api/index.js';
import { downloadBase64 } from '../../components/download.js';

/** The bytes of a file the user picked, as base64; the contract carries JSON over both transports. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result;
      if (typeof url === 'string') resolve(url.slice(url.indexOf(',') + 1));
      else reject(new Error('read failed'));
    };
    reader.onerror = () => reject(new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export async function readBundleFile(file: File): Promise<BundleFile> {
  return { fileName: file.name, base64: await readBase64(file) };
}

export const READ_FAILED = '没能读取所选文件，请确认 U 盘仍插在电脑上，然后重试';

/** Bundles and enrolment files are opaque bytes to everything but 支部台账 itself. */
export function saveFile(file: BundleFile): void {
  downloadBase64(file.fileName, file.base64, 'application/octet-stream');
}

/** Stored times are UTC ISO strings; people read them in local time. */
export function localTime(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso;
}

/** Record tables by the names the ledgers use (db/schema.ts RECORD_TABLES). */
export const TABLE_LABELS: Record<string, string> = {
  organization: '党组织基本情况',
  committee_member: '支委会成员',
  party_group: '党小组',
  member: '党员',
  member_event: '党员变动记录',
  transfer: '组织关系转接',
  setting: '设置',
  meeting: '会议记录',
  meeting_attendance: '会议出席情况',
  meeting_vote: '会议表决',
  appraisal_grade: '民主评议结果',
  rectification: '整改事项',
  talk: '谈心谈话',
  attachment: '附件',
  dues_basis: '党费核定',
  dues_payment: '党费缴纳',
  dues_remittance: '党费上缴',
  dev_person: '发展党员对象',
  dev_step: '发展党员步骤',
};

/** Columns people recognise; others are shown by their stored name rather than hidden. */
const COLUMN_LABELS: Record<string, string> = {
  name: '姓名/名称',
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
  topic: '主题',
  content: '内容',
  amount_fen: '金额（分）',
  paid_on: '缴纳日期',
  from_month: '起始月份',
  to_month: '截止月份',
  handler: '经手人',
  receipt_no: '收据号',
  deleted_at: '删除时间',
  value: '值',
  key: '项目',
};

/** Bookkeeping columns and links by internal id say nothing to a reader comparing versions. */
const HIDDEN_COLUMNS = new Set(['id', 'created_at', 'updated_at', 'search_key']);

function showValue(value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'object' && '$b64' in value) return '（文件内容）';
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The other version's values as label/value pairs, most recognisable first. */
export function lostValues(lost: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(lost)
    .filter(([column]) => !HIDDEN_COLUMNS.has(column) && !column.endsWith('_id'))
    .map(([column, value]) => ({ label: COLUMN_LABELS[column] ?? column, value: showValue(value) }));
}

/** A few words that say which record it is: its name or title when it has one. */
export function recordCaption(table: string, lost: Record<string, unknown>): string {
  const label = TABLE_LABELS[table] ?? table;
  const named = [lost.name, lost.title, lost.motion, lost.problem].find((v) => typeof v === 'string' && v !== '');
  return typeof named === 'string' ? `${label} · ${named}` : label;
}
