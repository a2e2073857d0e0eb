import { GENDER_LABELS } from '../../../electron/api/memberOptions.js';
import type { ColumnSpec } from '../columns.js';
import { formatDate, formatMonth } from '../format.js';
import type { RosterEntry } from '../types.js';

/**
 * 备注: the states an inspector looks for first (预备党员, 外出流动 and where, 困难党员, 失联),
 * then whatever the branch wrote itself.
 */
export function rosterRemarks(e: RosterEntry): string {
  const parts: string[] = [];
  if (e.kind === 'probationary') parts.push('预备党员');
  if (e.mobileDestination !== null) parts.push(e.mobileDestination ? `外出流动（${e.mobileDestination}）` : '外出流动');
  if (e.hardship) parts.push('困难党员');
  if (e.lostContact) parts.push('失联');
  if (e.remarks.trim()) parts.push(e.remarks.trim());
  return parts.join('；');
}

/**
 * 党员花名册, the default columns in its order; 身份证号码 (privacy), 籍贯, 年龄 and 党内职务
 * are there to switch on. Widths are millimetres of landscape A4 (265 mm of text) at the
 * register's 9.5pt: a full date (2021.04.15) and an 11-digit phone fit on one line, the
 * headings of the narrow columns wrap to two lines, and the free text columns take the rest —
 * and give it back (minWidth) when the optional columns are switched on.
 */
export const ROSTER_COLUMNS: readonly ColumnSpec<RosterEntry>[] = [
  { key: 'index', title: '序号', width: 9, align: 'center', render: (_r, i) => i + 1 },
  { key: 'name', title: '姓名', width: 16, align: 'center', render: (r) => r.name },
  { key: 'gender', title: '性别', width: 10, align: 'center', render: (r) => GENDER_LABELS[r.gender] },
  { key: 'ethnicity', title: '民族', width: 12, align: 'center', render: (r) => r.ethnicity },
  { key: 'idNumber', title: '身份证号码', width: 37, align: 'center', hidden: true, render: (r) => r.idNumber },
  { key: 'nativePlace', title: '籍贯', width: 20, minWidth: 12, hidden: true, render: (r) => r.nativePlace },
  { key: 'birth', title: '出生年月', width: 15, align: 'center', render: (r) => formatMonth(r.birthDate) },
  { key: 'age', title: '年龄', width: 9, align: 'center', hidden: true, render: (r) => r.age },
  { key: 'education', title: '学历', width: 19, align: 'center', render: (r) => r.education },
  { key: 'joined', title: '入党时间', width: 20, align: 'center', render: (r) => formatDate(r.joinedOn) },
  { key: 'confirmed', title: '转正时间', width: 20, align: 'center', render: (r) => formatDate(r.confirmedOn) },
  { key: 'occupation', title: '人员类别', width: 23, minWidth: 19, align: 'center', render: (r) => r.occupation },
  {
    key: 'partyPost',
    title: '党内职务',
    width: 18,
    minWidth: 12,
    align: 'center',
    hidden: true,
    render: (r) => r.partyPost,
  },
  { key: 'workUnit', title: '工作单位及职务', width: 40, minWidth: 18, render: (r) => r.workUnit },
  { key: 'phone', title: '联系电话', width: 23, align: 'center', render: (r) => r.phone },
  { key: 'group', title: '党小组', width: 20, align: 'center', render: (r) => r.groupName },
  { key: 'remarks', title: '备注', width: 38, minWidth: 18, render: rosterRemarks },
];
