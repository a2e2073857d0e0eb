import type { BasisRowDb, PaymentRowDb, RemittanceRowDb } from '../../../db/queries/dues.js';
import type { DuesBasis, DuesPayment, DuesRemittance } from '../../api/dues.js';
import { DUES_CATEGORY_LABELS, REDUCTION_LABELS, type DuesCategory } from '../../api/duesOptions.js';
import { formatYuan } from '../../api/money.js';
import { dueOf } from '../rules/duesMonths.js';

export function toBasis(r: BasisRowDb): DuesBasis {
  const category = r.category as DuesCategory;
  const monthly = dueOf(r);
  const rule =
    r.rate_bp !== null && r.base_fen !== null
      ? `${formatYuan(r.base_fen)} × ${r.rate_bp / 100}% = ${formatYuan(r.computed_fen)}`
      : `${DUES_CATEGORY_LABELS[category]}：每月 ${formatYuan(r.computed_fen)} 元`;
  const explanation =
    r.reduction === 'none' ? rule : `${rule}；经批准${REDUCTION_LABELS[r.reduction]}，每月 ${formatYuan(monthly)} 元`;
  return {
    id: r.id,
    memberId: r.member_id,
    effectiveFrom: r.effective_from,
    category,
    base: r.base_fen,
    fixed: r.fixed_fen,
    rateBp: r.rate_bp,
    computed: r.computed_fen,
    reduction: r.reduction,
    reducedAmount: r.reduced_fen,
    monthly,
    explanation,
    decisionOn: r.decision_on,
    approvalRef: r.approval_ref,
    note: r.note,
  };
}

export function toPayment(r: PaymentRowDb): DuesPayment {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    kind: r.kind,
    fromMonth: r.from_month,
    toMonth: r.to_month,
    amount: r.amount_fen,
    paidOn: r.paid_on,
    handler: r.handler,
    receiptNo: r.receipt_no,
    method: r.method,
    note: r.note,
    correctsId: r.corrects_id,
    fullRemit: r.full_remit === 1,
  };
}

export function toRemittance(r: RemittanceRowDb): DuesRemittance {
  return {
    id: r.id,
    periodLabel: r.period_label,
    fromMonth: r.from_month,
    toMonth: r.to_month,
    membersCount: r.members_count,
    amount: r.amount_fen,
    remittedOn: r.remitted_on,
    method: r.method,
    receiptNo: r.receipt_no,
    handler: r.handler,
    receiver: r.receiver,
    note: r.note,
  };
}
