import { allRemittances, type PaymentRowDb, type RemittanceRowDb } from '../../../db/queries/dues.js';
import type { ArrearsRow, DuesLedgerRow, DuesYear } from '../../api/dues.js';
import type { DuesCategory } from '../../api/duesOptions.js';
import type { ServiceContext } from '../context.js';
import { arrearsLevel, basisIn, dueOf, obligedIn, unpaidStreak, yearMonths } from '../rules/duesMonths.js';
import { addMonths } from '../rules/dates.js';
import { standingInputs, standingsOf, type MemberStanding, type StandingInputs } from './standing.js';

function lastEndedMonth(today: string): string {
  return addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The last month paid in full, counting on from the first owed month (党费交至). */
export function paidThrough(s: MemberStanding): string | null {
  let through: string | null = null;
  // standingsOf fills `due` month by month, so it is already in month order.
  for (const [m, due] of s.due) {
    if (due === 0) continue;
    if ((s.paid.get(m) ?? 0) >= due) through = m;
    else break;
  }
  return through;
}

function ledgerRow(s: MemberStanding, year: number, lastEnded: string): DuesLedgerRow {
  const months = yearMonths(year).map((m) => ({
    due: s.due.get(m) ?? 0,
    paid: s.paid.get(m) ?? 0,
    obliged: obligedIn(s.intervals, m),
  }));
  const b = basisIn(s.bases, `${year}-12`) ?? basisIn(s.bases, `${year}-01`);
  const owed = yearMonths(year)
    .filter((m) => m <= lastEnded)
    .reduce((sum, m) => sum + Math.max(0, (s.due.get(m) ?? 0) - (s.paid.get(m) ?? 0)), 0);
  return {
    memberId: s.history.id,
    name: s.history.name,
    category: b ? (b.category as DuesCategory) : null,
    base: b?.base_fen ?? null,
    rateBp: b?.rate_bp ?? null,
    monthly: b ? dueOf(b) : null,
    months,
    // 全年应交 counts the months that have ended; later months are not yet owed.
    dueTotal: months.reduce(
      (sum, c, i) => (`${year}-${String(i + 1).padStart(2, '0')}` <= lastEnded ? sum + c.due : sum),
      0,
    ),
    paidTotal: months.reduce((sum, c) => sum + c.paid, 0),
    owed,
    voluntary: s.voluntary.filter((p) => p.paid_on.startsWith(String(year))).reduce((sum, p) => sum + p.amount_fen, 0),
    paidThrough: paidThrough(s),
  };
}

export async function duesYear(ctx: ServiceContext, year: number): Promise<DuesYear> {
  const [inputs, remittances] = await Promise.all([standingInputs(ctx.db), allRemittances(ctx.db)]);
  return duesYearOf(inputs, remittances, year, ctx.clock.today());
}

/** Whether the member owes any month of the year: a row of the year's 党费 page. */
function owesIn(s: MemberStanding, months: readonly string[]): boolean {
  return months.some((m) => obligedIn(s.intervals, m));
}

/** 实收 of the year (`YYYY`): its payments but the voluntary ones. */
function collectedIn(payments: readonly PaymentRowDb[], year: string): number {
  let sum = 0;
  for (const p of payments) if (p.kind !== 'voluntary' && p.paid_on.startsWith(year)) sum += p.amount_fen;
  return sum;
}

/** 上缴 of the year (`YYYY`). */
function remittedIn(remittances: readonly RemittanceRowDb[], year: string): number {
  let sum = 0;
  for (const r of remittances) if (r.remitted_on.startsWith(year)) sum += r.amount_fen;
  return sum;
}

/** The year's 党费 page on `today`, from what was read (a status works it out for many days). */
export function duesYearOf(
  inputs: StandingInputs,
  remittances: readonly RemittanceRowDb[],
  year: number,
  today: string,
): DuesYear {
  const lastEnded = lastEndedMonth(today);
  const all = standingsOf(inputs, `${year}-12`);
  const rows = all.filter((s) => owesIn(s, yearMonths(year))).map((s) => ledgerRow(s, year, lastEnded));
  const monthTotals = yearMonths(year).map((_, i) => ({
    due: rows.reduce((sum, r) => sum + (r.months[i]?.due ?? 0), 0),
    paid: rows.reduce((sum, r) => sum + (r.months[i]?.paid ?? 0), 0),
  }));
  const voluntaryPayments = all.flatMap((s) => s.voluntary).filter((p) => p.paid_on.startsWith(String(year)));
  const remitted = remittedIn(remittances, String(year));
  const payments = all.flatMap((s) => s.payments);
  const collected = collectedIn(payments, String(year));
  const voluntary = voluntaryPayments.reduce((sum, p) => sum + p.amount_fen, 0);
  // Everything received before the year, less everything sent up before it: what the branch held.
  const before = `${year}-01-01`;
  const carriedIn =
    payments.filter((p) => p.paid_on < before).reduce((sum, p) => sum + p.amount_fen, 0) -
    remittances.filter((r) => r.remitted_on < before).reduce((sum, r) => sum + r.amount_fen, 0);
  return {
    year,
    rows,
    monthTotals,
    due: rows.reduce((sum, r) => sum + r.dueTotal, 0),
    collected,
    voluntary,
    fullRemitDue: voluntaryPayments.filter((p) => p.full_remit === 1).reduce((sum, p) => sum + p.amount_fen, 0),
    remitted,
    carriedIn,
    balance: carriedIn + collected + voluntary - remitted,
  };
}

/** Current members with months owed; a streak of 3 unpaid months warns, 6 is serious. */
export async function arrears(ctx: ServiceContext): Promise<ArrearsRow[]> {
  return arrearsOf(await standingInputs(ctx.db), ctx.clock.today());
}

/** The members behind on `today`, from what was read (a status works it out for many days). */
export function arrearsOf(inputs: StandingInputs, today: string): ArrearsRow[] {
  return arrearsFrom(standingsOf(inputs, lastEndedMonth(today)), today);
}

/** The members behind on `today`, from their standings through the month before it. */
function arrearsFrom(all: readonly MemberStanding[], today: string): ArrearsRow[] {
  const lastEnded = lastEndedMonth(today);
  return all
    .filter((s) => obligedIn(s.intervals, today.slice(0, 7)) || s.intervals.some((i) => i.to === null))
    .map((s) => {
      const unpaidMonths = [...s.due.entries()]
        .filter(([m, due]) => m <= lastEnded && due > (s.paid.get(m) ?? 0))
        .map(([m]) => m)
        .sort();
      const streak = unpaidStreak(lastEnded, s.due, s.paid, (m) => obligedIn(s.intervals, m));
      return {
        memberId: s.history.id,
        name: s.history.name,
        consecutiveUnpaid: streak,
        unpaidMonths,
        owed: unpaidMonths.reduce((sum, m) => sum + (s.due.get(m) ?? 0) - (s.paid.get(m) ?? 0), 0),
        level: arrearsLevel(streak),
      };
    })
    .filter((r) => r.unpaidMonths.length > 0)
    .sort((a, b) => b.consecutiveUnpaid - a.consecutiveUnpaid || b.owed - a.owed);
}

/** A status's 党费 figures on a day: who is behind, and the year's totals so far as its 党费 page shows them. */
export interface DuesFigures {
  arrears: ArrearsRow[];
  /** 全年应交 of the months ended by the day (duesYearOf's `due`). */
  due: number;
  collected: number;
  remitted: number;
}

/**
 * The figures of `on` as arrearsOf and duesYearOf (the year of `on`) give them, from one reckoning
 * through the month before `on` instead of two: a month's 应交 does not depend on how far the
 * reckoning runs, and only ended months are counted. An office works these out for every branch
 * on each past day asked about (issue #12), where the page's other columns were two thirds of it.
 */
export function duesFiguresOn(
  inputs: StandingInputs,
  remittances: readonly RemittanceRowDb[],
  on: string,
): DuesFigures {
  const year = on.slice(0, 4);
  const months = yearMonths(Number(year));
  const lastEnded = lastEndedMonth(on);
  const ended = months.filter((m) => m <= lastEnded);
  const all = standingsOf(inputs, lastEnded);
  let due = 0;
  let collected = 0;
  for (const s of all) {
    // The page's rows and their ended months' 应交.
    if (owesIn(s, months)) for (const m of ended) due += s.due.get(m) ?? 0;
    collected += collectedIn(s.payments, year);
  }
  const remitted = remittedIn(remittances, year);
  return { arrears: arrearsFrom(all, on), due, collected, remitted };
}
