import type { ComplianceRow, PeriodCell } from '../../api/compliance.js';
import { ACTIVITY_KINDS, type ActivityKind, type Frequency } from '../../api/meetingOptions.js';
import {
  groupOwes,
  periodsOf,
  periodStatus,
  type CalendarGroup,
  type CalendarMeeting,
  type Period,
} from '../rules/calendar.js';
import { countsAsHeld } from '../rules/branch.js';
import { addDays } from '../rules/dates.js';
import type { History, Schedule } from '../settings/history.js';

/** The period of `frequency` that contains `day`, if the frequency has periods. */
function periodOn(day: string, frequency: Frequency): Period | undefined {
  return periodsOf(Number(day.slice(0, 4)), frequency).find((p) => p.start <= day && day <= p.end);
}

/** The first period start of `frequency` on or after `day` (the day itself for `none`). */
function boundaryFrom(day: string, frequency: Frequency): string {
  const year = Number(day.slice(0, 4));
  const next = [...periodsOf(year, frequency), ...periodsOf(year + 1, frequency)].find((p) => p.start >= day);
  return next ? next.start : day;
}

/**
 * When each rule of a history really applies. A change never adds to a period already running:
 * the period of the rule in force on the day of the change is completed under that rule, and
 * the new rule starts with its first whole period after it (党课 made monthly on 24 November,
 * during a quarterly 第四季度, is monthly from January). So periods stay whole, and nothing owed
 * before the change is judged by a rule nobody knew of.
 */
function effectiveSpans(history: History<Frequency>): { from: string; value: Frequency }[] {
  const spans: { from: string; value: Frequency }[] = [];
  for (const c of history) {
    const current = [...spans].reverse().find((s) => s.from <= c.from);
    let from = c.from;
    if (current && current.value !== c.value) {
      const running = periodOn(c.from, current.value);
      from = boundaryFrom(running ? addDays(running.end, 1) : c.from, c.value);
    }
    while (spans.length && (spans[spans.length - 1] as { from: string }).from >= from) spans.pop();
    spans.push({ from, value: c.value });
  }
  return spans;
}

/** The periods of a year, each with the frequency in force for it (see effectiveSpans). */
export function scheduledPeriods(
  year: number,
  history: History<Frequency>,
): { period: Period; frequency: Frequency }[] {
  const spans = effectiveSpans(history);
  const out: { period: Period; frequency: Frequency }[] = [];
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    const until = next ? addDays(next.from, -1) : `${year}-12-31`;
    for (const p of periodsOf(year, span.value))
      if (p.start >= span.from && p.start <= until) out.push({ period: p, frequency: span.value });
  });
  return out;
}

function cells(
  kind: ActivityKind,
  periods: Period[],
  meetings: readonly CalendarMeeting[],
  today: string,
): PeriodCell[] {
  return periods.map((p) => {
    const ids: string[] = [];
    const inquorateIds: string[] = [];
    for (const m of meetings)
      if (m.heldOn >= p.start && m.heldOn <= p.end) (countsAsHeld(kind, m.quorumMet) ? ids : inquorateIds).push(m.id);
    return { ...p, status: periodStatus(p, ids.length, today), meetingIds: ids, inquorateIds };
  });
}

/** Whether the branch owes `kind` in a period beyond the schedule (a 支委会 only with a committee). */
export type Owes = (kind: ActivityKind, period: Period) => boolean;

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
  owes: Owes = () => true,
): ComplianceRow[] {
  const rows: ComplianceRow[] = [];
  const day = today < `${year}-01-01` ? `${year}-01-01` : today > `${year}-12-31` ? `${year}-12-31` : today;
  for (const kind of ACTIVITY_KINDS) {
    const planned = scheduledPeriods(year, schedule[kind]);
    if (planned.length === 0) continue;
    const periods = planned.map((p) => p.period).filter((p) => owes(kind, p));
    if (periods.length === 0) continue;
    const current = planned.find((p) => p.period.start <= day && day <= p.period.end)?.frequency;
    const frequency = current ?? (planned[planned.length - 1] as { frequency: Frequency }).frequency;
    const ofKind = meetings.filter((m) => m.kinds.includes(kind));
    if (kind !== 'group') {
      rows.push({ kind, frequency, groupId: null, groupName: '', periods: cells(kind, periods, ofKind, today) });
      continue;
    }
    for (const g of groups) {
      const owed = periods.filter((p) => groupOwes(g, p));
      if (owed.length === 0) continue;
      const own = ofKind.filter((m) => m.groupId === g.id);
      rows.push({ kind, frequency, groupId: g.id, groupName: g.name, periods: cells(kind, owed, own, today) });
    }
  }
  return rows;
}
