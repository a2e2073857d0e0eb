import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../db/backupFile.js';
import { toDelete, type RotatedItem } from './rotation.js';

const DAY = 24 * 3600 * 1000;
const start = Date.parse('2025-01-01T10:00:00');

function item(day: number, kind: BackupKind = 'daily', hour = 0): RotatedItem {
  return {
    name: `b-${String(day).padStart(4, '0')}-${String(hour).padStart(2, '0')}-${kind}`,
    createdMs: start + day * DAY + hour * 3600_000,
    kind,
  };
}

function kept(items: RotatedItem[]): string[] {
  const gone = new Set(toDelete(items));
  return items.filter((i) => !gone.has(i.name)).map((i) => i.name);
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly, 5 newest)', () => {
  it('a year and a half of daily backups keeps 7 days, 4 weeks and 12 months', () => {
    const items = Array.from({ length: 540 }, (_, d) => item(d));
    const left = kept(items);
    const days = left.map((n) => Number(n.slice(2, 6)));
    expect(days.filter((d) => d >= 533)).toHaveLength(7);
    // 7 days + up to 4 week representatives + 12 month ends, some of which coincide.
    expect(left.length).toBeGreaterThanOrEqual(12 + 7);
    expect(left.length).toBeLessThanOrEqual(7 + 4 + 12);
    const months = new Set(left.map((n) => new Date(start + Number(n.slice(2, 6)) * DAY).toISOString().slice(0, 7)));
    expect(months.size).toBe(12);
    expect(Math.min(...days)).toBeGreaterThan(540 - 13 * 31);
  });

  it('many backups in one day: the 5 newest stay, older ones of that day go once newer days exist', () => {
    const items = [...Array.from({ length: 12 }, (_, h) => item(0, 'import', h)), item(1, 'start')];
    const left = kept(items);
    expect(left).toHaveLength(5);
    expect(left).toContain(item(1, 'start').name);
    expect(left).toContain(item(0, 'import', 11).name);
    expect(left).toContain(item(0, 'import', 8).name);
    expect(left).not.toContain(item(0, 'import', 7).name);
    expect(left).not.toContain(item(0, 'import', 0).name);
  });

  it('the newest 恢复前 copy is never rotated away: a restore can always be undone', () => {
    const undo = item(0, 'restore', 1);
    const items = [
      item(0, 'daily', 0),
      undo,
      item(0, 'daily', 2),
      ...Array.from({ length: 40 }, (_, d) => item(d + 1, 'import')),
    ];
    const left = kept(items);
    expect(left).toContain(undo.name);
    expect(left).not.toContain(item(0, 'daily', 0).name);
  });

  it('a PC switched off for months keeps its last 7 backup days', () => {
    const items = [...Array.from({ length: 10 }, (_, d) => item(d)), item(200)];
    const days = kept(items).map((n) => Number(n.slice(2, 6)));
    expect(days).toEqual(expect.arrayContaining([200, 9, 8, 7, 6, 5, 4]));
  });
});
