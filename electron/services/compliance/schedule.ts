import type { ComplianceRow, PeriodCell } from '../../api/compliance.js';
import { ACTIVITY_KINDS, type Frequency } from '../../api/meetingOptions.js';
import {
  groupOwes,
  periodsOf,
  periodStatus,
  type CalendarGroup,
  type CalendarMeeting,
  type Period,
} from '../rules/calendar.js';
import { addDays } from '../rules/dates.js';
import type { History, Schedule } from '../settings/history.js';

/** The first day of the period of `frequency` that contains `day` (a month start for `none`). */
function periodStartOn(day: string, frequency: Frequency): string {
  const year = Number(day.slice(0, 4));
  const within = periodsOf(year, frequency).find((p) => p.start <= day && day <= p.end);
  return within ? within.start : `${day.slice(0, 7)}-01`;
}

/**
 * The periods of a year when the frequency changed during it. A rule set on a day applies to the
 * whole period of the new frequency containing that day (党课 made monthly on 24 November counts
 * from 1 November); the earlier rule's periods run until the day before, the one cut short there
 * judged on its remaining part (第四季度 becomes 10月 only). Periods before a change keep the
 * earlier frequency; a change never reaches back beyond its own period.
 */
export function scheduledPeriods(
  year: number,
  history: History<Frequency>,
): { period: Period; frequency: Frequency }[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // Each rule from the start of its own period; a later rule starting no later overrides.
  const spans: { from: string; value: Frequency }[] = [];
  for (const c of history) {
    const from = c.from <= first ? first : c.from > last ? null : periodStartOn(c.from, c.value);
    if (from === null) continue;
    while (spans.length && (spans[spans.length - 1] as { from: string }).from >= from) spans.pop();
    spans.push({ from, value: c.value });
  }
  const out: { period: Period; frequency: Frequency }[] = [];
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    const until = next ? addDays(next.from, -1) : last;
    for (const p of periodsOf(year, span.value)) {
      if (p.end < span.from || p.start > until) continue;
      const end = p.end > until ? until : p.end;
      const cut = end !== p.end;
      const label = cut ? `${p.label}（${monthsLabel(p.start, end)}）` : p.label;
      out.push({ period: { label, start: p.start, end }, frequency: span.value });
    }
  });
  return out;
}

function monthsLabel(start: string, end: string): string {
  const a = Number(start.slice(5, 7));
  const b = Number(end.slice(5, 7));
  return a === b ? `${a}月` : `${a}–${b}月`;
}

function cells(periods: Period[], meetings: readonly CalendarMeeting[], today: string): PeriodCell[] {
  return periods.map((p) => {
    const ids = meetings.filter((m) => m.heldOn >= p.start && m.heldOn <= p.end).map((m) => m.id);
    return { ...p, status: periodStatus(p, ids.length, today), meetingIds: ids };
  });
}

/**
 * The compliance rows of a year (as rules/calendar.ts complianceRows), each period judged by
 * the frequency in force for it. A row's `frequency` is the one in force today (or at the end
 * of a past year).
 */
export function scheduledRows(
  year: number,
  today: string,
  schedule: Schedule,
  groups: readonly CalendarGroup[],
  meetings: readonly CalendarMeeting[],
): ComplianceRow[] {
  const rows: ComplianceRow[] = [];
  const day = today < `${year}-01-01` ? `${year}-01-01` : today > `${year}-12-31` ? `${year}-12-31` : today;
  for (const kind of ACTIVITY_KINDS) {
    const planned = scheduledPeriods(year, schedule[kind]);
    if (planned.length === 0) continue;
    const periods = planned.map((p) => p.period);
    const current = planned.find((p) => p.period.start <= day && day <= p.period.end)?.frequency;
    const frequency = current ?? (planned[planned.length - 1] as { frequency: Frequency }).frequency;
    const ofKind = meetings.filter((m) => m.kinds.includes(kind));
    if (kind !== 'group') {
      rows.push({ kind, frequency, groupId: null, groupName: '', periods: cells(periods, ofKind, today) });
      continue;
    }
    for (const g of groups) {
      const owed = periods.filter((p) => groupOwes(g, p));
      if (owed.length === 0) continue;
      const own = ofKind.filter((m) => m.groupId === g.id);
      rows.push({ kind, frequency, groupId: g.id, groupName: g.name, periods: cells(owed, own, today) });
    }
  }
  return rows;
}
