import { GENDER_LABELS } from '../../../electron/api/memberOptions.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate, formatMonth } from '../format.js';
import type { TransferEntry } from '../types.js';

/** Printed in 备注 of an out-letter whose 回执 is late: the branch is still responsible for the member. */
export const RECEIPT_OVERDUE_NOTE = '未收到回执（已超3个月）';

export function transferRemarks(e: TransferEntry): string {
  const parts: string[] = [];
  if (e.overdue) parts.push(RECEIPT_OVERDUE_NOTE);
  if (e.note.trim()) parts.push(e.note.trim());
  return parts.join('；');
}

/**
 * 党员组织关系转接登记表 (LEDGERS.md 10). Widths are millimetres of landscape A4 at 9.5pt: the
 * 18-digit ID number and full dates fit on one line; organisation names and letter numbers wrap.
 */
export const TRANSFER_COLUMNS: readonly ColumnSpec<TransferEntry>[] = [
  { key: 'index', title: '序号', width: 9, align: 'center', render: (_r, i) => i + 1 },
  {
    key: 'direction',
    title: '转入/转出',
    width: 11,
    align: 'center',
    render: (r) => (r.direction === 'in' ? '转入' : '转出'),
  },
  { key: 'name', title: '姓名', width: 16, align: 'center', render: (r) => r.name },
  {
    key: 'gender',
    title: '性别',
    width: 10,
    align: 'center',
    render: (r) => (r.gender ? GENDER_LABELS[r.gender] : null),
  },
  { key: 'idNumber', title: '身份证号码', width: 37, align: 'center', render: (r) => r.idNumber },
  {
    key: 'kind',
    title: '正式/预备',
    width: 11,
    align: 'center',
    render: (r) => (r.kind === null ? null : r.kind === 'formal' ? '正式' : '预备'),
  },
  { key: 'letterNo', title: '介绍信编号', width: 22, align: 'center', render: (r) => r.letterNo },
  { key: 'counterpart', title: '转自/转往党组织', width: 36, render: (r) => r.counterpartOrg },
  { key: 'duesPaidTo', title: '党费交至 年 月', width: 15, align: 'center', render: (r) => formatMonth(r.duesPaidTo) },
  { key: 'validDays', title: '有效期(天)', width: 12, align: 'center', render: (r) => r.validDays },
  { key: 'handledOn', title: '办理日期', width: 20, align: 'center', render: (r) => formatDate(r.handledOn) },
  {
    key: 'receiptOn',
    title: '回执收到日期',
    width: 20,
    align: 'center',
    // An in-letter's 回执 goes back to the sender: nothing to record here.
    render: (r) => (r.direction === 'in' ? null : formatDate(r.receiptOn)),
  },
  { key: 'handler', title: '经办人', width: 14, align: 'center', render: (r) => r.handler },
  { key: 'remarks', title: '备注', width: 32, render: transferRemarks },
];
