import type { MonthCollection } from '../../api/dues.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { obligedIn } from '../rules/duesMonths.js';
import { inTransaction } from '../tx.js';
import { insertRecord } from '../../../db/records.js';
import { standings } from './standing.js';

/**
 * 本月按核定收齐: the usual village month, everyone paying the assessed amount to the 组织委员.
 * Each member still short for the month gets one ordinary payment of what is left, all in one
 * transaction; members already paid up are left alone, members without a basis are named.
 */
export async function collectMonth(ctx: ServiceContext, input: ParsedInput<'dues.payMonth'>): Promise<MonthCollection> {
  await requireOrganization(ctx);
  const today = ctx.clock.today();
  const issues = [];
  if (input.paidOn > today) issues.push({ field: 'paidOn', message: '交纳日期不能晚于今天' });
  if (input.month > today.slice(0, 7))
    issues.push({ field: 'month', message: '只能收齐本月及以前的月份，预交请逐人登记' });
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx, stamp) => {
    const all = await standings(tx, input.month);
    let payments = 0;
    let amount = 0;
    const unassessed: string[] = [];
    for (const s of all) {
      if (!obligedIn(s.intervals, input.month)) continue;
      if (s.bases.length === 0) {
        unassessed.push(s.history.name);
        continue;
      }
      const left = (s.due.get(input.month) ?? 0) - (s.paid.get(input.month) ?? 0);
      if (left <= 0) continue;
      await insertRecord(tx, stamp, 'dues_payment', {
        member_id: s.history.id,
        kind: 'regular',
        from_month: input.month,
        to_month: input.month,
        amount_fen: left,
        paid_on: input.paidOn,
        handler: input.handler,
        receipt_no: '',
        method: input.method,
        note: '本月按核定收齐',
        full_remit: 0,
      });
      payments += 1;
      amount += left;
    }
    return { month: input.month, payments, amount, unassessed };
  });
}
