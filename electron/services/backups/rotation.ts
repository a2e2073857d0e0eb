import { localIsoDate } from '../../../db/clock.js';
import type { BackupKind } from '../../../db/backupFile.js';

export interface RotatedItem {
  name: string;
  createdMs: number;
  kind: BackupKind;
}

export interface RotationPolicy {
  /** The newest copies, whatever their day: undoing the last import must not depend on the calendar. */
  last: number;
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_POLICY: RotationPolicy = { last: 5, daily: 7, weekly: 4, monthly: 12 };

/** Monday of the local week holding `ms`, as `YYYY-MM-DD`. */
function weekOf(ms: number): string {
  const d = new Date(ms);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return localIsoDate(d);
}

const BUCKETS: { key: keyof Omit<RotationPolicy, 'last'>; of: (ms: number) => string }[] = [
  { key: 'daily', of: (ms) => localIsoDate(new Date(ms)) },
  { key: 'weekly', of: weekOf },
  { key: 'monthly', of: (ms) => localIsoDate(new Date(ms)).slice(0, 7) },
];

/**
 * Which backups to delete. Kept: the newest `last`; the newest copy of each of the last
 * `daily` days that have one (likewise weeks and months, in the local calendar: the user's
 * 今天 and 本月); and the newest 恢复前 copy, the only way to undo the last restore. Days
 * without a backup (the PC was off) do not use up a slot, so a long pause never empties the set.
 */
export function toDelete(items: readonly RotatedItem[], policy: RotationPolicy = DEFAULT_POLICY): string[] {
  const newestFirst = [...items].sort((a, b) => b.createdMs - a.createdMs || b.name.localeCompare(a.name));
  const keep = new Set(newestFirst.slice(0, policy.last).map((i) => i.name));
  for (const bucket of BUCKETS) {
    const seen = new Set<string>();
    for (const item of newestFirst) {
      const b = bucket.of(item.createdMs);
      if (seen.has(b)) continue;
      if (seen.size >= policy[bucket.key]) break;
      seen.add(b);
      keep.add(item.name);
    }
  }
  const undo = newestFirst.find((i) => i.kind === 'restore');
  if (undo) keep.add(undo.name);
  return newestFirst.filter((i) => !keep.has(i.name)).map((i) => i.name);
}
