import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../db/clock.js';
import { dailyDue } from './startup.js';
import type { BackupEntry } from './set.js';

const entry = (iso: string): BackupEntry => ({
  name: iso,
  path: iso,
  kind: 'start',
  createdMs: Date.parse(iso),
  size: 1,
});

describe('daily backup while running', () => {
  it('is due when no backup exists on the local day, and not after one was made', () => {
    const clock = fixedClock('2026-12-06T23:30:00');
    expect(dailyDue([], clock)).toBe(true);
    expect(dailyDue([entry('2026-12-06T08:00:00')], clock)).toBe(false);
    clock.advance(3600 * 1000);
    expect(dailyDue([entry('2026-12-06T08:00:00')], clock)).toBe(true);
  });
});
