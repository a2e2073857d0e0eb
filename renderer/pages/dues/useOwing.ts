import { useCallback, useRef } from 'react';
import type { DuesYear, Fen } from '../../../electron/api/index.js';
import { call } from '../../api.js';
import { monthsFrom } from './months.js';
import { owingOf, spanAmount } from './payPlan.js';

/**
 * What a member still owes for a span of months. The year on screen is at hand; a span that
 * reaches into another year (补交 of last December, 预交 of next January) reads that year once.
 */
export function useOwing(ledger: DuesYear | null): (memberId: string, from: string, to: string) => Promise<Fen> {
  const others = useRef(new Map<number, Promise<DuesYear | null>>());

  return useCallback(
    async (memberId, from, to) => {
      const months = monthsFrom(from, to);
      const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
      const grids = await Promise.all(
        years.map((y) => {
          if (ledger?.year === y) return Promise.resolve(ledger);
          let grid = others.current.get(y);
          if (!grid) {
            // An unreadable year only loses the prefill: the amount stays editable.
            grid = call('dues.year', { year: y }).catch(() => null);
            others.current.set(y, grid);
          }
          return grid;
        }),
      );
      const monthly = ledger?.rows.find((r) => r.memberId === memberId)?.monthly ?? null;
      return years.reduce((sum, y, i) => {
        const grid = grids[i];
        const row = grid?.rows.find((r) => r.memberId === memberId);
        const inYear = months.filter((m) => m.startsWith(String(y)));
        // Loaded but without this member: not in the branch that year, nothing owed.
        const owing = !grid ? () => null : row ? owingOf(row, y) : () => 0;
        return sum + spanAmount(inYear, owing, row?.monthly ?? monthly);
      }, 0);
    },
    [ledger],
  );
}
