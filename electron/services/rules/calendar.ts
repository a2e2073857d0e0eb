import type { PeriodStatus } from '../../api/compliance.js';
import type { ActivityKind, Frequency } from '../../api/meetingOptions.js';
import { addDays, addMonths } from './dates.js';
import { Memo } from './memo.js';

export interface Period {
  label: string;
  start: string;
  end: string;
}

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** Each year's periods of each frequency, worked out once (rules/memo.ts), frozen: callers share them. */
const PERIODS = new Memo<readonly Period[]>(1024);

/** The periods of a year for a frequency; `none` has none. Shared: never changed by a caller. */
export function periodsOf(year: number, frequency: Frequency): readonly Period[] {
  return PERIODS.get(`${year}:${frequency}`, () =>
    Object.freeze(workOutPeriods(year, frequency).map((p) => Object.freeze(p))),
  );
}

function workOutPeriods(year: number, frequency: Frequency): Period[] {
  const first = `${year}-01-01`;
  const span = (months: number, label: (i: number) => string, n: number): Period[] =>
    Array.from({ length: n }, (_, i) => {
      const start = addMonths(first, i * months);
      return { label: label(i), start, end: addDays(addMonths(start, months), -1) };
    });
  switch (frequency) {
    case 'month':
      return span(1, (i) => `${i + 1}月`, 12);
    case 'quarter':
      return span(3, (i) => QUARTERS[i] as string, 4);
    case 'half':
      return span(6, (i) => (i === 0 ? '上半年' : '下半年'), 2);
    case 'year':
      return [{ label: '全年', start: first, end: `${year}-12-31` }];
    case 'none':
      return [];
  }
}

export function periodStatus(period: Period, held: number, today: string): PeriodStatus {
  if (held > 0) return 'done';
  if (period.end < today) return 'overdue';
  if (period.start <= today) return 'due';
  return 'upcoming';
}

export interface CalendarMeeting {
  id: string;
  /** The meeting's kind plus every kind it also counts as. */
  kinds: readonly ActivityKind[];
  groupId: string | null;
  heldOn: string;
  /** The quorum of a 党员大会/支委会 (null where the kind has none). */
  quorumMet: boolean | null;
}

export interface CalendarGroup {
  id: string;
  name: string;
  establishedOn: string | null;
  dissolvedOn: string | null;
}

/** A group owes a period's meeting when it exists on the period's last day. */
export function groupOwes(group: CalendarGroup, period: Period): boolean {
  const born = group.establishedOn === null || group.establishedOn <= period.end;
  const alive = group.dissolvedOn === null || group.dissolvedOn > period.end;
  return born && alive;
}
