import { formatYuan } from '../../../electron/api/money.js';
import type { ColumnSpec } from '../columns.js';
import type { SummaryRow } from '../components/DataTable.js';
import { EMPTY, type PrintValue } from '../format.js';
import { DUES_CATEGORY_PRINT, duesRemarks, monthCell, rateText, sumFen, voluntaryNote, yuanOrNull } from './format.js';
import type { DuesEntry, DuesLedgerData } from './types.js';

export const MONTH_GROUP = '各月实交金额';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

const monthKey = (i: number) => `m${i + 1}`;

/**
 * The month columns are handwritten: a month owed and unpaid stays blank for the 收款人 to fill
 * in when the member pays. Amounts print without thousands separators to fit the column.
 */
const monthColumn = (i: number): ColumnSpec<DuesEntry> => ({
  key: monthKey(i),
  title: `${i + 1}月`,
  group: MONTH_GROUP,
  width: 11.5,
  align: 'right',
  handwritten: true,
  render: (e) => monthCell(e.months[i]),
});

/**
 * 党费收缴登记表 (LEDGERS.md 8a). Widths are millimetres of landscape A4 (265 mm of text) at the
 * grid's 8pt: a month column holds a month's total up to 9999.99, the year columns up to
 * 99999.99; the headings of the narrow columns wrap, and 备注 gives way when a column the user
 * switched off is switched back on.
 */
export const DUES_COLUMNS: readonly ColumnSpec<DuesEntry>[] = [
  { key: 'index', title: '序号', width: 6.5, align: 'center', render: (_e, i) => i + 1 },
  { key: 'name', title: '姓名', width: 13, align: 'center', render: (e) => e.name },
  {
    key: 'category',
    title: '党员身份（类别）',
    width: 12,
    align: 'center',
    render: (e) => (e.category ? DUES_CATEGORY_PRINT[e.category] : null),
  },
  { key: 'base', title: '交纳基数', width: 14, align: 'right', render: (e) => yuanOrNull(e.base, false) },
  { key: 'rate', title: '比例/标准', width: 8.5, align: 'center', render: (e) => rateText(e.rateBp, e.category) },
  { key: 'monthly', title: '月应交', width: 10.5, align: 'right', render: (e) => yuanOrNull(e.monthly, false) },
  ...MONTHS.map(monthColumn),
  { key: 'dueTotal', title: '全年应交', width: 14, align: 'right', render: (e) => formatYuan(e.dueTotal, false) },
  { key: 'paidTotal', title: '全年实交', width: 14, align: 'right', render: (e) => formatYuan(e.paidTotal, false) },
  {
    key: 'owed',
    title: '欠交',
    width: 12,
    align: 'right',
    // Nothing owed prints `—`, so the members in arrears stand out down the column.
    render: (e) => (e.owed > 0 ? formatYuan(e.owed, false) : null),
  },
  { key: 'remarks', title: '备注', width: 22.5, minWidth: 16, render: duesRemarks },
];

export const MONTH_TOTAL_LABEL = '本月合计';
export const COLLECTOR_SIGN_LABEL = '收款人签字';

/**
 * The lines under the members: each month's total paid (blank, like a member's cell, while
 * the month is owed and nothing is in yet), the year's totals; then a blank line for the
 * 收款人 to sign each month's collection.
 */
export function duesSummary(data: DuesLedgerData): SummaryRow[] {
  const totals: Record<string, PrintValue> = {};
  const blanks: Record<string, PrintValue> = {};
  for (const i of MONTHS) {
    const t = data.monthTotals[i] ?? { due: 0, paid: 0 };
    totals[monthKey(i)] = t.paid !== 0 ? formatYuan(t.paid, false) : t.due > 0 ? '' : EMPTY;
    blanks[monthKey(i)] = '';
  }
  const e = data.entries;
  const owed = sumFen(e.map((r) => r.owed));
  const voluntary = sumFen(e.map((r) => r.voluntary));
  totals.dueTotal = formatYuan(sumFen(e.map((r) => r.dueTotal)), false);
  totals.paidTotal = formatYuan(sumFen(e.map((r) => r.paidTotal)), false);
  totals.owed = owed > 0 ? formatYuan(owed, false) : null;
  totals.remarks = voluntary > 0 ? voluntaryNote(voluntary) : null;
  return [
    { key: 'totals', label: MONTH_TOTAL_LABEL, cells: totals },
    { key: 'collector', label: COLLECTOR_SIGN_LABEL, cells: blanks, className: 'sign-row' },
  ];
}
