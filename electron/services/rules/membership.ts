/**
 * Who belonged to the branch on a given day, from each member's dated history: the roster
 * "as it stood on that date". Intervals are [from, to): a member transferred out, expelled,
 * deceased or suspended on day D is no longer counted from D.
 */
export interface HistoryEvent {
  kind: string;
  date: string;
}

export interface Interval {
  from: string;
  to: string | null;
}

const ENDS = new Set(['transfer_out', 'leave', 'death', 'suspend']);
const STARTS = new Set(['transfer_in', 'restore']);

export function presenceIntervals(joinedOn: string, events: readonly HistoryEvent[]): Interval[] {
  const moves = events
    .filter((e) => ENDS.has(e.kind) || STARTS.has(e.kind))
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date));
  // A member whose first move is a 转入 joined the Party elsewhere and arrived on that day;
  // anyone else has belonged here since joining.
  const arrivedByTransfer = moves[0]?.kind === 'transfer_in';
  const intervals: Interval[] = [];
  let open: string | null = arrivedByTransfer ? null : joinedOn;
  for (const m of moves) {
    if (STARTS.has(m.kind) && open === null) open = m.date;
    else if (ENDS.has(m.kind) && open !== null) {
      if (m.date > open) intervals.push({ from: open, to: m.date });
      open = null;
    }
  }
  if (open !== null) intervals.push({ from: open, to: null });
  return intervals;
}

export function presentOn(intervals: readonly Interval[], date: string): boolean {
  return intervals.some((i) => i.from <= date && (i.to === null || date < i.to));
}

/** 正式党员 on that day: those who had been confirmed by then have a vote. */
export function formalOn(confirmDates: readonly string[], date: string): boolean {
  return confirmDates.some((d) => d <= date);
}
