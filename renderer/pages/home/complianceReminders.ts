import {
  ACTIVITY_SHORT,
  type ComplianceRow,
  type ComplianceYear,
  type Frequency,
} from '../../../electron/api/index.js';
import type { Reminder } from './reminders.js';

const CURRENT: Record<Frequency, string> = { month: '本月', quarter: '本季度', half: '本半年', year: '今年', none: '' };
/** A long list of overdue activities is cut here; the calendar shows them all. */
const MAX_LISTED = 5;

const name = (r: ComplianceRow) =>
  r.groupName ? `${ACTIVITY_SHORT[r.kind]}（${r.groupName}）` : ACTIVITY_SHORT[r.kind];

function listed(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join('；');
  return items.length > MAX_LISTED ? `${shown}等 ${items.length} 项` : shown;
}

/** 待开展 this period and 未开展 in past periods of the running year, from the calendar. */
export function complianceReminders(c: ComplianceYear): Reminder[] {
  const due = c.rows.flatMap((r) =>
    r.periods.filter((p) => p.status === 'due').map(() => `${name(r)}（${CURRENT[r.frequency]}）`),
  );
  const overdue = c.rows.flatMap((r) => {
    const missed = r.periods.filter((p) => p.status === 'overdue').map((p) => p.label);
    return missed.length ? [`${name(r)} ${missed.join('、')}`] : [];
  });
  const reminders: Reminder[] = [];
  if (due.length)
    reminders.push({
      key: 'org-life-due',
      tone: 'warning',
      text: `本月/本季度待开展的组织生活：${listed(due)}`,
      action: { label: '去登记', to: '/org-life' },
    });
  if (overdue.length)
    reminders.push({
      key: 'org-life-overdue',
      tone: 'error',
      text: `${c.year} 年未按期开展的组织生活（已开展的请补录）：${listed(overdue)}`,
      action: { label: '查看日历', to: '/org-life' },
    });
  return reminders;
}
