import { describe, expect, it } from 'vitest';
import { applyRate, DuesRuleError, monthlyDues } from './dues.js';

const yuan = (fen: number) => (fen / 100).toFixed(2);

describe('党费 brackets at their edges (whole base, not marginal)', () => {
  it.each([
    ['employed', 0, '0.00', 50],
    ['employed', 300_000, '15.00', 50],
    ['employed', 300_001, '30.00', 100],
    ['employed', 500_000, '50.00', 100],
    ['employed', 500_001, '75.00', 150],
    ['employed', 620_000, '93.00', 150],
    ['employed', 1_000_000, '150.00', 150],
    ['employed', 1_000_001, '200.00', 200],
    ['annual_salary', 500_001, '75.00', 150],
    ['self_employed', 300_000, '15.00', 50],
    ['other', 1_000_001, '200.00', 200],
    ['retired', 500_000, '25.00', 50],
    ['retired', 500_001, '50.00', 100],
    ['retired', 800_000, '80.00', 100],
  ] as const)('%s base %i fen → %s 元 (%i bp)', (category, base, due, bp) => {
    const r = monthlyDues(category, base, null);
    expect(yuan(r.monthly)).toBe(due);
    expect(r.bp).toBe(bp);
  });

  it('explains the computation as the screen shows it', () => {
    expect(monthlyDues('employed', 620_000, null).explanation).toBe('6,200.00 × 1.5% = 93.00');
    expect(monthlyDues('retired', 480_000, null).explanation).toBe('4,800.00 × 0.5% = 24.00');
  });

  it('rounds half up to the 分 by default, or as the setting says', () => {
    expect(applyRate(123_457, 50)).toBe(617); // 6.172 85 元 → 6.17
    expect(applyRate(123_500, 50)).toBe(618); // 6.175 → 6.18 (half up)
    expect(applyRate(123_500, 50, 'down')).toBe(617);
    expect(applyRate(123_401, 50, 'up')).toBe(618);
  });
});

describe('fixed amounts', () => {
  it('农民 pay the branch’s choice within 0.2–1 元, 0.2 by default', () => {
    expect(monthlyDues('farmer', null, null).monthly).toBe(20);
    expect(monthlyDues('farmer', 999_999, 50).monthly).toBe(50);
    expect(monthlyDues('farmer', null, 100).monthly).toBe(100);
    expect(() => monthlyDues('farmer', null, 19)).toThrow(DuesRuleError);
    expect(() => monthlyDues('farmer', null, 101)).toThrow('农民党员每月交纳 0.20–1.00 元，1.01 元不在此范围内');
  });

  it.each(['student', 'unemployed', 'relief'] as const)('%s pay 0.2 元 whatever the base', (category) => {
    expect(monthlyDues(category, 500_000, null).monthly).toBe(20);
    expect(monthlyDues(category, null, 20).monthly).toBe(20);
    expect(() => monthlyDues(category, null, 50)).toThrow('每月固定交纳 0.20 元');
  });

  it('needs a base where the rate applies, never negative', () => {
    expect(() => monthlyDues('employed', null, null)).toThrow('请填写在职党员的交纳基数');
    expect(() => monthlyDues('retired', -1, null)).toThrow('交纳基数不能为负数');
  });
});
