import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../api/settings.js';
import { ACTIVITY_KINDS, type ActivityKind, type Frequency } from '../../api/meetingOptions.js';
import { scheduledRows } from '../compliance/schedule.js';
import { ALWAYS, type Schedule } from '../settings/history.js';
import { groupOwes, periodsOf, periodStatus, type CalendarMeeting } from './calendar.js';

const m = (
  id: string,
  heldOn: string,
  kinds: CalendarMeeting['kinds'],
  groupId: string | null = null,
  quorumMet: boolean | null = null,
): CalendarMeeting => ({
  id,
  heldOn,
  kinds,
  groupId,
  quorumMet,
});

describe('periods', () => {
  it('splits a year into months, quarters, halves and the year', () => {
    expect(periodsOf(2026, 'month')).toHaveLength(12);
    expect(periodsOf(2026, 'month')[1]).toEqual({ label: '2月', start: '2026-02-01', end: '2026-02-28' });
    expect(periodsOf(2028, 'month')[1]?.end).toBe('2028-02-29');
    expect(periodsOf(2026, 'quarter').map((p) => [p.start, p.end])).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
    ]);
    expect(periodsOf(2026, 'half').map((p) => p.label)).toEqual(['上半年', '下半年']);
    expect(periodsOf(2026, 'year')).toEqual([{ label: '全年', start: '2026-01-01', end: '2026-12-31' }]);
    expect(periodsOf(2026, 'none')).toEqual([]);
  });

  it('is done when held, overdue once ended, due while running, upcoming before', () => {
    const q1 = { label: 'Q1', start: '2026-01-01', end: '2026-03-31' };
    expect(periodStatus(q1, 1, '2026-02-01')).toBe('done');
    expect(periodStatus(q1, 0, '2026-03-31')).toBe('due');
    expect(periodStatus(q1, 0, '2026-04-01')).toBe('overdue');
    expect(periodStatus(q1, 0, '2025-12-31')).toBe('upcoming');
  });
});

/** Frequencies that never changed. */
function always(frequencies: Record<ActivityKind, Frequency>): Schedule {
  return Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, [{ from: ALWAYS, value: frequencies[k] }]])) as Schedule;
}

const complianceRows = (
  year: number,
  today: string,
  frequencies: Record<ActivityKind, Frequency>,
  ...rest: [Parameters<typeof scheduledRows>[3], Parameters<typeof scheduledRows>[4]]
) => scheduledRows(year, today, always(frequencies), ...rest);

describe('compliance rows', () => {
  const groups = [{ id: 'g1', name: '第一党小组', establishedOn: null, dissolvedOn: null }];

  it('counts a meeting on a quarter end in that quarter, and one on the next day in the next', () => {
    const rows = complianceRows(2026, '2026-11-23', DEFAULT_SETTINGS.frequencies, groups, [
      m('a', '2026-03-31', ['congress']),
      m('b', '2026-04-01', ['congress']),
    ]);
    const congress = rows.find((r) => r.kind === 'congress');
    expect(congress?.periods.map((p) => p.status)).toEqual(['done', 'done', 'overdue', 'due']);
    expect(congress?.periods[0]?.meetingIds).toEqual(['a']);
  });

  it('lets one meeting count for two activities without double entry', () => {
    const rows = complianceRows(2026, '2026-11-23', DEFAULT_SETTINGS.frequencies, groups, [
      m('a', '2026-07-01', ['congress', 'theme_day']),
    ]);
    expect(rows.find((r) => r.kind === 'congress')?.periods[2]?.status).toBe('done');
    expect(rows.find((r) => r.kind === 'theme_day')?.periods[6]?.status).toBe('done');
    expect(rows.find((r) => r.kind === 'lecture')?.periods[2]?.status).toBe('overdue');
  });

  it('gives each 党小组 its own row; a group created mid-year owes only from its first month', () => {
    const withNew = [...groups, { id: 'g2', name: '第二党小组', establishedOn: '2026-05-15', dissolvedOn: null }];
    const rows = complianceRows(2026, '2026-11-23', DEFAULT_SETTINGS.frequencies, withNew, [
      m('x', '2026-05-20', ['group'], 'g2'),
      m('y', '2026-05-21', ['group'], 'g1'),
    ]);
    const g2 = rows.find((r) => r.groupId === 'g2');
    expect(g2?.periods.map((p) => p.label)).toEqual(['5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(g2?.periods[0]?.meetingIds).toEqual(['x']);
    expect(rows.find((r) => r.groupId === 'g1')?.periods[4]?.meetingIds).toEqual(['y']);
  });

  it('a group dissolved mid-year owes nothing after', () => {
    const group = { id: 'g', name: 'g', establishedOn: '2020-01-01', dissolvedOn: '2026-07-01' };
    expect(groupOwes(group, { label: '6月', start: '2026-06-01', end: '2026-06-30' })).toBe(true);
    expect(groupOwes(group, { label: '7月', start: '2026-07-01', end: '2026-07-31' })).toBe(false);
  });

  it('leaves out activities set to no requirement', () => {
    const rows = complianceRows(2026, '2026-11-23', { ...DEFAULT_SETTINGS.frequencies, lecture: 'none' }, groups, []);
    expect(rows.some((r) => r.kind === 'lecture')).toBe(false);
  });
});
