import type {
  DuesBalance,
  DuesBasisLedgerData,
  DuesEntry,
  DuesLedgerData,
  DuesNoticeLedgerData,
  DuesRemitLedgerData,
  DuesTotals,
} from '../../../renderer/ledgers/dues/types.js';
import { allBases, allPayments, type BasisRowDb } from '../../../db/queries/dues.js';
import type { DuesLedgerRow, DuesYear } from '../../api/dues.js';
import type { ServiceContext } from '../context.js';
import { basisRows } from '../dues/bases.js';
import { toBasis } from '../dues/mapping.js';
import { remittances } from '../dues/remittance.js';
import { duesYear } from '../dues/year.js';
import { requireOrganization } from '../org/profile.js';
import { addMonths } from '../rules/dates.js';
import { basisIn } from '../rules/duesMonths.js';

const monthOf = (year: number, index: number) => `${year}-${String(index + 1).padStart(2, '0')}`;

/** The last month that has ended by `today`: months still running are not yet owed. */
function lastEndedMonth(today: string): string {
  return addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The year's last day, or today while the year runs: the day the branch's balance is taken. */
function balanceDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/**
 * The row's 月应交 comes from the basis in force in December (else January), as the collection
 * row takes it; its 减免 goes in the 备注.
 */
function entries(y: DuesYear, bases: readonly BasisRowDb[], today: string): DuesEntry[] {
  const lastEnded = lastEndedMonth(today);
  return y.rows.map((r: DuesLedgerRow) => {
    const own = bases.filter((b) => b.member_id === r.memberId);
    const b = basisIn(own, `${y.year}-12`) ?? basisIn(own, `${y.year}-01`);
    const owedMonths = r.months.filter((c, i) => monthOf(y.year, i) <= lastEnded && c.due > c.paid).length;
    return { ...r, reduction: b?.reduction ?? 'none', owedMonths };
  });
}

const totalsOf = (y: DuesYear): DuesTotals => ({
  collected: y.collected,
  voluntary: y.voluntary,
  fullRemitDue: y.fullRemitDue,
  remitted: y.remitted,
  carriedIn: y.carriedIn,
});

/**
 * What the branch held at the end of the year (or today): every payment received (regular,
 * voluntary, corrections) less every remittance, up to that day — the same reckoning as the
 * dues screen's 结存, which is taken today.
 */
async function balanceOf(ctx: ServiceContext, year: number): Promise<DuesBalance> {
  const asOf = balanceDay(year, ctx.clock.today());
  const [payments, summary] = await Promise.all([allPayments(ctx.db), remittances(ctx)]);
  const received = payments.filter((p) => p.paid_on <= asOf).reduce((sum, p) => sum + p.amount_fen, 0);
  const remitted = summary.remittances.filter((r) => r.remittedOn <= asOf).reduce((sum, r) => sum + r.amount, 0);
  return { fen: received - remitted, asOf };
}

async function collection(ctx: ServiceContext, year: number) {
  const [org, y, bases] = await Promise.all([requireOrganization(ctx), duesYear(ctx, year), allBases(ctx.db)]);
  return { org, y, entries: entries(y, bases, ctx.clock.today()) };
}

export async function duesLedgerData(ctx: ServiceContext, year: number): Promise<DuesLedgerData> {
  const { org, y, entries: rows } = await collection(ctx, year);
  return {
    ledger: 'dues',
    year,
    printedOn: ctx.clock.today(),
    orgName: org.name,
    entries: rows,
    monthTotals: y.monthTotals,
  };
}

/**
 * The 核定 list of the year. A member who joined during the year has a basis from the month
 * they joined, which the review list does not count as this year's (it looks for January):
 * the latest basis starting within the year is this year's, so it is not printed as 沿用上年.
 */
export async function duesBasisLedgerData(ctx: ServiceContext, year: number): Promise<DuesBasisLedgerData> {
  const [org, rows, bases] = await Promise.all([requireOrganization(ctx), basisRows(ctx, year), allBases(ctx.db)]);
  const withinYear = (memberId: string) =>
    basisIn(
      bases.filter((b) => b.member_id === memberId && b.effective_from >= `${year}-01`),
      `${year}-12`,
    );
  return {
    ledger: 'dues-basis',
    year,
    printedOn: ctx.clock.today(),
    orgName: org.name,
    rows: rows.map((r) => {
      if (r.current) return r;
      const found = withinYear(r.memberId);
      return found ? { ...r, current: toBasis(found) } : r;
    }),
  };
}

export async function duesNoticeLedgerData(ctx: ServiceContext, year: number): Promise<DuesNoticeLedgerData> {
  const [{ org, y, entries: rows }, balance] = await Promise.all([collection(ctx, year), balanceOf(ctx, year)]);
  return {
    ledger: 'dues-notice',
    year,
    printedOn: ctx.clock.today(),
    orgName: org.name,
    entries: rows,
    totals: totalsOf(y),
    balance,
    phone: org.contact_phone,
  };
}

export async function duesRemitLedgerData(ctx: ServiceContext, year: number): Promise<DuesRemitLedgerData> {
  const [org, y, summary, balance] = await Promise.all([
    requireOrganization(ctx),
    duesYear(ctx, year),
    remittances(ctx),
    balanceOf(ctx, year),
  ]);
  // By the day of remitting, as the year's 已上缴 counts them (a December quarter paid up in
  // January belongs to January's year).
  const inYear = summary.remittances
    .filter((r) => r.remittedOn.startsWith(`${year}-`))
    .sort((a, b) => a.remittedOn.localeCompare(b.remittedOn));
  return {
    ledger: 'dues-remit',
    year,
    printedOn: ctx.clock.today(),
    orgName: org.name,
    remittances: inYear,
    totals: totalsOf(y),
    balance,
  };
}
