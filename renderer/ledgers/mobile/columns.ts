import { GENDER_LABELS, MEMBER_STATUS_LABELS } from '../../../electron/api/memberOptions.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate, formatMonth } from '../format.js';
import type { MobileEntry } from '../types.js';

/** 备注: why a period ended without a return (the member left the branch), then the return's note. */
export function mobileRemarks(e: MobileEntry): string {
  const parts: string[] = [];
  if (e.endedBy) {
    const on = e.endedBy.on ? `${formatDate(e.endedBy.on)} ` : '';
    parts.push(`${on}${MEMBER_STATUS_LABELS[e.endedBy.status]}`);
  }
  if (e.returnNote.trim()) parts.push(e.returnNote.trim());
  return parts.join('；');
}

/**
 * 流动党员登记表 (LEDGERS.md 11). Widths are millimetres of landscape A4 at 9.5pt: full dates
 * and 11-digit phones fit on one line; places, reasons and organisations wrap.
 */
export const MOBILE_COLUMNS: readonly ColumnSpec<MobileEntry>[] = [
  { key: 'index', title: '序号', width: 9, align: 'center', render: (_r, i) => i + 1 },
  { key: 'name', title: '姓名', width: 16, align: 'center', render: (r) => r.name },
  {
    key: 'gender',
    title: '性别',
    width: 10,
    align: 'center',
    render: (r) => (r.gender ? GENDER_LABELS[r.gender] : null),
  },
  { key: 'birth', title: '出生年月', width: 15, align: 'center', render: (r) => formatMonth(r.birthDate) },
  { key: 'joined', title: '入党时间', width: 20, align: 'center', render: (r) => formatDate(r.joinedOn) },
  { key: 'since', title: '外出时间', width: 20, align: 'center', render: (r) => formatDate(r.since) },
  { key: 'destination', title: '外出地点(流向)', width: 24, render: (r) => r.destination },
  { key: 'reason', title: '外出原因/从事职业', width: 22, render: (r) => r.reason },
  { key: 'org', title: '流入地党组织', width: 28, render: (r) => r.org },
  { key: 'card', title: '活动证号', width: 17, align: 'center', render: (r) => r.card },
  { key: 'contact', title: '联系电话', width: 23, align: 'center', render: (r) => r.contact },
  { key: 'dues', title: '党费交纳方式', width: 17, align: 'center', render: (r) => r.dues },
  { key: 'returned', title: '返回时间', width: 20, align: 'center', render: (r) => formatDate(r.returnedOn) },
  { key: 'remarks', title: '备注', width: 24, render: mobileRemarks },
];
