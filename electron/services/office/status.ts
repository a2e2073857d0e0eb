import type { ActivityCompletion, BranchStatus } from '../../api/office.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import type { ServiceContext } from '../context.js';
import { devDashboardOf, listDevOf } from '../development/people.js';
import { periodStatus } from '../rules/calendar.js';
import { termInfo } from '../rules/term.js';
import { complianceOf, type ComplianceInputs } from '../compliance/calendar.js';
import type { StandingInputs } from '../dues/standing.js';
import { calendarFactsOf, duesMonthOf, statusBasis, type CalendarFacts, type StatusBasis } from './statusBasis.js';
import type { StatusHistory } from './statusHistory.js';

function quarterStart(day: string): string {
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return `${day.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/** The year's 组织生活 counts on `today`: each period judged as the branch's calendar judges it. */
function orgLifeOn(calendar: CalendarFacts, today: string): BranchStatus['orgLife'] {
  const byKind = new Map<ActivityKind, ActivityCompletion>();
  let overdueQuarter = 0;
  let overdueYear = 0;
  const qStart = quarterStart(today);
  const quarters = [0, 1, 2, 3].map(() => ({ required: 0, done: 0, overdue: 0 }));
  for (const row of calendar.rows) {
    const c = byKind.get(row.kind) ?? { kind: row.kind, required: 0, done: 0, overdue: 0 };
    for (const p of row.periods) {
      if (p.start > today) continue;
      const q = quarters[Math.floor((Number(p.end.slice(5, 7)) - 1) / 3)] as {
        required: number;
        done: number;
        overdue: number;
      };
      const status = periodStatus({ label: '', ...p }, p.held, today);
      c.required += 1;
      q.required += 1;
      if (status === 'done') {
        c.done += 1;
        q.done += 1;
      }
      if (status === 'overdue') {
        q.overdue += 1;
        c.overdue += 1;
        overdueYear += 1;
        if (p.end >= qStart) overdueQuarter += 1;
      }
    }
    byKind.set(row.kind, c);
  }
  return {
    overdueQuarter,
    overdueYear,
    activities: [...byKind.values()],
    quarters,
    talksRequired: calendar.talksRequired,
    talksDone: calendar.talksDone,
    lateRecords: calendar.lateRecords,
  };
}

/**
 * A branch's lights on `day`, worked out from its basis without reading its records; null when
 * the basis cannot tell (a day before it was computed, or beyond the months it looks ahead).
 */
export function statusOn(basis: StatusBasis, day: string): BranchStatus | null {
  if (day < basis.day) return null;
  const year = Number(day.slice(0, 4));
  const calendar = basis.calendars.find((c) => c.year === year);
  const dues = basis.dues.find((d) => d.month === day.slice(0, 7));
  if (!calendar || !dues) return null;
  const dev = devDashboardOf(listDevOf(basis.devPeople, basis.devSteps, day));
  return {
    asOf: day,
    year,
    orgLife: orgLifeOn(calendar, day),
    dues: {
      warning: dues.warning,
      serious: dues.serious,
      due: dues.due,
      collected: dues.collected,
      remitted: dues.remitted,
      unremitted: basis.unremitted,
    },
    development: {
      applicants: dev.counts.applicant,
      activists: dev.counts.activist,
      candidates: dev.counts.candidate,
      probationary: dev.counts.probationary,
      breaches: dev.flags.length,
      upcoming: dev.upcoming.length,
    },
    term: termInfo(basis.orgType, basis.termStartedOn, day),
  };
}

/**
 * The branch's lights on `day` (on or before its last bundle), from its history less the
 * records dated after the day; only that day's month and year are worked out.
 */
export function statusAsOf(h: StatusHistory, day: string): BranchStatus {
  const year = Number(day.slice(0, 4));
  const compliance: ComplianceInputs = {
    ...h.compliance,
    meetings: h.compliance.meetings.filter((m) => m.heldOn <= day),
    talks: h.compliance.talks.filter((t) => t.heldOn <= day),
  };
  const dues: StandingInputs = { ...h.dues, payments: h.dues.payments.filter((p) => p.paid_on <= day) };
  const remittances = h.remittances.filter((r) => r.remitted_on <= day);
  const collected = dues.payments.reduce((sum, p) => sum + p.amount_fen, 0);
  const remitted = remittances.reduce((sum, r) => sum + r.amount_fen, 0);
  return statusOn(
    {
      day,
      orgType: h.orgType,
      termStartedOn: h.termStartedOn,
      calendars: [calendarFactsOf(complianceOf(compliance, year, day))],
      dues: [duesMonthOf(dues, remittances, day)],
      unremitted: collected - remitted,
      devPeople: h.devPeople,
      devSteps: h.devSteps,
    },
    day,
  ) as BranchStatus;
}

/**
 * One branch's lights as its own screens would show them today: `ctx` is the branch's own
 * database or a lens on it (office/lens.ts), so each figure comes from the very services the
 * branch runs.
 */
export async function branchStatus(ctx: ServiceContext): Promise<BranchStatus> {
  const basis = await statusBasis(ctx);
  return statusOn(basis, basis.day) as BranchStatus;
}
