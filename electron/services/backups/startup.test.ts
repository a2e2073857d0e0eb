import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../db/clock.js';
import { tempInstallation } from '../../../test/support/temp.js';
import { dailyDue, startBackgroundCare } from './startup.js';
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

/** A real installation with background care started on it, and the lines it logged. */
async function caredFor() {
  const inst = await tempInstallation();
  const m = inst.ctx.maintenance;
  if (!m) throw new Error('no maintenance');
  const logs: string[] = [];
  const stop = startBackgroundCare(m, inst.clock, (line) => logs.push(line));
  const startBackups = () => m.list().filter((b) => b.kind === 'start');
  return { inst, m, logs, stop, startBackups };
}

describe('background care', () => {
  it('starts nothing once stopped: no backup begins on a closed installation', async () => {
    const { inst, m, logs, stop, startBackups } = await caredFor();
    try {
      // Stopped while the start-up check runs: the backup after it never begins, so the
      // installation can close under it without a failure logged.
      const ended = stop();
      await inst.close();
      await ended;
      await expect.poll(() => m.health().state, { timeout: 30_000 }).toBe('done');
      // Time for a backup that followed the check to begin and fail on the closed connection.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(logs).toEqual([]);
      expect(startBackups()).toEqual([]);
    } finally {
      await inst.dispose();
    }
  });

  it('makes the start-up backup when left running', async () => {
    const { inst, logs, stop, startBackups } = await caredFor();
    try {
      await expect.poll(() => startBackups().length, { timeout: 30_000 }).toBe(1);
      await stop();
      expect(logs).toEqual([]);
    } finally {
      await inst.dispose();
    }
  });
});
