import type { PeriodCell } from '../../../electron/api/index.js';

export interface LaidCell {
  /** First month column (0 = January). */
  start: number;
  span: number;
  /** Null for months the row does not cover (e.g. before a 党小组 was set up). */
  cell: PeriodCell | null;
}

const month = (iso: string) => Number(iso.slice(5, 7)) - 1;

/** A row's periods placed on twelve month columns; quarterly and yearly ones span theirs. */
export function layRow(periods: readonly PeriodCell[]): LaidCell[] {
  const laid: LaidCell[] = [];
  let next = 0;
  for (const p of periods) {
    const start = month(p.start);
    const end = month(p.end);
    if (start > next) laid.push({ start: next, span: start - next, cell: null });
    laid.push({ start, span: end - start + 1, cell: p });
    next = end + 1;
  }
  if (next < 12) laid.push({ start: next, span: 12 - next, cell: null });
  return laid;
}
