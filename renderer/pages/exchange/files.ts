import dayjs from 'dayjs';
import type { BundleFile } from '../../../electron/api/index.js';
import { downloadBase64 } from '../../components/download.js';
import { readBase64 } from '../../components/readBase64.js';

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
  transfer_relay: '上级党委转来的组织关系转接',
  notice: '上级通知',
  notice_reply: '通知办理情况',
};
