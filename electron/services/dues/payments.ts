import { allBases, allPayments, findPayment, type PaymentRowDb } from '../../../db/queries/dues.js';
import { farmerRangeMessage } from '../../api/duesOptions.js';
import { FARMER_RANGE } from '../rules/dues.js';
import { findMember } from '../../../db/queries/members.js';
import { insertRecord } from '../../../db/records.js';
import type { DuesPayment } from '../../api/dues.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { basisIn, MAX_MONTHS_PER_PAYMENT, monthsBetween } from '../rules/duesMonths.js';
import { inTransaction } from '../tx.js';
import { toPayment } from './mapping.js';

/** A single voluntary payment of 1000 元 or more is remitted upward in full. */
export const FULL_REMIT_FEN = 100_000;

export async function recordPayment(ctx: ServiceContext, p: ParsedInput<'dues.pay'>): Promise<DuesPayment> {
  const today = ctx.clock.today();
  const issues = [];
  if (p.paidOn > today) issues.push({ field: 'paidOn', message: '交纳日期不能晚于今天' });
  if (p.toMonth < p.fromMonth) issues.push({ field: 'toMonth', message: '截止月份不能早于起始月份' });
  else if (monthsBetween(p.fromMonth, p.toMonth).length > MAX_MONTHS_PER_PAYMENT)
    issues.push({ field: 'toMonth', message: `预交或补交一次最多 ${MAX_MONTHS_PER_PAYMENT} 个月` });
  if (p.amount <= 0) issues.push({ field: 'amount', message: '金额应大于 0' });
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx, stamp) => {
    const member = await findMember(tx, p.memberId);
    if (!member) throw new ServiceError('NOT_FOUND', '找不到该党员');
    if (member.status !== 'active' && p.kind === 'voluntary')
      throw invalid([{ field: 'memberId', message: `${member.name}已不在册，不能登记自愿多交` }]);
    // A 农民's regular month is 0.20–1.00 元: more is a voluntary payment, said as everywhere else.
    if (p.kind === 'regular') {
      const basis = basisIn(
        (await allBases(tx)).filter((b) => b.member_id === p.memberId),
        p.fromMonth,
      );
      const perMonth = Math.round(p.amount / monthsBetween(p.fromMonth, p.toMonth).length);
      if (basis?.category === 'farmer' && perMonth > FARMER_RANGE[1])
        throw invalid([{ field: 'amount', message: `${farmerRangeMessage(perMonth)}；多交的部分请登记为自愿多交` }]);
    }
    const id = await insertRecord(tx, stamp, 'dues_payment', {
      member_id: p.memberId,
      kind: p.kind,
      from_month: p.fromMonth,
      to_month: p.toMonth,
      amount_fen: p.amount,
      paid_on: p.paidOn,
      handler: p.handler,
      receipt_no: p.receiptNo,
      method: p.method,
      note: p.note,
      full_remit: p.kind === 'voluntary' && p.amount >= FULL_REMIT_FEN ? 1 : 0,
    });
    return toPayment((await findPayment(tx, id)) as PaymentRowDb);
  });
}

/** A correction is a new entry against the original, which stays as it was. */
export async function correctPayment(ctx: ServiceContext, c: ParsedInput<'dues.correct'>): Promise<DuesPayment> {
  if (c.amount === 0) throw invalid([{ field: 'amount', message: '更正金额不能为 0' }]);
  if (c.paidOn > ctx.clock.today()) throw invalid([{ field: 'paidOn', message: '更正日期不能晚于今天' }]);
  return inTransaction(ctx, async (tx, stamp) => {
    const original = await findPayment(tx, c.paymentId);
    if (!original) throw new ServiceError('NOT_FOUND', '找不到该交纳记录');
    if (original.kind === 'correction')
      throw invalid([{ field: 'paymentId', message: '请更正原始交纳记录，而不是更正记录' }]);
    const corrections = (await allPayments(tx)).filter((p) => p.corrects_id === original.id);
    const net = original.amount_fen + corrections.reduce((s, p) => s + p.amount_fen, 0) + c.amount;
    if (net < 0) throw invalid([{ field: 'amount', message: '更正后金额不能小于 0' }]);
    const id = await insertRecord(tx, stamp, 'dues_payment', {
      member_id: original.member_id,
      kind: 'correction',
      from_month: original.from_month,
      to_month: original.to_month,
      amount_fen: c.amount,
      paid_on: c.paidOn,
      handler: c.handler,
      receipt_no: '',
      method: original.method,
      note: c.note,
      corrects_id: original.id,
      full_remit: 0,
    });
    return toPayment((await findPayment(tx, id)) as PaymentRowDb);
  });
}

export async function listPayments(ctx: ServiceContext, year: number, memberId?: string): Promise<DuesPayment[]> {
  return (await allPayments(ctx.db))
    .filter(
      (p) =>
        (!memberId || p.member_id === memberId) &&
        (p.paid_on.startsWith(String(year)) || p.from_month.startsWith(String(year))),
    )
    .map(toPayment);
}
