import { describe, expect, it } from 'vitest';
import { formalOn, presenceIntervals, presentOn } from './membership.js';

describe('membership on a date', () => {
  it('a member recorded here belongs from joining', () => {
    const i = presenceIntervals('2000-07-01', [{ kind: 'joined', date: '2000-07-01' }]);
    expect(i).toEqual([{ from: '2000-07-01', to: null }]);
    expect(presentOn(i, '2000-06-30')).toBe(false);
    expect(presentOn(i, '2026-01-01')).toBe(true);
  });

  it('a member who left mid-period is not counted from the day of leaving', () => {
    const i = presenceIntervals('2000-07-01', [{ kind: 'transfer_out', date: '2026-05-10' }]);
    expect(presentOn(i, '2026-05-09')).toBe(true);
    expect(presentOn(i, '2026-05-10')).toBe(false);
  });

  it('a member transferred in belongs from arrival, and again after coming back', () => {
    const i = presenceIntervals('1990-07-01', [
      { kind: 'joined', date: '1990-07-01' },
      { kind: 'transfer_in', date: '2020-03-01' },
      { kind: 'transfer_out', date: '2024-01-01' },
      { kind: 'transfer_in', date: '2026-06-15' },
    ]);
    expect(i).toEqual([
      { from: '2020-03-01', to: '2024-01-01' },
      { from: '2026-06-15', to: null },
    ]);
    expect(presentOn(i, '2019-12-31')).toBe(false);
    expect(presentOn(i, '2025-06-01')).toBe(false);
    expect(presentOn(i, '2026-06-15')).toBe(true);
  });

  it('停止党籍 suspends and 恢复党籍 restores', () => {
    const i = presenceIntervals('2000-07-01', [
      { kind: 'suspend', date: '2025-01-01' },
      { kind: 'restore', date: '2025-09-01' },
    ]);
    expect(presentOn(i, '2025-05-01')).toBe(false);
    expect(presentOn(i, '2025-09-01')).toBe(true);
  });

  it('a 预备党员 votes from the day of 转正', () => {
    expect(formalOn([], '2026-01-01')).toBe(false);
    expect(formalOn(['2026-03-01'], '2026-02-28')).toBe(false);
    expect(formalOn(['2026-03-01'], '2026-03-01')).toBe(true);
  });
});
