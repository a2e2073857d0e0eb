import { describe, expect, it } from 'vitest';
import type { DuesLedgerRow } from '../../../electron/api/index.js';
import { monthsFrom, quarterMonths, quarterOf, spanLabel } from './months.js';
import { owingOf, spanAmount, spanProblem, suggestSpan } from './payPlan.js';

function row(paidMonths: number, monthly = 9300): DuesLedgerRow {
  const months = Array.from({ length: 12 }, (_, i) => ({
    due: monthly,
    paid: i < paidMonths ? monthly : 0,
    obliged: true,
  }));
  return {
    memberId: 'm1',
    name: '王建国',
    category: 'employed',
    base: 620000,
    rateBp: 150,
    monthly,
    months,
    dueTotal: monthly * 12,
    paidTotal: monthly * paidMonths,
    owed: 0,
    voluntary: 0,
    paidThrough: paidMonths ? `2026-${String(paidMonths).padStart(2, '0')}` : null,
  };
}

describe('months', () => {
  it('spans years and quarters', () => {
    expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(quarterMonths('2026-Q1')).toEqual({ from: '2026-01', to: '2026-03' });
    expect(quarterOf('2026-04', '2026-06')).toBe('2026-Q2');
    expect(quarterOf('2026-02', '2026-04')).toBeNull();
    expect(spanLabel('2026-01', '2026-03')).toBe('2026年1月至3月');
  });
});

describe('pay plan', () => {
  it('suggests the months owed, at most 6', () => {
    expect(suggestSpan(row(0), 2026, undefined, '2026-04')).toEqual({
      mode: 'quarter',
      from: '2026-01',
      to: '2026-03',
    });
    expect(suggestSpan(row(0), 2026, undefined, '2026-11')).toEqual({ mode: 'range', from: '2026-01', to: '2026-06' });
  });

  it('suggests the next month when nothing is owed', () => {
    expect(suggestSpan(row(3), 2026, undefined, '2026-04')).toEqual({ mode: 'month', from: '2026-04', to: '2026-04' });
    expect(suggestSpan(row(12), 2026, undefined, '2026-04')).toEqual({ mode: 'month', from: '2027-01', to: '2027-01' });
  });

  it('adds what is still owed in integer 分', () => {
    const r = row(1, 1);
    const owing = owingOf(r, 2026);
    expect(spanAmount(['2026-01', '2026-02', '2026-03'], owing, r.monthly)).toBe(2);
    expect(spanAmount(['2026-12', '2027-01'], owingOf(row(0), 2026), 9300)).toBe(18600);
  });

  it('refuses more than 6 months and a reversed span', () => {
    expect(spanProblem('2026-01', '2026-06')).toBeNull();
    expect(spanProblem('2026-01', '2026-07')).toBe('预交或补交一次最多 6 个月');
    expect(spanProblem('2026-03', '2026-01')).toBe('截止月份不能早于起始月份');
  });
});
