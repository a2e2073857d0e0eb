import { fixedClock } from '../../../db/clock.js';
import { allRemittances } from '../../../db/queries/dues.js';
import { devSteps, listDevPeople, type DevPersonRow, type DevStepRow } from '../../../db/queries/development.js';
import type { OrgType } from '../../api/org.js';
import type { ActivityKind } from '../../api/meetingOptions.js';
import { complianceYear } from '../compliance/calendar.js';
import type { ServiceContext } from '../context.js';
import { remittances } from '../dues/remittance.js';
import { standingInputs } from '../dues/standing.js';
import { arrearsOf, duesYearOf } from '../dues/year.js';
import { requireOrganization } from '../org/profile.js';
import { addMonths } from '../rules/dates.js';

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

async function calendarFacts(ctx: ServiceContext, year: number): Promise<CalendarFacts> {
  const c = await complianceYear(ctx, year);
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

/** The development rows without what the checks never read (the office keeps them in its file already). */
function devFacts(people: readonly DevPersonRow[]): DevPersonRow[] {
  return people.map((p) => ({ ...p, id_number: '', phone: '', address: '', note: '', work_unit: '' }));
}

/** The step details development/mapping.ts judges (公示 days, votes, 培训 length), when given; the rest is left out. */
const JUDGED_DETAILS = ['publicityFrom', 'publicityTo', 'yes', 'entitled', 'endDate', 'hours'];

function stepFacts(steps: readonly DevStepRow[]): DevStepRow[] {
  return steps.map((s) => {
    const details = JSON.parse(s.details) as Record<string, unknown>;
    const kept = Object.fromEntries(
      Object.entries(details).filter(([k, v]) => v !== null && JUDGED_DETAILS.includes(k)),
    );
    return { ...s, created_at: '', updated_at: '', details: JSON.stringify(kept) };
  });
}

export async function statusBasis(ctx: ServiceContext): Promise<StatusBasis> {
  const org = await requireOrganization(ctx);
  const day = ctx.clock.today();
  const year = Number(day.slice(0, 4));
  // The next year's calendar as it will stand on 1 January (its periods, none held yet).
  const nextYear = { ...ctx, clock: fixedClock(`${year + 1}-01-01`) };
  const [thisCalendar, nextCalendar, inputs, remits, remit, people, steps] = await Promise.all([
    calendarFacts(ctx, year),
    calendarFacts(nextYear, year + 1),
    standingInputs(ctx.db),
    allRemittances(ctx.db),
    remittances(ctx),
    listDevPeople(ctx.db),
    devSteps(ctx.db),
  ]);
  const years = new Map<number, ReturnType<typeof duesYearOf>>();
  const dues: DuesMonth[] = [];
  for (let i = 0; i <= HORIZON_MONTHS; i += 1) {
    const month = addMonths(`${day.slice(0, 7)}-01`, i).slice(0, 7);
    const on = i === 0 ? day : `${month}-01`;
    const y = Number(month.slice(0, 4));
    const page = years.get(y) ?? duesYearOf(inputs, remits, y, on);
    years.set(y, page);
    const owing = arrearsOf(inputs, on);
    dues.push({
      month,
      warning: owing.filter((a) => a.level === 'warning').length,
      serious: owing.filter((a) => a.level === 'serious').length,
      // 应交 counts the months of the year that have ended by `on` (as the 党费 page's 全年应交).
      due: page.rows.reduce(
        (sum, r) => sum + r.months.reduce((s, c, m) => (m < monthIndexEnded(y, on) ? s + c.due : s), 0),
        0,
      ),
      collected: page.collected,
      remitted: page.remitted,
    });
  }
  return {
    day,
    orgType: org.org_type as OrgType,
    termStartedOn: org.term_started_on,
    calendars: [thisCalendar, nextCalendar],
    dues,
    unremitted: remit.balance,
    devPeople: devFacts(people),
    devSteps: stepFacts(steps),
  };
}

/** How many months of `year` have ended by `on` (0 before February of it, 12 after it). */
function monthIndexEnded(year: number, on: string): number {
  const y = Number(on.slice(0, 4));
  if (y > year) return 12;
  if (y < year) return 0;
  return Number(on.slice(5, 7)) - 1;
}
