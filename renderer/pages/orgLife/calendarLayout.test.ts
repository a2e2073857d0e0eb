import { describe, expect, it } from 'vitest';
import type { PeriodCell } from '../../../electron/api/index.js';
import { layRow } from './calendarLayout.js';

const cell = (start: string, end: string): PeriodCell => ({
  label: '',
  start,
  end,
  status: 'upcoming',
  meetingIds: [],
  inquorateIds: [],
});

describe('layRow', () => {
  it('spans a quarter over its three months', () => {
    const laid = layRow([cell('2025-01-01', '2025-03-31'), cell('2025-04-01', '2025-06-30')]);
    expect(laid.map((l) => [l.start, l.span, l.cell !== null])).toEqual([
      [0, 3, true],
      [3, 3, true],
      [6, 6, false],
    ]);
  });

  it('leaves blank the months before a group existed', () => {
    const laid = layRow([cell('2025-11-01', '2025-11-30'), cell('2025-12-01', '2025-12-31')]);
    expect(laid.map((l) => [l.start, l.span])).toEqual([
      [0, 10],
      [10, 1],
      [11, 1],
    ]);
  });
});
