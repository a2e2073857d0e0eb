import type { Kysely } from 'kysely';
import { allBases, allPayments, type BasisRowDb, type PaymentRowDb } from '../../../db/queries/dues.js';
import { memberHistories, type MemberHistory } from '../../../db/queries/history.js';
import type { Database } from '../../../db/schema.js';
import { allocate, basisIn, dueOf, monthsBetween, obligedIn } from '../rules/duesMonths.js';
import { presenceIntervals, type Interval } from '../rules/membership.js';
import { readSettings } from '../settings/settings.js';

/** One member's dues position: what each month owed and what was paid towards it. */
export interface MemberStanding {
  history: MemberHistory;
  intervals: Interval[];
  bases: BasisRowDb[];
  due: Map<string, number>;
  paid: Map<string, number>;
  voluntary: PaymentRowDb[];
  payments: PaymentRowDb[];
}

/** What every member's standing is worked out from, read once (a status works it out for many months). */
export interface StandingInputs {
  histories: MemberHistory[];
  bases: BasisRowDb[];
  payments: PaymentRowDb[];
  duesStartMonth: string | null;
}

export async function standingInputs(db: Kysely<Database>): Promise<StandingInputs> {
  const [histories, bases, payments, settings] = await Promise.all([
    memberHistories(db),
    allBases(db),
    allPayments(db),
    readSettings(db),
  ]);
  return { histories, bases, payments, duesStartMonth: settings.duesStartMonth };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Works out every member's owed and paid months from the dated bases and all payments,
 * in payment order, so a quarter paid in December counts where it belongs.
 */
export function standingsOf(inputs: StandingInputs, throughMonth: string): MemberStanding[] {
  const { histories, bases, payments, duesStartMonth: start } = inputs;
  const byId = new Map(payments.map((p) => [p.id, p]));
  // Grouped once, in their order: a branch's status works this out for many days (issue #12).
  const basesOf = groupBy(bases, (b) => b.member_id);
  const paymentsOf = groupBy(payments, (p) => p.member_id);
  return histories.map((history) => {
    const own = basesOf.get(history.id) ?? [];
    const intervals = presenceIntervals(history.joinedOn, history.events);
    const due = new Map<string, number>();
    const first = own[0]?.effective_from;
    if (first)
      for (const m of monthsBetween(first, throughMonth)) {
        const b = basisIn(own, m);
        // Months before the branch began keeping 党费 here are not owed here.
        due.set(m, b && obligedIn(intervals, m) && (!start || m >= start) ? dueOf(b) : 0);
      }
    const mine = paymentsOf.get(history.id) ?? [];
    const paid = new Map<string, number>();
    for (const p of mine) {
      if (p.kind === 'voluntary') continue;
      // A correction applies to the months of the payment it corrects.
      const target = p.kind === 'correction' && p.corrects_id ? (byId.get(p.corrects_id) ?? p) : p;
      if (target.kind === 'voluntary') continue;
      allocate(p.amount_fen, monthsBetween(target.from_month, target.to_month), due, paid);
    }
    const voluntary = mine.filter((p) => p.kind === 'voluntary');
    return { history, intervals, bases: own, due, paid, voluntary, payments: mine };
  });
}

export async function standings(db: Kysely<Database>, throughMonth: string): Promise<MemberStanding[]> {
  return standingsOf(await standingInputs(db), throughMonth);
}
