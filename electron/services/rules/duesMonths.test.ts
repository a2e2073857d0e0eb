import { describe, expect, it } from 'vitest';
import {
  allocate,
  arrearsLevel,
  basisIn,
  dueOf,
  monthEnd,
  monthsBetween,
  obligedIn,
  unpaidStreak,
} from './duesMonths.js';
import { presenceIntervals } from './membership.js';

const basis = (
  from: string,
  fen: number,
  reduction: 'none' | 'reduced' | 'exempt' = 'none',
  reduced: number | null = null,
) => ({
  effective_from: from,
  computed_fen: fen,
  reduction,
  reduced_fen: reduced,
});

describe('months', () => {
  it('walks across the year boundary', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthEnd('2028-02')).toBe('2028-02-29');
  });

  it('answers the same once a month has been worked out and after many months were', () => {
    expect([monthEnd('2100-02'), monthEnd('2100-02'), monthEnd('2000-02')]).toEqual([
      '2100-02-28',
      '2100-02-28',
      '2000-02-29',
    ]);
    // Past the months kept, the memo starts again rather than growing: answers stay right.
    const months = monthsBetween('1700-01', '2100-12');
    expect(months).toHaveLength(401 * 12);
    expect(months.map(monthEnd).slice(-2)).toEqual(['2100-11-30', '2100-12-31']);
    expect(monthsBetween('1999-12', '2000-01')).toEqual(['1999-12', '2000-01']);
    expect(monthEnd('1900-02')).toBe('1900-02-28');
  });

  it('uses the latest basis started by that month, after any 减免', () => {
    const bases = [basis('2025-01', 3000), basis('2026-01', 9300), basis('2026-07', 9300, 'exempt')];
    expect(basisIn(bases, '2025-12')?.computed_fen).toBe(3000);
    expect(basisIn(bases, '2026-01')?.computed_fen).toBe(9300);
    expect(basisIn(bases, '2024-12')).toBeNull();
    expect(dueOf(basisIn(bases, '2026-08') as ReturnType<typeof basis>)).toBe(0);
    expect(dueOf(basis('2026-01', 9300, 'reduced', 1000))).toBe(1000);
  });
});

describe('who owes a month', () => {
  it('a 预备党员 owes from the month the 支部大会 accepted them', () => {
    const i = presenceIntervals('2026-05-20', []);
    expect(obligedIn(i, '2026-04')).toBe(false);
    expect(obligedIn(i, '2026-05')).toBe(true);
  });

  it('a member who left owes nothing after leaving, across the year boundary', () => {
    const i = presenceIntervals('2000-07-01', [{ kind: 'transfer_out', date: '2026-01-10' }]);
    expect(obligedIn(i, '2025-12')).toBe(true);
    expect(obligedIn(i, '2026-01')).toBe(false);
  });
});

describe('allocating payments', () => {
  const due = new Map([
    ['2026-01', 1500],
    ['2026-02', 1500],
    ['2026-03', 1500],
  ]);

  it('fills a quarter month by month, excess on the last month', () => {
    const paid = new Map<string, number>();
    allocate(5000, ['2026-01', '2026-02', '2026-03'], due, paid);
    expect([...paid.values()]).toEqual([1500, 1500, 2000]);
  });

  it('a partial payment fills the first months; a negative correction takes back from the last', () => {
    const paid = new Map<string, number>();
    allocate(2000, ['2026-01', '2026-02', '2026-03'], due, paid);
    expect([...paid.values()]).toEqual([1500, 500, 0]);
    allocate(-700, ['2026-01', '2026-02', '2026-03'], due, paid);
    expect([...paid.values()]).toEqual([1300, 0, 0]);
  });
});

describe('arrears', () => {
  const due = new Map(monthsBetween('2025-07', '2026-02').map((m) => [m, 1500]));
  it('counts consecutive unpaid ended months back across the year boundary', () => {
    const paid = new Map([['2025-08', 1500]]);
    expect(unpaidStreak('2026-02', due, paid, () => true)).toBe(6);
    expect(unpaidStreak('2026-01', due, paid, () => true)).toBe(5);
    expect(unpaidStreak('2026-02', due, paid, (m) => m >= '2025-12')).toBe(3);
  });

  it('warns at 3 and flags at 6', () => {
    expect([2, 3, 5, 6, 9].map(arrearsLevel)).toEqual(['none', 'warning', 'warning', 'serious', 'serious']);
  });
});
