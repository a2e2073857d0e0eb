import type { DuesRemittance, DuesYear, Fen } from '../../../electron/api/index.js';
import { addMonths, monthsFrom, quarterLabel, quarterMonths, quarterOf, thisMonth } from './months.js';

export interface RemitSuggestion {
  periodLabel: string;
  fromMonth: string;
  toMonth: string;
}

/** The quarter after the last one remitted; with none yet, the quarter now running. */
export function nextPeriod(remittances: readonly DuesRemittance[], current = thisMonth()): RemitSuggestion {
  const last = [...remittances].sort((a, b) => a.toMonth.localeCompare(b.toMonth)).at(-1);
  const start = last ? addMonths(last.toMonth, 1) : current;
  const q = `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
  const { from, to } = quarterMonths(q);
  return { periodLabel: quarterLabel(q), fromMonth: from, toMonth: to };
}

/** A label for any span: a quarter by its name, else the months. */
export function periodLabelOf(from: string, to: string): string {
  const q = quarterOf(from, to);
  if (q) return quarterLabel(q);
  return from === to ? `${from.slice(0, 4)}年${Number(from.slice(5, 7))}月` : `${from}至${to}`;
}

/** Collected in the months (of the year on screen) and by how many members, to prefill. */
export function collectedIn(ledger: DuesYear | null, from: string, to: string): { amount: Fen; members: number } {
  if (!ledger) return { amount: 0, members: 0 };
  const idx = monthsFrom(from, to)
    .filter((m) => m.startsWith(String(ledger.year)))
    .map((m) => Number(m.slice(5, 7)) - 1);
  const amount = idx.reduce((sum, i) => sum + (ledger.monthTotals[i]?.paid ?? 0), 0);
  const members = ledger.rows.filter((r) => idx.some((i) => (r.months[i]?.paid ?? 0) > 0)).length;
  return { amount, members };
}
