import type { ActivityKind, Frequency } from '../../api/meetingOptions.js';

/**
 * When a frequency took its value: a short list per setting, oldest first. Each entry holds
 * from its `from` day until the next entry's. Before the first entry (and with no list at all,
 * as in settings saved before this was kept) the first value applies: a setting never changed
 * applies always.
 */
export interface Change<V> {
  from: string;
  value: V;
}
export type History<V> = Change<V>[];

/** Before any recorded change: the value a setting had before its first change. */
export const ALWAYS = '0000-01-01';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a stored list leniently: entries that are not a date and an allowed value are left out. */
export function parseHistory<V>(raw: unknown, ok: (v: unknown) => v is V): History<V> {
  if (!Array.isArray(raw)) return [];
  const out = raw.filter(
    (e): e is Change<V> =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as Change<unknown>).from === 'string' &&
      ISO.test((e as Change<unknown>).from) &&
      ok((e as Change<unknown>).value),
  );
  return out.map((e) => ({ from: e.from, value: e.value })).sort((a, b) => (a.from < b.from ? -1 : 1));
}

/**
 * The value in force on `day`. From the newest entry on, the value stored now applies (they
 * agree when both were written here; should they not, the value now in force wins).
 */
export function valueOn<V>(history: History<V>, day: string, current: V): V {
  const newest = history[history.length - 1];
  if (!newest || day >= newest.from) return current;
  let v = (history[0] as Change<V>).value;
  for (const c of history) if (c.from <= day) v = c.value;
  return v;
}

/**
 * Records that the value changed from `before` to `after` on `day`. A second change on the
 * same day replaces the first; a change back to the earlier value drops the entry.
 */
export function recordChange<V>(history: History<V>, day: string, before: V, after: V): History<V> {
  if (before === after) return history;
  const kept = history.filter((c) => c.from < day);
  const h = kept.length ? kept : [{ from: ALWAYS, value: before }];
  const prior = (h[h.length - 1] as Change<V>).value;
  return prior === after ? h : [...h, { from: day, value: after }];
}

/**
 * The frequency in force over time, combining the county's rule (a value while fixed, null
 * while not) over the branch's own: a list of changes, the first from ALWAYS.
 */
export function combine(
  county: History<Frequency | null>,
  countyNow: Frequency | null,
  own: History<Frequency>,
  ownNow: Frequency,
): History<Frequency> {
  const days = [...new Set([ALWAYS, ...county.map((c) => c.from), ...own.map((c) => c.from)])].sort();
  const out: History<Frequency> = [];
  for (const day of days) {
    const value = valueOn(county, day, countyNow) ?? valueOn(own, day, ownNow);
    if (out.length === 0 || (out[out.length - 1] as Change<Frequency>).value !== value) out.push({ from: day, value });
  }
  return out;
}

export type Schedule = Record<ActivityKind, History<Frequency>>;
