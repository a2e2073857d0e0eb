/** Month arithmetic on `YYYY-MM` strings, done on integers so no time zone can shift a month. */

export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  return monthOf(monthIndex(month) + n);
}

/** Both ends included; empty when `to` is before `from`. */
export function monthsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOf(i));
  return out;
}

export function monthCount(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1;
}

export function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function todayIso(): string {
  const d = new Date();
  return `${thisMonth()}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A month whose last day has passed: only then is an unpaid month owed (欠交). */
export function hasEnded(month: string, current = thisMonth()): boolean {
  return month < current;
}

/** `2026-03` → `2026年3月`. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** `2026-01`–`2026-03` → `2026年1月至3月`; one month → `2026年1月`. */
export function spanLabel(from: string, to: string): string {
  if (from === to) return monthLabel(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${monthLabel(from)}至${Number(to.slice(5, 7))}月`;
  return `${monthLabel(from)}至${monthLabel(to)}`;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** `2026-Q2` → first and last month. */
export function quarterMonths(quarter: string): { from: string; to: string } {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const first = (q - 1) * 3 + 1;
  return { from: `${year}-${String(first).padStart(2, '0')}`, to: `${year}-${String(first + 2).padStart(2, '0')}` };
}

/** The quarter a span is exactly, or null. */
export function quarterOf(from: string, to: string): string | null {
  const m = Number(from.slice(5, 7));
  if ((m - 1) % 3 !== 0 || addMonths(from, 2) !== to) return null;
  return `${from.slice(0, 4)}-Q${(m - 1) / 3 + 1}`;
}

export function quarterLabel(quarter: string): string {
  return `${quarter.slice(0, 4)}年${QUARTER_NAMES[Number(quarter.slice(6)) - 1] ?? ''}`;
}

/** The quarters of the year before, the year and the year after, for a picker. */
export function quarterOptions(year: number): { value: string; label: string }[] {
  return [year - 1, year, year + 1].flatMap((y) =>
    [1, 2, 3, 4].map((q) => ({ value: `${y}-Q${q}`, label: quarterLabel(`${y}-Q${q}`) })),
  );
}

/** `2026-04, 2026-05, 2026-06, 2026-09` → `2026年4月至6月、2026年9月`. */
export function monthRuns(months: readonly string[]): string {
  const runs: { from: string; to: string }[] = [];
  for (const m of [...months].sort()) {
    const last = runs.at(-1);
    if (last && addMonths(last.to, 1) === m) last.to = m;
    else runs.push({ from: m, to: m });
  }
  return runs.map((r) => spanLabel(r.from, r.to)).join('、');
}
