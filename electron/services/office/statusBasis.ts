import type { DevPersonRow, DevStepRow } from '../../../db/queries/development.js';
import type { OrgType } from '../../api/org.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import type { ComplianceYear } from '../../api/compliance.js';
import type { RemittanceRowDb } from '../../../db/queries/dues.js';
import { complianceOf } from '../compliance/calendar.js';
import type { ServiceContext } from '../context.js';
import type { StandingInputs } from '../dues/standing.js';
import { duesFiguresOn } from '../dues/year.js';
import { addMonths } from '../rules/dates.js';
import { statusHistory, type StatusHistory } from './statusHistory.js';

/** A year's 组织生活 calendar reduced to what the lights count: each period and how often it was held. */
export interface CalendarFacts {
  year: number;
  rows: { kind: ActivityKind; periods: { start: string; end: string; held: number }[] }[];
  talksRequired: number;
  talksDone: number;
  lateRecords: number;
}

/** The 党费 lights of one month: they change only when a month ends. */
export interface DuesMonth {
  month: string;
  warning: number;
  serious: number;
  due: number;
  collected: number;
  remitted: number;
}

/**
 * What a branch's lights on any day from `day` on are worked out from, without reading its
 * records again: computed once through a lens when its bundle arrives (or on `day`), by the
 * branch's own services. Until the next bundle nothing dated after `day` exists at the office
 * (a branch cannot record a later day), so only the day moves: a period not held becomes
 * overdue once it ends, a month ending changes the months behind, a time limit or the 换届
 * date comes nearer. The first two are judged here for each month ahead; the development
 * checks and the term are judged on the day itself from the rows kept.
 */
export interface StatusBasis {
  day: string;
  orgType: OrgType;
  termStartedOn: string | null;
  /** The calendars of `day`'s year and the next. */
  calendars: CalendarFacts[];
  /** The months from `day`'s on, HORIZON_MONTHS of them after it. */
  dues: DuesMonth[];
  unremitted: number;
  devPeople: DevPersonRow[];
  devSteps: DevStepRow[];
}

/** How far ahead the month lights are worked out: a branch silent longer is computed again. */
export const HORIZON_MONTHS = 12;

/** The calendar reduced to what the lights count. */
export function calendarFactsOf(c: ComplianceYear): CalendarFacts {
  const { year } = c;
  return {
    year,
    rows: c.rows.map((r) => ({
      kind: r.kind,
      periods: r.periods.map((p) => ({ start: p.start, end: p.end, held: p.meetingIds.length })),
    })),
    talksRequired: c.talks.required,
    talksDone: c.talks.talked,
    lateRecords: c.lateRecords,
  };
}

/** The basis on today, read through `ctx` (a lens on the branch, or its own database). */
export async function statusBasis(ctx: ServiceContext): Promise<StatusBasis> {
  return basisOf(await statusHistory(ctx), ctx.clock.today());
}

/** The basis on `day` from the branch's history (statusHistory.ts), every record of it counted. */
export function basisOf(h: StatusHistory, day: string): StatusBasis {
  const year = Number(day.slice(0, 4));
  const dues: DuesMonth[] = [];
  for (let i = 0; i <= HORIZON_MONTHS; i += 1) {
    const month = addMonths(`${day.slice(0, 7)}-01`, i).slice(0, 7);
    dues.push(duesMonthOf(h.dues, h.remittances, i === 0 ? day : `${month}-01`));
  }
  const collected = h.dues.payments.reduce((sum, p) => sum + p.amount_fen, 0);
  const remitted = h.remittances.reduce((sum, r) => sum + r.amount_fen, 0);
  return {
    day,
    orgType: h.orgType,
    termStartedOn: h.termStartedOn,
    // The next year's calendar as it will stand on 1 January (its periods, none held yet).
    calendars: [
      calendarFactsOf(complianceOf(h.compliance, year, day)),
      calendarFactsOf(complianceOf(h.compliance, year + 1, `${year + 1}-01-01`)),
    ],
    dues,
    unremitted: collected - remitted,
    devPeople: h.devPeople,
    devSteps: h.devSteps,
  };
}

/** The 党费 lights of the month of `on`, on that day (the 党费 page's figures and arrears, dues/year.ts). */
export function duesMonthOf(inputs: StandingInputs, remittances: readonly RemittanceRowDb[], on: string): DuesMonth {
  const f = duesFiguresOn(inputs, remittances, on);
  return {
    month: on.slice(0, 7),
    warning: f.arrears.filter((a) => a.level === 'warning').length,
    serious: f.arrears.filter((a) => a.level === 'serious').length,
    due: f.due,
    collected: f.collected,
    remitted: f.remitted,
  };
}
