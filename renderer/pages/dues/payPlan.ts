import type { ArrearsRow, DuesLedgerRow, Fen } from '../../../electron/api/index.js';
import { addMonths, hasEnded, monthCount, quarterOf, thisMonth } from './months.js';

/** 预交/补交 cover at most 6 months at once (DOMAIN.md, Dues); the main process says the same. */
export const MAX_MONTHS = 6;

/** 按月 / 按季度 / 预交或补交: all become a span of months. */
export type PayMode = 'month' | 'quarter' | 'range';

export interface PaySpan {
  mode: PayMode;
  from: string;
  to: string;
}

/** What is still owed in a month of the loaded year; null for a month of another year. */
export type Owing = (month: string) => Fen | null;

export function owingOf(row: DuesLedgerRow | undefined, year: number): Owing {
  return (month) => {
    if (!row || month.slice(0, 4) !== String(year)) return null;
    const cell = row.months[Number(month.slice(5, 7)) - 1];
    return cell ? Math.max(0, cell.due - cell.paid) : 0;
  };
}

export function modeOf(from: string, to: string): PayMode {
  if (from === to) return 'month';
  return quarterOf(from, to) ? 'quarter' : 'range';
}

/**
 * The months a payment most likely covers: the months owed (up to 6 from the first), else
 * the next month not yet paid.
 */
export function suggestSpan(
  row: DuesLedgerRow | undefined,
  year: number,
  arrears: ArrearsRow | undefined,
  current = thisMonth(),
): PaySpan {
  const owing = owingOf(row, year);
  const inYear = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const unpaid = arrears?.unpaidMonths ?? inYear.filter((m) => hasEnded(m, current) && (owing(m) ?? 0) > 0);
  const first = unpaid[0];
  if (first) {
    const limit = addMonths(first, MAX_MONTHS - 1);
    const to = unpaid.filter((m) => m <= limit).at(-1) ?? first;
    return { mode: modeOf(first, to), from: first, to };
  }
  const next =
    inYear.find((m) => m >= current && (owing(m) ?? 0) > 0) ??
    (row?.paidThrough && row.paidThrough >= current ? addMonths(row.paidThrough, 1) : current);
  return { mode: 'month', from: next, to: next };
}

/** The sum still owed for the months; a month of another year counts at the monthly amount. */
export function spanAmount(months: readonly string[], owing: Owing, monthly: Fen | null): Fen {
  return months.reduce((sum, m) => sum + (owing(m) ?? monthly ?? 0), 0);
}

/** The same check as the main process, so the form says it before anything is sent. */
export function spanProblem(from: string, to: string): string | null {
  if (to < from) return '截止月份不能早于起始月份';
  if (monthCount(from, to) > MAX_MONTHS) return `预交或补交一次最多 ${MAX_MONTHS} 个月`;
  return null;
}
