import { allPayments, allRemittances, findRemittance, type RemittanceRowDb } from '../../../db/queries/dues.js';
import { insertRecord } from '../../../db/records.js';
import type { DuesRemittance, RemittanceSummary } from '../../api/dues.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { inTransaction } from '../tx.js';
import { toRemittance } from './mapping.js';

export async function recordRemittance(ctx: ServiceContext, r: ParsedInput<'dues.remit'>): Promise<DuesRemittance> {
  const issues = [];
  if (r.remittedOn > ctx.clock.today()) issues.push({ field: 'remittedOn', message: '上缴日期不能晚于今天' });
  if (r.toMonth < r.fromMonth) issues.push({ field: 'toMonth', message: '截止月份不能早于起始月份' });
  if (r.amount <= 0) issues.push({ field: 'amount', message: '上缴金额应大于 0' });
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx, stamp) => {
    const id = await insertRecord(tx, stamp, 'dues_remittance', {
      period_label: r.periodLabel,
      from_month: r.fromMonth,
      to_month: r.toMonth,
      members_count: r.membersCount,
      amount_fen: r.amount,
      remitted_on: r.remittedOn,
      method: r.method,
      receipt_no: r.receiptNo,
      handler: r.handler,
      receiver: r.receiver,
      note: r.note,
    });
    return toRemittance((await findRemittance(tx, id)) as RemittanceRowDb);
  });
}

/** Every remittance, and what the branch still holds: all collected less all remitted. */
export async function remittances(ctx: ServiceContext): Promise<RemittanceSummary> {
  const [list, payments] = await Promise.all([allRemittances(ctx.db), allPayments(ctx.db)]);
  const collected = payments.reduce((sum, p) => sum + p.amount_fen, 0);
  const remitted = list.reduce((sum, r) => sum + r.amount_fen, 0);
  return { remittances: list.map(toRemittance), balance: collected - remitted };
}
