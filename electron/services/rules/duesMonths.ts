import type { Fen } from '../../api/money.js';
import { addDays, addMonths } from './dates.js';
import { presentOn, type Interval } from './membership.js';
import { Memo } from './memo.js';

/** Months are `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** Each month's successor and last day, worked out once (rules/memo.ts). */
const NEXT = new Memo<string>(4096);
const END = new Memo<string>(4096);

export function nextMonth(m: string): string {
  return NEXT.get(m, () => addMonths(`${m}-01`, 1).slice(0, 7));
}

export function monthEnd(m: string): string {
  return END.get(m, () => addDays(addMonths(`${m}-01`, 1), -1));
}

export function yearMonths(year: number): string[] {
  return monthsBetween(`${year}-01`, `${year}-12`);
}

/** 预交/补交 cover at most 6 months at once (DOMAIN.md, Dues). */
export const MAX_MONTHS_PER_PAYMENT = 6;

/**
 * A month is owed by whoever belongs to the branch on its last day: a 预备党员 accepted on
 * 20 May owes May; a member transferred out on 10 May owes May to the new branch, not here.
 */
export function obligedIn(intervals: readonly Interval[], month: string): boolean {
  return presentOn(intervals, monthEnd(month));
}

export interface BasisLike {
  effective_from: string;
  computed_fen: number;
  reduction: 'none' | 'reduced' | 'exempt';
  reduced_fen: number | null;
}

/** The basis in force in a month: the latest one that started on or before it. */
export function basisIn<T extends BasisLike>(bases: readonly T[], month: string): T | null {
  let found: T | null = null;
  for (const b of bases)
    if (b.effective_from <= month && (!found || b.effective_from >= found.effective_from)) found = b;
  return found;
}

/** What an approved 减免 leaves due each month. */
export function dueOf(b: BasisLike): Fen {
  if (b.reduction === 'exempt') return 0;
  if (b.reduction === 'reduced') return b.reduced_fen ?? b.computed_fen;
  return b.computed_fen;
}

/**
 * Spreads a payment over the months it covers: each month up to what it still owes, in
 * order, any excess on the last month. A negative correction takes back from the last month
 * first.
 */
export function allocate(
  amount: Fen,
  months: readonly string[],
  due: ReadonlyMap<string, Fen>,
  paid: Map<string, Fen>,
): void {
  if (months.length === 0) return;
  let left = amount;
  const last = months[months.length - 1] as string;
  if (left >= 0) {
    for (const m of months) {
      const take = Math.min(left, Math.max(0, (due.get(m) ?? 0) - (paid.get(m) ?? 0)));
      paid.set(m, (paid.get(m) ?? 0) + take);
      left -= take;
    }
  } else {
    for (const m of [...months].reverse()) {
      const take = Math.min(-left, paid.get(m) ?? 0);
      paid.set(m, (paid.get(m) ?? 0) - take);
      left += take;
    }
  }
  if (left !== 0) paid.set(last, (paid.get(last) ?? 0) + left);
}

/** Consecutive ended months, back from `lastEnded`, that were owed and had nothing paid. */
export function unpaidStreak(
  lastEnded: string,
  due: ReadonlyMap<string, Fen>,
  paid: ReadonlyMap<string, Fen>,
  obliged: (m: string) => boolean,
): number {
  let n = 0;
  for (
    let m = lastEnded;
    obliged(m) && (due.get(m) ?? 0) > 0 && (paid.get(m) ?? 0) <= 0;
    m = addMonths(`${m}-01`, -1).slice(0, 7)
  )
    n += 1;
  return n;
}

/** 3 consecutive months unpaid: a warning; 6: 按自行脱党处理 (党章 art. 38). */
export const ARREARS_WARNING_MONTHS = 3;
export const ARREARS_SERIOUS_MONTHS = 6;

export function arrearsLevel(streak: number): 'none' | 'warning' | 'serious' {
  if (streak >= ARREARS_SERIOUS_MONTHS) return 'serious';
  if (streak >= ARREARS_WARNING_MONTHS) return 'warning';
  return 'none';
}
